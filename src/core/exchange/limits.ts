// Sizes an import file may have. Apart from the rest (no imports) because the message protocol
// bounds 'notes.import' with them and the importers import the protocol's checkers.

/**
 * Files above this are refused before they are parsed: a lifetime of notes is a few megabytes
 * (10,000 notes of Gloss JSON-LD take about 9 MB), and the file crosses extension messaging whole.
 */
export const MAX_IMPORT_CHARS = 30_000_000;
/** Notes in one file at most: the import is one database transaction, kept to a size that commits in seconds. */
export const MAX_IMPORT_NOTES = 50_000;
