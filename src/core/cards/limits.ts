// What a card lists and how much of the article it quotes. Apart from the cards because the analysis
// keeps to the same numbers (an entity's first FIGURES_MAX figures, its RELATED_MAX names, no pairs in a
// sentence of more than TOGETHER_MAX names): one place to read what keeps every card small.

export const CONTEXT_WORDS = 4;
/** What a card lists; the rest it counts (the card shows as many). */
export const MENTIONS_MAX = 12;
export const FIGURES_MAX = 8;
/** A card compares with a few figures only: the nearest in the article, of one measure. */
export const COMPARISONS_MAX = 3;
export const RELATED_MAX = 5;
/**
 * A sentence naming more names than this is a list, or a page without punctuation: it says nothing
 * of any two of them together (and pairing them all would be quadratic).
 */
export const TOGETHER_MAX = 24;
/** Longest article text a card quotes: a name, a figure, the words around a mention, a sentence. */
export const NAME_CHARS = 200;
export const CONTEXT_CHARS = 120;
export const SENTENCE_CHARS = 1000;

/** At most `max` characters of `s`, cut with an ellipsis. */
export const clip = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}\u2026`);
