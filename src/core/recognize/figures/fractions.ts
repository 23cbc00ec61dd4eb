// Figures: fractions and halves ("three-quarters", "2 1/2", "half a million").
import { DENOMS, SMALL, TENS } from '../figures-lexicon';
import { HYPHEN } from './chars';
import { ordinalWord, scaleWord, wordsValue } from './number-words';
import { emptyNum, spokenScale } from './numbers';
import { type Num, type Scan, tok, type Token, wordAt, wordBefore } from './tokens';

/** Words before a bare "half" that make it a quantity ("more than half"), and after ("half of", "half the"). */
const HALF_BEFORE = new Set([
  'than',
  'nearly',
  'almost',
  'about',
  'around',
  'roughly',
  'over',
  'under',
  'just',
  'only',
  'some',
  'least',
  'by',
  'cut',
  'halved',
  'lost',
  'lose',
]);

const HALF_AFTER = new Set(['of', 'the', 'its', 'their', 'his', 'her', 'our', 'all', 'that', 'this', 'those', 'these', 'them', 'what']);

/** After "a third", "one fifth": ordinals otherwise ("a third term"). */
const SINGULAR_FRACTION_AFTER = new Set([
  'of',
  'and',
  'or',
  'to',
  'than',
  'as',
  'less',
  'more',
  'in',
  'the',
  'that',
  'were',
  'was',
  'are',
  'is',
]);

/** Words read before giving up on a compound fraction: "one hundred and twenty-three thousandths" has 6. */
const COMPOUND_FRACTION_WORDS = 16;

const ORDINAL_UNITS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
};

/** "the other half", "the first half": a part, not a share of a figure. */
const HALF_NOT_AFTER = new Set([
  'other',
  'same',
  'first',
  'second',
  'last',
  'next',
  'back',
  'front',
  'top',
  'bottom',
  'lower',
  'upper',
  'better',
  'latter',
  'former',
  'one',
  'this',
  'that',
  'each',
  'either',
]);

/** "two and a half", "3 and three quarters". */
export function andFraction(scan: Scan, num: Num): void {
  if (num.mult !== 1 || num.frac || !Number.isInteger(num.v)) return;
  const and = wordAt(scan, num.e);
  if (!and || and.text.toLowerCase() !== 'and') return;
  const n = wordAt(scan, and.end);
  if (!n) return;
  const nlo = n.text.toLowerCase();
  const numer = nlo === 'a' || nlo === 'one' ? 1 : SMALL[nlo];
  if (numer === undefined || numer === 0) return;
  const d = denomAfter(scan, n.end, numer !== 1);
  if (!d) return;
  num.v += numer / d.d;
  num.e = d.e;
  num.plain = null;
  const before = num.mult;
  spokenScale(scan, num);
  if (num.mult === before) num.frac = false;
}

/** A fraction denominator after a numerator ("-thirds", " quarter"); plural unless the numerator is one. */
function denomAfter(scan: Scan, p: number, plural: boolean): { d: number; e: number } | null {
  let t = tok(scan, p);
  if (t && t.text === '-') t = tok(scan, t.end);
  if (!t || t.kind !== 'word') return null;
  let lo = t.text.toLowerCase();
  let d = DENOMS[lo];
  let e = t.end;
  const tens = TENS[lo];
  if (tens !== undefined) {
    // "twenty-first", "twenty fifths"
    let n = tok(scan, t.end);
    if (n && n.text === '-') n = tok(scan, n.end);
    const nlo = n && n.kind === 'word' ? n.text.toLowerCase() : '';
    const u = ORDINAL_UNITS[nlo.endsWith('s') ? nlo.slice(0, -1) : nlo];
    if (!n || u === undefined) return null;
    d = tens + u;
    lo = nlo;
    e = n.end;
  }
  if (d === undefined) return null;
  const isPlural = lo.endsWith('s');
  if (plural !== isPlural) return null;
  return { d, e };
}

/**
 * A spoken fraction whose denominator is itself compound: "one hundred thirty-fifths" (100/35), "one one
 * hundred and fifth" (1/105), "twenty and three and three fifths" (23 3/5). The numerator is the shortest
 * lead that leaves a well-formed ordinal, so the denominator takes as many words as it can.
 */
export function compoundFraction(scan: Scan, first: Token): Num | null {
  const words: string[] = [];
  let pos = first.start;
  let e = -1;
  let ord: { d: number; card: string | null; plural: boolean } | null = null;
  while (words.length < COMPOUND_FRACTION_WORDS) {
    let t = tok(scan, pos);
    if (t && t.text === '-' && words.length && t.start === pos) t = wordAt(scan, t.end);
    if (!t || t.kind !== 'word') return null;
    const lo = t.text.toLowerCase();
    ord = ordinalWord(lo);
    if (ord) {
      words.push(lo);
      e = t.end;
      break;
    }
    if (!(lo in SMALL || lo in TENS || lo === 'and' || scaleWord(lo) !== undefined)) return null;
    words.push(lo);
    pos = t.end;
  }
  if (!ord || words.length < 3) return null;
  const n = words.length - 1;
  for (let k = 1; k <= n; k++) {
    if (words[k] === 'and' || words[k - 1] === 'and') continue;
    const lead = words.slice(0, k);
    const and = lead.lastIndexOf('and');
    const numer = wordsValue(and > 0 ? lead.slice(and + 1) : lead);
    const whole = and > 0 ? wordsValue(lead.slice(0, and)) : 0;
    if (numer === null || whole === null || numer < 1 || (and > 0 && numer > 9)) continue;
    const rest = words.slice(k, n);
    const d = rest.length === 0 ? ord.d : ord.card === null ? null : wordsValue([...rest, ord.card]);
    if (d === null || d <= 1 || ord.plural !== (numer !== 1)) continue;
    if (!ord.plural) {
      const after = tok(scan, e);
      if (after && ((after.kind === 'word' && !SINGULAR_FRACTION_AFTER.has(after.text.toLowerCase())) || after.text === '-')) return null;
    }
    return { ...emptyNum(first.start, e, whole + numer / d), written: true, frac: true };
  }
  return null;
}

/** "one hundred and three quarters": a whole number, "and", then a fraction. */
export function mixedAfter(scan: Scan, s: number, whole: number, numer: number, p: number): Num | null {
  const d = denomAfter(scan, p, numer !== 1);
  if (!d) return null;
  return { ...emptyNum(s, d.e, whole + numer / d.d), written: true, frac: true };
}

/** After a spoken numerator: "two-thirds", "a quarter of", "three fifths". */
export function fractionAfter(scan: Scan, s: number, numer: number, p: number, writtenNumer: boolean): Num | null {
  const plural = numer !== 1;
  const d = denomAfter(scan, p, plural);
  if (!d) return null;
  if (!plural) {
    // "a third term", "one second": an ordinal unless what follows reads as a fraction.
    const n = tok(scan, d.e);
    if (n && n.kind === 'word' && !SINGULAR_FRACTION_AFTER.has(n.text.toLowerCase())) return null;
    if (n && n.kind === 'other' && n.text === '-') return null;
  }
  if (!writtenNumer && numer !== 1) return null;
  const num: Num = { ...emptyNum(s, d.e, numer / d.d), written: true, frac: true };
  return num;
}

/** "half a million", "half an hour", "more than half", "half of". */
export function halfAt(scan: Scan, t: Token): Num | null {
  const n = wordAt(scan, t.end);
  const nlo = n ? n.text.toLowerCase() : '';
  if (n && (nlo === 'a' || nlo === 'an')) {
    const n2 = wordAt(scan, n.end);
    const n2lo = n2 ? n2.text.toLowerCase() : '';
    const sc = n2lo === 'dozen' ? 12 : scaleWord(n2lo);
    if (n2 && sc !== undefined) return { ...emptyNum(t.start, n2.end, sc / 2), written: true, mult: sc };
    return { ...emptyNum(t.start, n.end, 0.5), written: true, frac: true, halfA: t.end };
  }
  if (scan.text.charCodeAt(t.end) === HYPHEN) return null;
  const before = wordBefore(scan, t.start).toLowerCase();
  if (HALF_NOT_AFTER.has(before)) return null;
  if (HALF_BEFORE.has(before) || HALF_AFTER.has(nlo)) return { ...emptyNum(t.start, t.end, 0.5), written: true, frac: true };
  return null;
}
