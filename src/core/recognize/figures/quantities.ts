// Figures: ranges, quantities with units, percentages and "out of" scores.
import { CURRENCY_SYMBOLS, type UnitDef } from '../figures-lexicon';
import { DOUBLE_PRIME, DOUBLE_QUOTE, HS, SPACE_RUN_RE, isDigit, isLetter, LINE_FEED, skipSpaces, isIndent, SPACE } from './chars';
import type { Fig, Num, Token } from './tokens';
import { mul } from './numbers';
import { UNIT_ALT, UNIT_EXACT, UNIT_LOWER, UNIT_RE } from './money';
import { DateScanner } from './dates';

/** Characters around a number searched for a size's "x" ("1800 x 1920"): the sign, a digit and a few spaces. */
const TIMES_LOOK_AROUND = 8;

/** How far back on a line to count quote marks before a '"': further than any sentence, and a bound keeps it linear. */
const QUOTE_LOOK_BACK = 2000;

/** Characters before "percent of" searched for a number, so "50 percent of" is not read reversed: "hundred " fits. */
const PERCENT_OF_LOOK_BACK = 12;

const TIMES_AFTER_RE = /^[ \t]*[x×][ \t]*\d/;

const TIMES_BEFORE_RE = /\d[ \t]*[x×][ \t]*$/;

const RANGE_RE = new RegExp(`${HS}*(?:(-|–|—)|(to|and|or)(?![A-Za-z]))${HS}*`, 'iy');

// "20 (kg)", "20 [kg]": a unit symbol in brackets, as tables and specifications write it.
const BRACKET_UNIT_RE = new RegExp(`${HS}*(?:\\((${UNIT_ALT})\\)|\\[(${UNIT_ALT})\\]|\\{(${UNIT_ALT})\\}|<(${UNIT_ALT})>)`, 'iy');

export const CURRENCY_SYMBOL_CLASS = Object.keys(CURRENCY_SYMBOLS)
  .filter((s) => s.length === 1)
  .map((s) => s.replace(/[$]/, '\\$'))
  .join('');

export interface Step {
  fig: Fig | null;
  /** Where scanning resumes when `fig` is null. */
  end: number;
}

export abstract class QuantityScanner extends DateScanner {
  // ---- ranges ----

  protected rangeAfter(first: Fig): Step {
    const { text } = this;
    RANGE_RE.lastIndex = first.e;
    const m = RANGE_RE.exec(text);
    if (!m || first.num === null || typeof first.v !== 'number') return { fig: first, end: first.e };
    const word = m[2]?.toLowerCase();
    const before = this.wordBefore(first.s).toLowerCase();
    if (word === 'and' && before !== 'between') return { fig: first, end: first.e };
    if (word === 'or' && !(first.num.written || first.kind === 'count')) return { fig: first, end: first.e };
    if (word === 'to' && before === 'from') return { fig: first, end: first.e };
    const after = RANGE_RE.lastIndex;
    const c = text.charCodeAt(after);
    // "GPT-4" style names and plain words after the dash are not the second half of a range.
    if (!(isDigit(c) || isLetter(c) || CURRENCY_SYMBOL_CLASS.includes(text[after] ?? ' '))) {
      return { fig: first, end: first.e };
    }
    const second = this.simpleAt(after);
    const hyphen = m[1] !== undefined;
    if (!second || !second.num || typeof second.v !== 'number') return { fig: first, end: first.e };
    if (first.kind === 'date' || second.kind === 'date') {
      if (first.kind === 'date' && second.kind === 'date' && second.v > first.v && !first.unit && !second.unit) {
        return { fig: { ...first, vMax: second.v, e: second.e }, end: second.e };
      }
      return { fig: first, end: first.e };
    }
    let lo = first;
    let hi = second;
    if (lo.kind === 'count' && hi.kind !== 'count' && !lo.num!.approx) {
      // "5 to 7 million dollars": the unit and the scale are on the second number; the first takes both.
      let v = lo.v as number;
      if (lo.num!.mult === 1 && hi.num!.mult > 1 && v * hi.num!.mult <= (hi.v as number)) v = mul(v, hi.num!.mult);
      lo = { ...lo, kind: hi.kind, v, unit: hi.unit };
    } else if (hi.kind === 'count' && lo.kind !== 'count' && !hi.num!.approx) {
      // "$5-7 billion": the money sign is on the first number, the scale on the second.
      let v = lo.v as number;
      if (lo.num!.mult === 1 && hi.num!.mult > 1 && v * hi.num!.mult <= (hi.v as number)) v = mul(v, hi.num!.mult);
      lo = { ...lo, v };
      hi = { ...hi, kind: lo.kind, unit: lo.unit };
    }
    if (lo.kind !== hi.kind || lo.unit !== hi.unit || !((hi.v as number) > (lo.v as number))) {
      // Scores and codes ("3-1", "555-1234") are neither a range nor two figures.
      if (hyphen && first.kind === 'count' && second.kind === 'count' && !first.num.written) {
        return { fig: null, end: second.e };
      }
      return { fig: first, end: first.e };
    }
    return { fig: { kind: lo.kind, v: lo.v, vMax: hi.v, unit: lo.unit, s: first.s, e: hi.e, num: lo.num }, end: hi.e };
  }

  // ---- one figure without ranges ----

  protected simpleAt(a: number): Fig | null {
    const money = this.moneyPrefixAt(a);
    if (money) {
      const num = this.numberAt(money.e, true);
      if (!num) return null;
      const tail = this.centsTail(money.s, num, num.v, num.e);
      if (tail) return { kind: 'money', v: tail.v, unit: money.iso, s: money.s, e: tail.e, num };
      return this.priced({ kind: 'money', v: num.v, unit: money.iso, s: money.s, e: num.e, num });
    }
    const num = this.numberAt(a, false);
    if (!num) return null;
    return this.outOf(num) ?? this.classify(num);
  }

  /** "one in five", "9 out of 10": a share; "negative one over 20", "2000 over 3": a written division. */
  protected outOf(num: Num): Fig | null {
    if (num.mult !== 1 || num.frac || num.approx || !Number.isInteger(num.v) || num.v === 0) return null;
    const w = this.wordAt(num.e);
    if (!w) return null;
    const lo = w.text.toLowerCase();
    let p = w.end;
    if (lo === 'out') {
      const of = this.wordAt(p);
      if (!of || of.text.toLowerCase() !== 'of') return null;
      p = of.end;
    } else if (lo !== 'in' && lo !== 'over') return null;
    const den = this.numberAt(p, false);
    if (!den || den.mult !== 1 || den.frac || !Number.isInteger(den.v) || den.v < 1) return null;
    // A share is less than the whole; "over" may divide anything, but only with nothing after it to count
    // ("won 3 over 2 rounds"), and "in"/"out of" never take a sign.
    const next = this.tok(den.e);
    const over = lo === 'over' && (!next || (next.kind === 'other' && '.,;:!?)\n\r'.includes(next.text)));
    if (!over && (den.v <= num.v || num.v < 0)) return null;
    if (lo !== 'out' && (den.v > 1000 || !(den.written || den.plain))) return null;
    // "1 in 10 minutes", "2 in 3 years": the second number measures something else.
    const after = this.classify(den);
    if (!after || after.kind !== 'count') return null;
    return { kind: 'fraction', v: num.v / den.v, s: num.s, e: den.e, num: { ...num, frac: true, e: den.e } };
  }

  /** "1800 x 1920": a side of a size, not a year. */
  protected timesNear(num: Num): boolean {
    const { text } = this;
    return (
      TIMES_AFTER_RE.test(text.slice(num.e, num.e + TIMES_LOOK_AROUND)) ||
      TIMES_BEFORE_RE.test(text.slice(Math.max(0, num.s - TIMES_LOOK_AROUND), num.s))
    );
  }

  protected unitAfter(num: Num): { def: UnitDef; e: number } | null {
    const { text } = this;
    UNIT_RE.lastIndex = num.e;
    const m = UNIT_RE.exec(text);
    if (!m) {
      const inch = this.inchMark(num.e);
      if (inch > 0) return { def: UNIT_LOWER.get('inch')!.def, e: inch };
      BRACKET_UNIT_RE.lastIndex = num.e;
      const b = BRACKET_UNIT_RE.exec(text);
      const raw = b ? (b[1] ?? b[2] ?? b[3] ?? b[4] ?? '') : '';
      const hit = UNIT_EXACT.get(raw) ?? UNIT_LOWER.get(raw.toLowerCase());
      return hit && hit.def.kind === 'q' ? { def: hit.def, e: BRACKET_UNIT_RE.lastIndex } : null;
    }
    const sep = m[1] ?? '';
    const raw = m[2] ?? '';
    let hit = UNIT_EXACT.get(raw);
    if (!hit) {
      const lo = raw.toLowerCase().replace(SPACE_RUN_RE, ' ');
      hit = UNIT_LOWER.get(lo);
    }
    if (!hit) return null;
    if (hit.gluedOnly && sep !== '') return null;
    // A hyphen joins only spelled-out units ("4-nanometre", "10-year"), not symbols ("5-m").
    if (sep.includes('-') && UNIT_EXACT.has(raw) && raw.length < 3) return null;
    // "1.2 trillion yen" was money; "5 m" spaced after a bare count is too risky to call metres.
    if (sep !== '' && !sep.includes('-') && raw.length === 1 && raw !== '°' && raw !== 'm') return null;
    return { def: hit.def, e: UNIT_RE.lastIndex };
  }

  /**
   * End of an inch mark after a number ('10"', '10 ″'), or -1. A straight double quote is an inch mark only
   * where it cannot be a quotation mark: a space or the end follows it, and it does not close a quote
   * opened earlier on the line.
   */
  protected inchMark(p: number): number {
    const { text } = this;
    // Plain spaces only before the mark, a narrower idea of a space kept as it was (see chars.ts).
    const q = skipSpaces(text, p, (c) => c === SPACE);
    const c = text.charCodeAt(q);
    if (c === DOUBLE_PRIME) return q + 1;
    const n = text.charCodeAt(q + 1);
    if (c !== DOUBLE_QUOTE || q - p > 1 || !(Number.isNaN(n) || isIndent(n) || n === LINE_FEED)) return -1;
    let quotes = 0;
    for (let j = p - 1; j >= 0 && j > p - QUOTE_LOOK_BACK && text.charCodeAt(j) !== LINE_FEED; j--)
      if (text.charCodeAt(j) === DOUBLE_QUOTE) quotes++;
    return quotes % 2 === 0 ? q + 1 : -1;
  }

  /** "percent of 10", "per cent of twenty-two": the reversed form, only with no number before. */
  protected percentOf(w: Token): Step {
    let p = w.end;
    if (w.text.toLowerCase() === 'per') {
      const c = this.wordAt(p);
      if (!c || c.text.toLowerCase() !== 'cent') return { fig: null, end: w.end };
      p = c.end;
    }
    const of = this.wordAt(p);
    if (!of || of.text.toLowerCase() !== 'of') return { fig: null, end: p };
    const prev = this.text.slice(Math.max(0, w.start - PERCENT_OF_LOOK_BACK), w.start);
    if (/[\d%]\s*$|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)\s*$/i.test(prev))
      return { fig: null, end: p };
    const n = this.numberAt(of.end, false);
    if (!n || this.tok(n.e)?.kind === 'word') return { fig: null, end: p };
    return { fig: { kind: 'percent', v: n.v, unit: '%', s: w.start, e: n.e, num: n }, end: n.e };
  }
}
