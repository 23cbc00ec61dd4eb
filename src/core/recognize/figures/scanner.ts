// Figures in article text: money, percentages, counts, quantities, dates, durations, fractions, ranges.
//
// One left-to-right pass. A single precompiled regex finds the next place a figure can start (a digit,
// a currency sign, a number word, a month); from there a small hand-written grammar reads tokens on
// demand and either returns a figure or says how far to skip. Every regex is anchored (sticky) or a
// plain alternation, so the cost is linear in the text and there is nothing to backtrack into.
import type { FigureMention } from '../../types';
import { DENOMS, ISO_CODES, MONTHS, PLURAL_SCALES, SCALE_WORDS, SMALL, TENS } from '../figures-lexicon';
import { Pace, whole, type Sliced } from '../pace';
import {
  APOSTROPHE,
  CLOSE_BRACKET,
  COMMA,
  DOT,
  HASH,
  HS,
  HYPHEN,
  isDigit,
  isLetter,
  isUpper,
  LINE_FEED,
  CARRIAGE_RETURN,
  MINUS_SIGN,
  OPEN_BRACKET,
  RIGHT_SINGLE_QUOTE,
  SLASH,
  skipSpaces,
  skipSpacesBack,
  isIndent,
  isLineEndSpace,
  isWordGap,
  UNDERSCORE,
} from './chars';
import type { Fig, Num } from './tokens';
import { BARE_YEAR_MIN, LATEST_YEAR, OLDEST_YEAR } from './dates';
import { CURRENCY_SYMBOL_CLASS, QuantityScanner, type Step } from './quantities';

/** Work, in Pace units, of reading the figure at one anchor and of checking one unit name. */
const ANCHOR_COST = 10;

/** Figure mentions sorted by start, non-overlapping; `text === input.slice(start, end)`. */
export function recognizeFigures(text: string): FigureMention[] {
  return whole(figuresPass(text, new Pace()));
}

/** recognizeFigures() as a sliced pass. */
export function figuresPass(text: string, pace: Pace): Sliced<FigureMention[]> {
  return new Scanner(text).run(pace);
}

const BARE_PM_RE = /^(\d{1,2})[ \t]*pm$/i;

const TIME_RE = /\d{1,2}(?::\d{2}){1,2}(?:[+-]\d{2}(?::?\d{2})?|[ \t]*[ap]\.?m\b\.?)?|\d{1,2}[ \t]*[ap]\.?m\.?(?![A-Za-z])/iy;

const LIST_ITEM_RE = /\d{1,3}[.)][ \t]+|\d{1,3}(?:\.\d{1,2})+[ \t]+(?=[A-Z])/y;

const PCT_RE = new RegExp(
  `${HS}*(?:-${HS}*)?(?:(percentage[ -]points?|percent(?:age)?[ -]pts?|pct\\.?[ -]points?)|(basis[ -]points?|bps|bp)|(%|per[ -]?cents?|percentages?|percents?|pct))(?![A-Za-z])`,
  'iy',
);

const OLD_RE = new RegExp(`${HS}*-?${HS}*old(?![A-Za-z])`, 'iy');

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

const ANCHOR_RE = new RegExp(`\\d|\\.\\d|[-−]${HS}*\\d|[${CURRENCY_SYMBOL_CLASS}]|\\bFY(?=${HS}?\\d)|\\b(?:${ANCHOR_WORDS})\\b`, 'gi');

const SIGN_WORD_RE = /^(?:minus|negative)/i;

const ZERO_AFTER = new Set(['is', 'was', 'are', 'were', 'and', 'or', 'in', 'on', 'at', 'by', 'from', 'for', 'since', 'last', 'this']);

/** Words that make an older 4-digit number a year ("in 1788"). */
const YEAR_BEFORE = new Set(['in', 'since', 'by', 'from', 'until', 'till', 'of', 'during', 'before', 'after', 'circa', 'c']);

const ordinalSuffix = (n: number): string =>
  n % 100 >= 11 && n % 100 <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';

class Scanner extends QuantityScanner {
  *run(pace: Pace): Sliced<FigureMention[]> {
    const { text } = this;
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
      this.skipTo = -1;
      const step = this.figureAt(a, m[0]);
      const f = step.fig;
      if (f && f.s >= lastEnd && f.e > f.s) {
        const mention: FigureMention = { text: text.slice(f.s, f.e), kind: f.kind, value: f.v, start: f.s, end: f.e };
        if (f.vMax !== undefined) mention.valueMax = f.vMax;
        if (f.unit !== undefined) mention.unit = f.unit;
        out.push(mention);
        lastEnd = f.e;
        pos = f.e;
      } else {
        pos = Math.max(step.end, this.skipTo, a + 1);
      }
    }
    return out;
  }

  // ---- dispatch ----

  protected figureAt(a: number, anchor: string): Step {
    const { text } = this;
    const c = text.charCodeAt(a);
    const skipAnchor = a + anchor.length;

    if (isDigit(c)) {
      const prev = text.charCodeAt(a - 1);
      // "H100", "A320": digits glued to letters; "GPT-4", "COVID-19", "F-35": hyphen-joined to a name.
      if (isLetter(prev) || prev === HASH || prev === SLASH || prev === UNDERSCORE) return { fig: null, end: this.clusterEnd(a) };
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
        const w = this.wordBefore(a - 1);
        const pc = text.charCodeAt(a - 2);
        if (isDigit(pc) || (w && w !== w.toLowerCase())) return { fig: null, end: this.clusterEnd(a) };
      }
      TIME_RE.lastIndex = a;
      if (TIME_RE.test(text)) {
        const end = TIME_RE.lastIndex;
        const pm = this.picometres ? BARE_PM_RE.exec(text.slice(a, end)) : null;
        if (pm) return { fig: { kind: 'quantity', v: Number(pm[1]), unit: 'pm', s: a, e: end, num: null }, end };
        return { fig: null, end };
      }
      if (this.isListItem(a)) return { fig: null, end: LIST_ITEM_RE.lastIndex };
      if (prev === OPEN_BRACKET) {
        const end = this.digitsEnd(a);
        if (text.charCodeAt(end) === CLOSE_BRACKET) return { fig: null, end };
      }
      const d = this.dateAtDigits(a);
      if (d) return { fig: d, end: d.e };
    } else if (c === DOT || c === HYPHEN || c === MINUS_SIGN) {
      // ".25", "-1": a leading dot or minus only when not the tail of another number or a word.
      const prev = text.charCodeAt(a - 1);
      if (isDigit(prev) || isLetter(prev) || prev === HYPHEN || prev === DOT) return { fig: null, end: a + 1 };
      if (!isDigit(text.charCodeAt(a + 1)) && c !== DOT) return this.spacedSign(a);
    } else if (isLetter(c)) {
      const w = this.wordAt(a);
      if (!w) return { fig: null, end: skipAnchor };
      const lo = w.text.toLowerCase();
      if (isUpper(c) && (lo in SMALL || lo in TENS) && !this.sentenceStart(a)) {
        // "Ninety Mile Beach", "the Nine Network": a capitalised number inside a sentence before another
        // capitalised word is part of a name.
        const n = this.wordAt(w.end);
        const nlo = n ? n.text.toLowerCase() : '';
        if (n && isUpper(n.text.charCodeAt(0)) && !(nlo in SCALE_WORDS) && !(nlo in MONTHS) && !(nlo in DENOMS))
          return { fig: null, end: n.end };
      }
      if (lo in MONTHS) {
        const d = this.dateAtMonth(w);
        if (d) return { fig: d, end: d.e };
        if (!(lo in SMALL)) return { fig: null, end: w.end };
      }
      if (lo === 'fiscal' || w.text === 'FY') {
        const d = this.fiscalYear(w);
        return { fig: d, end: d ? d.e : w.end };
      }
      if (lo === 'percent' || lo === 'percents' || lo === 'per') return this.percentOf(w);
      if (/^[A-Z]{3}$/.test(w.text) || w.text === 'Rs') {
        if (!ISO_CODES.has(w.text) && w.text !== 'Rs') return { fig: null, end: w.end };
      } else if (ISO_CODES.has(w.text.toUpperCase()) && !(lo in SMALL) && !(lo in TENS)) {
        return { fig: null, end: w.end };
      }
    }

    const first = this.simpleAt(a);
    if (!first) return { fig: null, end: Math.max(skipAnchor, this.skipTo, isDigit(c) ? this.clusterEnd(a) : skipAnchor) };
    if (first.num && (first.kind === 'count' || (first.kind === 'date' && typeof first.v === 'number')) && this.nameBefore(first.s)) {
      return { fig: null, end: Math.max(first.e, this.clusterEnd(first.s)) };
    }
    return this.rangeAfter(first);
  }

  /**
   * "- 10 k" alone on its line (a table cell, a list of changes) is a signed number; anywhere else a spaced
   * dash is punctuation.
   */
  protected spacedSign(a: number): Step {
    const { text } = this;
    const j = skipSpacesBack(text, a - 1, isIndent);
    if (j >= 0 && text.charCodeAt(j) !== LINE_FEED) return { fig: null, end: a + 1 };
    const p = skipSpaces(text, a + 1, isIndent);
    const f = this.simpleAt(p);
    if (!f || !f.num || typeof f.v !== 'number' || f.kind === 'date') return { fig: null, end: p };
    const q = skipSpaces(text, f.e, isLineEndSpace);
    if (q < text.length && text.charCodeAt(q) !== LINE_FEED) return { fig: null, end: p };
    return { fig: { ...f, v: -f.v, s: a }, end: f.e };
  }

  /** Nothing but sentence punctuation or an opening mark between p and the previous word. */
  protected sentenceStart(p: number): boolean {
    const { text } = this;
    const j = skipSpacesBack(text, p - 1, isWordGap);
    return j < 0 || !(isLetter(text.charCodeAt(j)) || isDigit(text.charCodeAt(j)) || text.charCodeAt(j) === COMMA);
  }

  protected isListItem(a: number): boolean {
    const { text } = this;
    const j = skipSpacesBack(text, a - 1, isIndent);
    if (j >= 0 && text.charCodeAt(j) !== LINE_FEED && text.charCodeAt(j) !== CARRIAGE_RETURN) return false;
    LIST_ITEM_RE.lastIndex = a;
    return LIST_ITEM_RE.test(text);
  }

  // ---- what the number counts ----

  protected override classify(num: Num): Fig | null {
    const { text } = this;
    const e = num.e;

    PCT_RE.lastIndex = e;
    const pm = PCT_RE.exec(text);
    if (pm && !num.approx) {
      const unit = pm[1] ? 'pp' : pm[2] ? 'bp' : '%';
      return { kind: 'percent', v: num.v, unit, s: num.s, e: PCT_RE.lastIndex, num };
    }

    const cur = this.currencyAfter(num);
    if (cur) return this.priced({ kind: 'money', v: cur.v, unit: cur.iso, s: num.s, e: cur.e, num });

    const u = this.unitAfter(num);
    if (u) {
      if (u.def.kind === 'd') {
        let ue = u.e;
        OLD_RE.lastIndex = ue;
        if ((u.def.unit === 'year' || u.def.unit === 'month' || u.def.unit === 'week' || u.def.unit === 'day') && OLD_RE.test(text))
          ue = OLD_RE.lastIndex;
        return { kind: 'duration', v: num.v, unit: u.def.unit, s: num.s, e: ue, num };
      }
      return { kind: 'quantity', v: num.v, unit: u.def.unit, s: num.s, e: u.e, num };
    }

    if (num.halfA) return { kind: 'fraction', v: 0.5, s: num.s, e: num.halfA, num: { ...num, e: num.halfA } };
    if (num.approx) return { kind: 'count', v: num.v, s: num.s, e, num };
    const c = text.charCodeAt(e);
    // "4K", "5G", "3D": letters glued to the digits that are not a unit make a name.
    if (isLetter(c) && !num.written) {
      this.skipTo = this.clusterEnd(num.s);
      return null;
    }
    // "one-time", "2-door": a number used as an adjective for a thing we do not measure.
    if (c === HYPHEN && isLetter(text.charCodeAt(e + 1))) {
      // ...and "one-two punch": the whole hyphenated word.
      this.skipTo = this.clusterEnd(num.s);
      return null;
    }
    // "the 19 th century": a spaced ordinal suffix, as markup leaves "19<sup>th</sup>".
    if (num.plain && num.plain.length <= 3) {
      const w = this.wordAt(e);
      if (w && w.text === ordinalSuffix(num.v) && !isLetter(text.charCodeAt(w.end))) {
        this.skipTo = w.end;
        return null;
      }
    }
    if (num.frac) return { kind: 'fraction', v: num.v, s: num.s, e, num };
    if (num.decade) return { kind: 'date', v: num.v, unit: 'decade', s: num.s, e, num };
    if (
      num.plain &&
      num.plain.length === 4 &&
      num.v <= LATEST_YEAR &&
      !this.timesNear(num) &&
      (num.v >= BARE_YEAR_MIN || (num.v >= OLDEST_YEAR && YEAR_BEFORE.has(this.wordBefore(num.s).toLowerCase())))
    ) {
      return { kind: 'date', v: num.v, s: num.s, e, num };
    }
    if (num.written && (num.v === 1 || num.v === 0) && num.mult === 1 && !SIGN_WORD_RE.test(text.slice(num.s, num.s + 'negative'.length))) {
      // "one" on its own is a pronoun far more often than a count ("one of the", "no one"); "net zero" and
      // "zero tolerance" are ideas. A zero that ends a phrase ("fell to zero.") is a count.
      if (num.v === 1) return null;
      const n = this.tok(e);
      if (
        this.wordBefore(num.s).toLowerCase() === 'net' ||
        (n && n.kind === 'word' && !ZERO_AFTER.has(n.text.toLowerCase())) ||
        c === HYPHEN
      )
        return null;
    }
    return { kind: 'count', v: num.v, s: num.s, e, num };
  }
}
