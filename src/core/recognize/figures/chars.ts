// Figures: the character codes the grammar compares with charCodeAt, by name, and the one idea of a
// space between tokens. The grammar reads codes rather than one-character strings because it runs on
// every anchor of every page, and charCodeAt allocates nothing.

const TAB = 0x09;
export const LINE_FEED = 0x0a;
export const CARRIAGE_RETURN = 0x0d;
export const SPACE = 0x20;
export const DOUBLE_QUOTE = 0x22;
export const HASH = 0x23;
export const PERCENT_SIGN = 0x25;
export const PLUS_SIGN = 0x2b;
export const APOSTROPHE = 0x27;
export const COMMA = 0x2c;
export const HYPHEN = 0x2d;
export const DOT = 0x2e;
export const SLASH = 0x2f;
const DIGIT_ZERO = 0x30;
const DIGIT_NINE = 0x39;
export const COLON = 0x3a;
const CAPITAL_A = 0x41;
const CAPITAL_Z = 0x5a;
export const OPEN_BRACKET = 0x5b;
export const CLOSE_BRACKET = 0x5d;
export const CARET = 0x5e;
export const UNDERSCORE = 0x5f;
const SMALL_A = 0x61;
const SMALL_Z = 0x7a;
const NO_BREAK_SPACE = 0xa0;
/** ±, a tolerance ("±3%"). */
export const PLUS_MINUS_SIGN = 0xb1;
/** À, the first letter of Latin-1; with Latin Extended-A and -B (up to ɏ) it covers the accented names of European news. */
const LATIN_LETTERS_FROM = 0xc0;
const LATIN_LETTERS_TO = 0x24f;
/** × and ÷ sit among the Latin-1 letters but are signs. */
const MULTIPLICATION_SIGN = 0xd7;
const DIVISION_SIGN = 0xf7;
const THIN_SPACE = 0x2009;
/** ’, the apostrophe of typeset text ("in ’91"). */
export const RIGHT_SINGLE_QUOTE = 0x2019;
const NARROW_NO_BREAK_SPACE = 0x202f;
/** ″, the inch mark proper. */
export const DOUBLE_PRIME = 0x2033;
/** −, the typeset minus ("−5"). */
export const MINUS_SIGN = 0x2212;

export const isDigit = (c: number): boolean => c >= DIGIT_ZERO && c <= DIGIT_NINE;

export const isUpper = (c: number): boolean => c >= CAPITAL_A && c <= CAPITAL_Z;

export const isLetter = (c: number): boolean =>
  isUpper(c) ||
  (c >= SMALL_A && c <= SMALL_Z) ||
  (c >= LATIN_LETTERS_FROM && c <= LATIN_LETTERS_TO && c !== MULTIPLICATION_SIGN && c !== DIVISION_SIGN);

/**
 * A space between two tokens: spaces, tabs and the no-break and thin spaces typesetting puts inside
 * figures ("1 234", "5 km"). Never a line break: figures never run across one.
 */
const isSpace = (c: number): boolean => c === SPACE || c === TAB || c === NO_BREAK_SPACE || c === THIN_SPACE || c === NARROW_NO_BREAK_SPACE;

/** isSpace as a regular-expression class, for the sticky expressions that read past spaces. */
export const HS = '[ \\t\\u00a0\\u2009\\u202f]';

/** A run of such spaces, to write a multi-word unit name ("square  feet") with single spaces. */
export const SPACE_RUN_RE = new RegExp(`${HS}+`, 'g');

// The looks backward and the line checks below use narrower ideas of a space. Each is kept as it was:
// widening it to isSpace changes figures (measured by re-spacing the corpus pages with tabs or thin spaces),
// which would be a change in recognition for a later issue to make with its snapshot diff, not a refactor.

/** Between a number and the word before it ("in 1788", "more than half"): not the thin spaces, which sit inside figures. */
export const isWordGap = (c: number): boolean => c === SPACE || c === TAB || c === NO_BREAK_SPACE;

/** Between a name and its number ("Windows 11"): not a tab either, which separates table cells, not a name from its number. */
export const isNameGap = (c: number): boolean => c === SPACE || c === NO_BREAK_SPACE;

/** Indentation, for "at the start of its line" (a list item, a lone signed number in a table cell). */
export const isIndent = (c: number): boolean => c === SPACE || c === TAB;

/** Indentation or the "\r" of a "\r\n", for "nothing but the line's end follows". */
export const isLineEndSpace = (c: number): boolean => isIndent(c) || c === CARRIAGE_RETURN;

/** The first index at or after i where `space` does not hold (text.length at the end). */
export function skipSpaces(text: string, i: number, space: (c: number) => boolean = isSpace): number {
  let j = i;
  while (space(text.charCodeAt(j))) j++;
  return j;
}

/** The last index at or before i where `space` does not hold; -1 when only spaces come before. */
export function skipSpacesBack(text: string, i: number, space: (c: number) => boolean): number {
  let j = i;
  while (j >= 0 && space(text.charCodeAt(j))) j--;
  return j;
}
