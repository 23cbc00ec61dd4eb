// Figures: ranges, quantities with units, percentages and "out of" scores.
import { CURRENCY_SYMBOLS } from '../figures-lexicon';
import { HS, isDigit, isLetter } from './chars';
import { classify } from './classify';
import { centsTail, moneyPrefixAt, priced } from './money';
import { mul, numberAt } from './numbers';
import { type Fig, type Num, type Scan, tok, type Token, wordAt, wordBefore } from './tokens';

/** Characters before "percent of" searched for a number, so "50 percent of" is not read reversed: "hundred " fits. */
const PERCENT_OF_LOOK_BACK = 12;

const RANGE_RE = new RegExp(`${HS}*(?:(-|–|—)|(to|and|or)(?![A-Za-z]))${HS}*`, 'iy');

export const CURRENCY_SYMBOL_CLASS = Object.keys(CURRENCY_SYMBOLS)
  .filter((s) => s.length === 1)
  .map((s) => s.replace(/[$]/, '\\$'))
  .join('');

export interface Step {
  fig: Fig | null;
  /** Where scanning resumes when `fig` is null. */
  end: number;
}

// ---- ranges ----

export function rangeAfter(scan: Scan, first: Fig): Step {
  const { text } = scan;
  RANGE_RE.lastIndex = first.e;
  const m = RANGE_RE.exec(text);
  if (!m || first.num === null || typeof first.v !== 'number') return { fig: first, end: first.e };
  const word = m[2]?.toLowerCase();
  const before = wordBefore(scan, first.s).toLowerCase();
  if (word === 'and' && before !== 'between') return { fig: first, end: first.e };
  if (word === 'or' && !(first.num.written || first.kind === 'count')) return { fig: first, end: first.e };
  if (word === 'to' && before === 'from') return { fig: first, end: first.e };
  const after = RANGE_RE.lastIndex;
  const c = text.charCodeAt(after);
  // "GPT-4" style names and plain words after the dash are not the second half of a range.
  if (!(isDigit(c) || isLetter(c) || CURRENCY_SYMBOL_CLASS.includes(text[after] ?? ' '))) {
    return { fig: first, end: first.e };
  }
  const second = simpleAt(scan, after);
  const hyphen = m[1] !== undefined;
  if (!second || !second.num || typeof second.v !== 'number') return { fig: first, end: first.e };
  // "hundreds of billions" is a range already.
  if (first.vMax !== undefined || second.vMax !== undefined) return { fig: first, end: first.e };
  if (first.kind === 'date' || second.kind === 'date') {
    if (first.kind === 'date' && second.kind === 'date' && second.v > first.v && !first.unit && !second.unit) {
      return { fig: { ...first, vMax: second.v, e: second.e }, end: second.e };
    }
    return { fig: first, end: first.e };
  }
  let lo = first;
  let hi = second;
  // A range joins two values of one kind and unit. A unit written once is shared only from where it
  // stands: a sign before the first number carries forward ("$5-7 billion"), a unit after the second
  // back ("5 to 7%"). "rose 1.2% to 6,412.55" is a change and a level, not a range in percent.
  if (lo.kind === 'count' && hi.kind !== 'count' && !lo.num!.approx && unitAfterNumber(hi)) {
    // "5 to 7 million dollars": the unit and the scale are on the second number; the first takes both.
    lo = { ...lo, kind: hi.kind, v: scaledLike(lo, hi), unit: hi.unit };
  } else if (hi.kind === 'count' && lo.kind !== 'count' && !hi.num!.approx && !unitAfterNumber(lo)) {
    // "$5-7 billion": the money sign is on the first number, the scale on the second.
    lo = { ...lo, v: scaledLike(lo, hi) };
    hi = { ...hi, kind: lo.kind, unit: lo.unit };
  } else if (lo.kind === hi.kind && lo.unit === hi.unit) {
    // "5 to 7 million people", "$2 to $3 billion": the scale is said once, on the second number.
    lo = { ...lo, v: scaledLike(lo, hi) };
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

/** The first number of a range with the second's scale when it has none and stays below it ("5" in "5-7 million"). */
function scaledLike(lo: Fig, hi: Fig): number {
  const v = lo.v as number;
  const mult = hi.num!.mult;
  return lo.num!.mult === 1 && mult > 1 && v * mult <= (hi.v as number) ? mul(v, mult) : v;
}

/** The figure's unit is written after its number ("7%", "7 million dollars"), not before ("$7"). */
const unitAfterNumber = (f: Fig): boolean => f.num !== null && f.num.s === f.s;

// ---- one figure without ranges ----

export function simpleAt(scan: Scan, a: number): Fig | null {
  const money = moneyPrefixAt(scan, a);
  if (money) {
    const num = numberAt(scan, money.e, true);
    if (!num) return null;
    const tail = centsTail(scan, money.s, num, num.v, num.e);
    if (tail) return { kind: 'money', v: tail.v, unit: money.iso, s: money.s, e: tail.e, num };
    return priced(scan, { kind: 'money', v: num.v, unit: money.iso, s: money.s, e: num.e, num });
  }
  const num = numberAt(scan, a, false);
  if (!num) return null;
  return outOf(scan, num) ?? classify(scan, num);
}

/** "one in five", "9 out of 10": a share; "negative one over 20", "2000 over 3": a written division. */
function outOf(scan: Scan, num: Num): Fig | null {
  if (num.mult !== 1 || num.frac || num.approx || !Number.isInteger(num.v) || num.v === 0) return null;
  const w = wordAt(scan, num.e);
  if (!w) return null;
  const lo = w.text.toLowerCase();
  let p = w.end;
  if (lo === 'out') {
    const of = wordAt(scan, p);
    if (!of || of.text.toLowerCase() !== 'of') return null;
    p = of.end;
  } else if (lo !== 'in' && lo !== 'over') return null;
  const den = numberAt(scan, p, false);
  if (!den || den.mult !== 1 || den.frac || !Number.isInteger(den.v) || den.v < 1) return null;
  // A share is less than the whole; "over" may divide anything, but only with nothing after it to count
  // ("won 3 over 2 rounds"), and "in"/"out of" never take a sign.
  const next = tok(scan, den.e);
  const over = lo === 'over' && (!next || (next.kind === 'other' && '.,;:!?)\n\r'.includes(next.text)));
  if (!over && (den.v <= num.v || num.v < 0)) return null;
  if (lo !== 'out' && (den.v > 1000 || !(den.written || den.plain))) return null;
  // "1 in 10 minutes", "2 in 3 years": the second number measures something else.
  const after = classify(scan, den);
  if (!after || after.kind !== 'count') return null;
  return { kind: 'fraction', v: num.v / den.v, s: num.s, e: den.e, num: { ...num, frac: true, e: den.e } };
}

/** "percent of 10", "per cent of twenty-two": the reversed form, only with no number before. */
export function percentOf(scan: Scan, w: Token): Step {
  let p = w.end;
  if (w.text.toLowerCase() === 'per') {
    const c = wordAt(scan, p);
    if (!c || c.text.toLowerCase() !== 'cent') return { fig: null, end: w.end };
    p = c.end;
  }
  const of = wordAt(scan, p);
  if (!of || of.text.toLowerCase() !== 'of') return { fig: null, end: p };
  const prev = scan.text.slice(Math.max(0, w.start - PERCENT_OF_LOOK_BACK), w.start);
  if (/[\d%]\s*$|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)\s*$/i.test(prev))
    return { fig: null, end: p };
  const n = numberAt(scan, of.end, false);
  if (!n || tok(scan, n.e)?.kind === 'word') return { fig: null, end: p };
  return { fig: { kind: 'percent', v: n.v, unit: '%', s: w.start, e: n.e, num: n }, end: n.e };
}
