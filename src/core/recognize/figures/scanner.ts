// Figures in article text: money, percentages, counts, quantities, dates, durations, fractions, ranges.
//
// One left-to-right pass. A single precompiled regex finds the next place a figure can start (a digit,
// a currency sign, a number word, a month); from there a small hand-written grammar reads tokens on
// demand and either returns a figure or says how far to skip. Every regex is anchored (sticky) or a
// plain alternation, so the cost is linear in the text and there is nothing to backtrack into.
import type { FigureKind, FigureMention } from '../../types';
import { DENOMS, ISO_CODES, MONTHS, PLURAL_SCALES, SCALE_WORDS, SMALL, TENS } from '../figures-lexicon';
import { Pace, type Sliced, whole } from '../pace';
import {
  APOSTROPHE,
  CARRIAGE_RETURN,
  CLOSE_BRACKET,
  COMMA,
  DOT,
  HASH,
  HS,
  HYPHEN,
  isDigit,
  isIndent,
  isLetter,
  isLineEndSpace,
  isUpper,
  isWordGap,
  LINE_FEED,
  MINUS_SIGN,
  OPEN_BRACKET,
  PLUS_MINUS_SIGN,
  PLUS_SIGN,
  RIGHT_SINGLE_QUOTE,
  skipSpaces,
  skipSpacesBack,
  SLASH,
  UNDERSCORE,
} from './chars';
import { dateAtDigits, dateAtMonth, fiscalYear } from './dates';
import { CURRENCY_SYMBOL_CLASS, percentOf, rangeAfter, simpleAt, type Step } from './quantities';
import { clusterEnd, digitsEnd, type Fig, nameBefore, newScan, type Scan, wordAt, wordBefore } from './tokens';
import { PLUS_OR_RE, TOLERANCE_SIGN } from './tolerance';

/** Work, in Pace units, of reading the figure at one anchor and of checking one unit name. */
const ANCHOR_COST = 10;

/** Figure mentions sorted by start, non-overlapping; `text === input.slice(start, end)`. */
export function recognizeFigures(text: string): FigureMention[] {
  return whole(figuresPass(text, new Pace()));
}

/** recognizeFigures() as a sliced pass. */
export function figuresPass(text: string, pace: Pace): Sliced<FigureMention[]> {
  return scanFigures(newScan(text), pace);
}

const BARE_PM_RE = /^(\d{1,2})[ \t]*pm$/i;

const TIME_RE = /\d{1,2}(?::\d{2}){1,2}(?:[+-]\d{2}(?::?\d{2})?|[ \t]*[ap]\.?m\b\.?)?|\d{1,2}[ \t]*[ap]\.?m\.?(?![A-Za-z])/iy;

const LIST_ITEM_RE = /\d{1,3}[.)][ \t]+|\d{1,3}(?:\.\d{1,2})+[ \t]+(?=[A-Z])/y;

const MONTH_ALT = Object.keys(MONTHS).join('|');

const ANCHOR_WORDS = [
  ...Object.keys(SMALL),
  ...Object.keys(TENS),
  ...Object.keys(PLURAL_SCALES),
  MONTH_ALT,
  'half|minus|negative|fiscal|Rs|percents?|per cent',
  `an?(?=${HS}+(?:dozen|hundred|thousand|million|billion|trillion|lakh|crore|half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth|twelfth|sixteenth|twentieth|hundredth|thousandth|millionth|billionth|trillionth|decade|century|${Object.keys(TENS).join('|')})\\b)`,
  [...ISO_CODES].join('|'),
].join('|');

/** Characters before "minus" searched for "plus or ": "plus  or " fits. */
const PLUS_OR_LOOK_BACK = 12;

const ANCHOR_RE = new RegExp(
  `\\d|\\.\\d|${TOLERANCE_SIGN}|[-−]${HS}*\\d|[${CURRENCY_SYMBOL_CLASS}]|\\bFY(?=${HS}?\\d)|\\b(?:${ANCHOR_WORDS})\\b`,
  'gi',
);

/** One left-to-right pass over the anchors; see the top of this file. */
function* scanFigures(scan: Scan, pace: Pace): Sliced<FigureMention[]> {
  const { text } = scan;
  const out: FigureMention[] = [];
  const re = new RegExp(ANCHOR_RE.source, ANCHOR_RE.flags);
  let pos = 0;
  let lastEnd = 0;
  for (;;) {
    // Between slices only `pos` and `lastEnd` carry over: each step sets the sticky expressions it reads.
    if (pace.spend(ANCHOR_COST)) yield;
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) break;
    const a = m.index;
    scan.skipTo = -1;
    const step = figureAt(scan, a, m[0]);
    const f = step.fig;
    if (f && f.s >= lastEnd && f.e > f.s) {
      const mention: FigureMention = { text: text.slice(f.s, f.e), kind: countOrMeasure(f), value: f.v, start: f.s, end: f.e };
      if (f.vMax !== undefined) mention.valueMax = f.vMax;
      if (f.unit !== undefined) mention.unit = f.unit;
      out.push(mention);
      lastEnd = f.e;
      pos = f.e;
    } else {
      pos = Math.max(step.end, scan.skipTo, a + 1);
    }
  }
  return out;
}

/**
 * A count is a whole number: "6,412.55" (an index level), "a 7.1 magnitude quake" measure something without
 * naming its unit, and are unitless quantities. Decided last, so ranges still read "1.5 to 2.5%" as one.
 */
function countOrMeasure(f: Fig): FigureKind {
  if (f.kind !== 'count') return f.kind;
  const whole = (v: number | string | undefined) => v === undefined || (typeof v === 'number' && Number.isInteger(v));
  return whole(f.v) && whole(f.vMax) ? 'count' : 'quantity';
}

// ---- dispatch ----

function figureAt(scan: Scan, a: number, anchor: string): Step {
  const { text } = scan;
  const c = text.charCodeAt(a);
  const skipAnchor = a + anchor.length;

  if (isDigit(c)) {
    const prev = text.charCodeAt(a - 1);
    // "H100", "A320": digits glued to letters; "GPT-4", "COVID-19", "F-35": hyphen-joined to a name.
    if (isLetter(prev) || prev === HASH || prev === SLASH || prev === UNDERSCORE) return { fig: null, end: clusterEnd(scan, a) };
    // "in ’91": a clipped year, too ambiguous to date.
    if (
      (prev === RIGHT_SINGLE_QUOTE || prev === APOSTROPHE) &&
      isDigit(text.charCodeAt(a + 1)) &&
      !isDigit(text.charCodeAt(a + 2)) &&
      !isLetter(text.charCodeAt(a - 2))
    ) {
      return { fig: null, end: a + 2 };
    }
    if (prev === HYPHEN && a >= 2) {
      const w = wordBefore(scan, a - 1);
      const pc = text.charCodeAt(a - 2);
      if (isDigit(pc) || (w && w !== w.toLowerCase())) return { fig: null, end: clusterEnd(scan, a) };
    }
    TIME_RE.lastIndex = a;
    if (TIME_RE.test(text)) {
      const end = TIME_RE.lastIndex;
      const pm = scan.picometres ? BARE_PM_RE.exec(text.slice(a, end)) : null;
      if (pm) return { fig: { kind: 'quantity', v: Number(pm[1]), unit: 'pm', s: a, e: end, num: null }, end };
      return { fig: null, end };
    }
    if (isListItem(scan, a)) return { fig: null, end: LIST_ITEM_RE.lastIndex };
    if (prev === OPEN_BRACKET) {
      const end = digitsEnd(scan, a);
      if (text.charCodeAt(end) === CLOSE_BRACKET) return { fig: null, end };
    }
    const d = dateAtDigits(scan, a);
    if (d) return { fig: d, end: d.e };
  } else if (c === PLUS_MINUS_SIGN || c === PLUS_SIGN) {
    return tolerance(scan, a, skipAnchor);
  } else if (c === DOT || c === HYPHEN || c === MINUS_SIGN) {
    // ".25", "-1": a leading dot or minus only when not the tail of another number or a word.
    const prev = text.charCodeAt(a - 1);
    if (isDigit(prev) || isLetter(prev) || prev === HYPHEN || prev === DOT) return { fig: null, end: a + 1 };
    if (!isDigit(text.charCodeAt(a + 1)) && c !== DOT) return spacedSign(scan, a);
  } else if (isLetter(c)) {
    const w = wordAt(scan, a);
    if (!w) return { fig: null, end: skipAnchor };
    const lo = w.text.toLowerCase();
    if (lo === 'minus') {
      const plus = PLUS_OR_RE.exec(text.slice(Math.max(0, a - PLUS_OR_LOOK_BACK), a));
      if (plus) return tolerance(scan, a - plus[0].length, w.end);
    }
    if (isUpper(c) && (lo in SMALL || lo in TENS) && !sentenceStart(scan, a)) {
      // "Ninety Mile Beach", "the Nine Network": a capitalised number inside a sentence before another
      // capitalised word is part of a name.
      const n = wordAt(scan, w.end);
      const nlo = n ? n.text.toLowerCase() : '';
      if (n && isUpper(n.text.charCodeAt(0)) && !(nlo in SCALE_WORDS) && !(nlo in MONTHS) && !(nlo in DENOMS))
        return { fig: null, end: n.end };
    }
    if (lo in MONTHS) {
      const d = dateAtMonth(scan, w);
      if (d) return { fig: d, end: d.e };
      if (!(lo in SMALL)) return { fig: null, end: w.end };
    }
    if (lo === 'fiscal' || w.text === 'FY') {
      const d = fiscalYear(scan, w);
      return { fig: d, end: d ? d.e : w.end };
    }
    if (lo === 'percent' || lo === 'percents' || lo === 'per') return percentOf(scan, w);
    if (/^[A-Z]{3}$/.test(w.text) || w.text === 'Rs') {
      if (!ISO_CODES.has(w.text) && w.text !== 'Rs') return { fig: null, end: w.end };
    } else if (ISO_CODES.has(w.text.toUpperCase()) && !(lo in SMALL) && !(lo in TENS)) {
      return { fig: null, end: w.end };
    }
  }

  const first = simpleAt(scan, a);
  if (!first) return { fig: null, end: Math.max(skipAnchor, scan.skipTo, isDigit(c) ? clusterEnd(scan, a) : skipAnchor) };
  if (first.num && (first.kind === 'count' || (first.kind === 'date' && typeof first.v === 'number')) && nameBefore(scan, first.s)) {
    return { fig: null, end: Math.max(first.e, clusterEnd(scan, first.s)) };
  }
  return rangeAfter(scan, first);
}

/**
 * "plus or minus 3%", "±0.5 points", "+/- £3": a tolerance, one figure from the sign to the end of its
 * number. Its value is the size of the tolerance, never negative: the "minus" is half of "plus or minus".
 */
function tolerance(scan: Scan, s: number, p: number): Step {
  const f = simpleAt(scan, skipSpaces(scan.text, p));
  if (!f || !f.num || typeof f.v !== 'number' || f.v < 0 || f.kind === 'date' || f.vMax !== undefined) return { fig: null, end: p };
  return { fig: { ...f, s }, end: f.e };
}

/**
 * "- 10 k" alone on its line (a table cell, a list of changes) is a signed number; anywhere else a spaced
 * dash is punctuation.
 */
function spacedSign(scan: Scan, a: number): Step {
  const { text } = scan;
  const j = skipSpacesBack(text, a - 1, isIndent);
  if (j >= 0 && text.charCodeAt(j) !== LINE_FEED) return { fig: null, end: a + 1 };
  const p = skipSpaces(text, a + 1, isIndent);
  const f = simpleAt(scan, p);
  if (!f || !f.num || typeof f.v !== 'number' || f.kind === 'date') return { fig: null, end: p };
  const q = skipSpaces(text, f.e, isLineEndSpace);
  if (q < text.length && text.charCodeAt(q) !== LINE_FEED) return { fig: null, end: p };
  return { fig: { ...f, v: -f.v, s: a }, end: f.e };
}

/** Nothing but sentence punctuation or an opening mark between p and the previous word. */
function sentenceStart(scan: Scan, p: number): boolean {
  const { text } = scan;
  const j = skipSpacesBack(text, p - 1, isWordGap);
  return j < 0 || !(isLetter(text.charCodeAt(j)) || isDigit(text.charCodeAt(j)) || text.charCodeAt(j) === COMMA);
}

function isListItem(scan: Scan, a: number): boolean {
  const { text } = scan;
  const j = skipSpacesBack(text, a - 1, isIndent);
  if (j >= 0 && text.charCodeAt(j) !== LINE_FEED && text.charCodeAt(j) !== CARRIAGE_RETURN) return false;
  LIST_ITEM_RE.lastIndex = a;
  return LIST_ITEM_RE.test(text);
}
