// Figures: the tokens the grammar reads (digits with separators, words, single characters), the
// shapes it builds (Token, Num, Fig) and the Scan every reader takes first: plain functions over one
// state per text. Who reads what: scanner (anchors, dispatch) -> quantities (ranges, one figure) ->
// money, dates, numbers (numbers <-> fractions, each reading the other: "two and a half", "half a
// million") -> classify (what the number counts) -> tokens and chars.
import type { FigureKind } from '../../types';
import { CURRENCY_WORDS, MONTHS, NOT_NAME_WORDS } from '../figures-lexicon';
import { COMMA, DOT, HYPHEN, isDigit, isLetter, isNameGap, isUpper, isWordGap, skipSpaces, skipSpacesBack, SLASH } from './chars';

// Compiled once.

const PICOMETRE_RE = /\bpicomet(?:re|er)s?\b/i;

const NAME_ABBREVIATIONS = new Set(['No', 'Nos', 'Vol', 'Fig', 'Art', 'Ch', 'Sec', 'Ex', 'Pt']);

/** A piece of text the grammar reads: a digit run with its separators, a word, or one other character. */
export interface Token {
  kind: 'digits' | 'word' | 'other';
  start: number;
  /** Exclusive. */
  end: number;
  text: string;
}

export interface Num {
  v: number;
  s: number;
  e: number;
  /** Product of the scale words applied ("7 billion" -> 1e9). */
  mult: number;
  written: boolean;
  /** The digits when the number is a plain integer with no separators ("2030"). */
  plain: string | null;
  frac: boolean;
  /** "hundreds of billions": a lower bound, and "of" may come before the currency or unit. */
  approx: boolean;
  /** With `approx`, the most the words can stand for ("hundreds of billions": 999 billion). */
  most?: number;
  decade: boolean;
  /** "half a ...": when nothing measurable follows, the figure is just "half". */
  halfA: number;
}

export interface Fig {
  kind: FigureKind;
  v: number | string;
  vMax?: number | string;
  unit?: string;
  s: number;
  e: number;
  num: Num | null;
}

/** What every part of the grammar reads with: the text, the skip mark and the last digit run read. One per text. */
export interface Scan {
  readonly text: string;
  /**
   * "2 pm" is a time in news, unless the same text talks about picometres: then it is the unit, read the
   * same way throughout the document, as a reader who has just seen "picometre" would.
   */
  readonly picometres: boolean;
  /** Set by parsers that recognise a non-figure (a time, a name) to say how far to skip. */
  skipTo: number;
  /** The digit run digitsEnd() read last: [runFrom, runTo). */
  runFrom: number;
  runTo: number;
}

export const newScan = (text: string): Scan => ({ text, picometres: PICOMETRE_RE.test(text), skipTo: -1, runFrom: 0, runTo: 0 });

/**
 * The token at p after horizontal space: digits with their separators ("1,234.5"), letters, or one
 * other character. By hand, not by a sticky regex: the digit group is read from every piece of a
 * list ("22,24,26"), and re-reading the rest of the run from each piece made "1,1,1,…" quadratic.
 */
export function tok(scan: Scan, p: number): Token | null {
  const { text } = scan;
  const s = skipSpaces(text, p);
  if (s >= text.length) return null;
  const c = text.charCodeAt(s);
  let e = s + 1;
  let kind: Token['kind'] = 'other';
  if (isDigit(c)) {
    kind = 'digits';
    e = digitsEnd(scan, s);
  } else if (isLetter(c)) {
    kind = 'word';
    while (isLetter(text.charCodeAt(e))) e++;
  }
  return { kind, start: s, end: e, text: text.slice(s, e) };
}

/**
 * End of the digits and separators at p (`\d+(?:[.,]\d+)*`), p itself when no digit is there. Every
 * digit of one run ends where the run ends, so the last run read is remembered and a later piece of
 * it costs nothing.
 */
export function digitsEnd(scan: Scan, p: number): number {
  const { text } = scan;
  if (!isDigit(text.charCodeAt(p))) return p;
  if (p >= scan.runFrom && p < scan.runTo) return scan.runTo;
  let e = p;
  for (;;) {
    while (isDigit(text.charCodeAt(e))) e++;
    const c = text.charCodeAt(e);
    if ((c === COMMA || c === DOT) && isDigit(text.charCodeAt(e + 1))) e++;
    else break;
  }
  scan.runFrom = p;
  scan.runTo = e;
  return e;
}

export function wordAt(scan: Scan, p: number): Token | null {
  const t = tok(scan, p);
  return t && t.kind === 'word' ? t : null;
}

/** End of the letters-and-digits cluster at p ("H100s", "GPT-4o"), for skipping names. */
export function clusterEnd(scan: Scan, p: number): number {
  const { text } = scan;
  let i = p;
  for (;;) {
    while (i < text.length && (isDigit(text.charCodeAt(i)) || isLetter(text.charCodeAt(i)))) i++;
    const c = text.charCodeAt(i);
    const n = text.charCodeAt(i + 1);
    if ((c === HYPHEN || c === DOT || c === COMMA || c === SLASH) && (isDigit(n) || isLetter(n))) i++;
    else return i;
  }
}

/** The word ending right before p on the same line (skipping spaces), or ''. */
export function wordBefore(scan: Scan, p: number): string {
  const { text } = scan;
  let j = skipSpacesBack(text, p - 1, isWordGap);
  const end = j + 1;
  while (j >= 0 && isLetter(text.charCodeAt(j))) j--;
  return text.slice(j + 1, end);
}

/** "Windows 11", "Hornsea 4", "No. 5": the number right after is part of a name. */
export function nameBefore(scan: Scan, p: number): boolean {
  const { text } = scan;
  const j = skipSpacesBack(text, p - 1, isNameGap);
  if (j === p - 1) return false; // glued: handled elsewhere
  if (text.charCodeAt(j) === DOT) {
    const w = wordBefore(scan, j);
    return NAME_ABBREVIATIONS.has(w);
  }
  const w = wordBefore(scan, p);
  if (!w) return false;
  const c0 = w.charCodeAt(0);
  let hasUpper = isUpper(c0);
  for (let i = 1; !hasUpper && i < w.length; i++) hasUpper = isUpper(w.charCodeAt(i));
  if (!hasUpper) return false;
  const lo = w.toLowerCase();
  if (NOT_NAME_WORDS.has(lo) || lo in MONTHS || lo in CURRENCY_WORDS) return false;
  // An all-capitals word longer than an acronym is a shouted headline, not a product name.
  if (w.length > 4 && w === w.toUpperCase()) return false;
  return true;
}
