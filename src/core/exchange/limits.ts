// Sizes an import file may have. Apart from the rest (no imports) because the message protocol
// bounds 'notes.import' with them and the importers import the protocol's checkers.

/**
 * Files above this are refused before they are parsed. Gloss's JSON-LD takes about 1.5 KB a note
 * (10,000 notes: 14.6 MB, read and checked in 1.5 s on a slow machine), so this holds some 30,000
 * notes; the file crosses extension messaging whole, which Chromium caps at 64 MB.
 */
export const MAX_IMPORT_CHARS = 50_000_000;
/** Notes in one file at most: the import is one database transaction, kept to a size that commits in seconds. */
export const MAX_IMPORT_NOTES = 50_000;
