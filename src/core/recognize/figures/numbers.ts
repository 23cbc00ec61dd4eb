// Figures: numbers in digits ("1,234.5", "3e6", "7bn") and in words ("one hundred and five").
import { DENOMS, GLUED_SCALES, PLURAL_SCALE_RANGES, PLURAL_SCALES, SCALE_WORDS, SMALL, TENS, UNICODE_FRACTIONS } from '../figures-lexicon';
import { CARET, COMMA, DOT, HS, HYPHEN, isDigit, isLetter, SLASH } from './chars';
import { andFraction, compoundFraction, fractionAfter, halfAt, mixedAfter } from './fractions';
import { addNumberWord, emptySum, OPEN_GROUP } from './number-words';
import { clusterEnd, digitsEnd, type Num, type Scan, tok, type Token, wordAt } from './tokens';

/** Characters of the longest number read, separators included ("1,234,567.89"); the longest in our corpora has 22. */
const LONGEST_NUMBER = 64;

/** Characters of the decimal part read after space-grouped thousands ("1 234.56"), so a long digit run costs little. */
const SPACED_DECIMALS_LONGEST = 20;

const WESTERN_RE = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

const INDIAN_RE = /^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$/;

/** "1.8.3", "10.15.7": a version. (Four pieces are an address, read piece by piece.) */
const DOTTED_CODE_RE = /^\d+\.\d+\.\d+$/;

const DECIMAL_RE = /^\d+(?:\.\d+)?$/;

const COMMA_DECIMAL_RE = /^\d+,\d{1,2}$/;

export const LETTERS_RE = /[A-Za-z]+/y;

const EXP_RE = /[eE]([+-]?\d{1,3})(?![A-Za-z\d])/y;

const POWER_RE = /\^([+-]*)(\d{1,3}(?:\.\d+)?)(?![\d.])/y;

// "1 234": the spaces typesetting puts between thousands; not a tab, which separates table cells.
const SPACE_GROUP_RE = /[ \u00a0\u202f\u2009](\d{3})(?![\d,]|\.\d+\.)/y;

const MIXED_FRACTION_RE = new RegExp(`${HS}+(\\d{1,2})/(\\d{1,3})(?![\\d/])`, 'y');

// "2.33 k", "1,674.5 G": a spaced scale letter, only where no word follows that it could be the unit of.
const SPACED_SCALE_RE = /[ \t]+([kKMG])[ \t]*(?=$|[\n\r.,;:!?)\]])/y;

const SPACED_SCALES: Readonly<Record<string, number>> = { k: 1e3, K: 1e3, M: 1e6, G: 1e9 };

const SLASH_RE = /\/(\d{1,4})(?![\d/])/y;

export const ORDINAL_RE = /^(?:st|nd|rd|th)$/i;

const DOZEN_WORDS = new Set(['dozen', 'dozens', 'doz', 'dozs', 'dzs']);

const GOOD_DENOMS = new Set([2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100]);

/** Multiply without binary noise: 8.2 * 1e9 is 8199999999.999999 in floating point. */
export const mul = (a: number, b: number): number => Number((a * b).toPrecision(15));

export function emptyNum(s: number, e: number, v: number): Num {
  return { v, s, e, mult: 1, written: false, plain: null, frac: false, approx: false, decade: false, halfA: 0 };
}

export function numberAt(scan: Scan, p: number, money: boolean): Num | null {
  const t = tok(scan, p);
  if (!t) return null;
  const { text } = scan;
  if (t.kind === 'other') {
    if (
      (t.text === '-' || t.text === '−') &&
      isDigit(text.charCodeAt(t.end)) &&
      !isDigit(text.charCodeAt(t.start - 1)) &&
      !isLetter(text.charCodeAt(t.start - 1))
    ) {
      const n = digitsAt(scan, t.end, money);
      if (!n) return null;
      return { ...n, v: -n.v, s: t.start };
    }
    if (t.text === '.' && isDigit(text.charCodeAt(t.end))) return digitsAt(scan, t.start, money);
    return null;
  }
  if (t.kind === 'digits') return digitsAt(scan, t.start, money);
  const lo = t.text.toLowerCase();
  if (lo === 'minus' || lo === 'negative') {
    const n = numberAt(scan, t.end, money);
    return n ? { ...n, v: -n.v, s: t.start } : null;
  }
  if (lo === 'half') return halfAt(scan, t);
  if (lo in PLURAL_SCALES) return pluralScaleAt(scan, t);
  return writtenAt(scan, t);
}

/** Digits with separators, decimals, exponent, fraction, glued and spoken scale. */
function digitsAt(scan: Scan, p: number, money: boolean): Num | null {
  const { text } = scan;
  let v: number;
  let e: number;
  let plain: string | null = null;
  let frac = false;
  if (text.charCodeAt(p) === DOT) {
    e = p + 1;
    while (isDigit(text.charCodeAt(e))) e++;
    if (e === p + 1) return null;
    if (e - p > LONGEST_NUMBER) {
      scan.skipTo = e;
      return null;
    }
    v = Number(`0.${text.slice(p + 1, e)}`);
  } else {
    if (!isDigit(text.charCodeAt(p))) return null;
    const pc = text.charCodeAt(p - 1);
    const runEnd = digitsEnd(scan, p);
    // The next piece of a list or dotted code whose first piece we already read; and a run longer
    // than any number ("1,1,1,…") is read like a list, piece by piece.
    if (((pc === COMMA || pc === DOT) && isDigit(text.charCodeAt(p - 2))) || runEnd - p > LONGEST_NUMBER) {
      let end = p + 1;
      while (isDigit(text.charCodeAt(end))) end++;
      // A run of digits longer than any number is none.
      if (end - p > LONGEST_NUMBER) {
        scan.skipTo = runEnd;
        return null;
      }
      const piece = text.slice(p, end);
      return { ...emptyNum(p, end, Number(piece)), plain: piece };
    }
    let raw = text.slice(p, runEnd);
    if (DECIMAL_RE.test(raw)) {
      if (!raw.includes('.')) plain = raw;
    } else if (WESTERN_RE.test(raw) || INDIAN_RE.test(raw)) {
      raw = raw.replace(/,/g, '');
    } else if (COMMA_DECIMAL_RE.test(raw)) {
      raw = raw.replace(',', '.');
    } else if (DOTTED_CODE_RE.test(raw)) {
      // A version ("1.8.3"): no figure in it.
      scan.skipTo = p + raw.length;
      return null;
    } else {
      // A list ("22,24,26") or an address ("192.168.1.2"): read the first piece only.
      const first = /^\d+/.exec(raw)?.[0] ?? raw;
      v = Number(first);
      return { ...emptyNum(p, p + first.length, v), plain: first };
    }
    v = Number(raw);
    e = runEnd;
    // "1 234 567": space as the thousands separator, only after a group of at most three digits.
    if (plain && plain.length <= 3) {
      let joined = plain;
      let q = e;
      for (;;) {
        SPACE_GROUP_RE.lastIndex = q;
        const g = SPACE_GROUP_RE.exec(text);
        if (!g || isLetter(text.charCodeAt(SPACE_GROUP_RE.lastIndex))) break;
        joined += g[1];
        q = SPACE_GROUP_RE.lastIndex;
      }
      if (q > e) {
        const dec = /^\.\d+/.exec(text.slice(q, q + SPACED_DECIMALS_LONGEST));
        if (dec) q += dec[0].length;
        v = Number(joined + (dec ? dec[0] : ''));
        e = q;
        plain = null;
      }
    }
  }
  EXP_RE.lastIndex = e;
  const ex = EXP_RE.exec(text);
  if (ex) {
    v = mul(v, 10 ** Number(ex[1]));
    e = EXP_RE.lastIndex;
    plain = null;
  }
  POWER_RE.lastIndex = e;
  const pw = text.charCodeAt(e) === CARET ? POWER_RE.exec(text) : null;
  if (pw) {
    const minuses = (pw[1] ?? '').split('-').length - 1;
    v = Number((v ** (Number(pw[2]) * (minuses % 2 ? -1 : 1))).toPrecision(15));
    e = POWER_RE.lastIndex;
    plain = null;
  }
  const uf = UNICODE_FRACTIONS[text[e] ?? ''];
  if (uf !== undefined) {
    v += uf;
    e += 1;
    plain = null;
  }
  if (plain) {
    MIXED_FRACTION_RE.lastIndex = e;
    const mf = MIXED_FRACTION_RE.exec(text);
    if (mf) {
      const n = Number(mf[1]);
      const d = Number(mf[2]);
      if (n < d && GOOD_DENOMS.has(d)) {
        v += n / d;
        e = MIXED_FRACTION_RE.lastIndex;
        plain = null;
      }
    } else if (text.charCodeAt(e) === SLASH) {
      SLASH_RE.lastIndex = e;
      const sl = SLASH_RE.exec(text);
      if (sl) {
        const d = Number(sl[1]);
        if (v >= 1 && v < d && GOOD_DENOMS.has(d)) {
          v /= d;
          e = SLASH_RE.lastIndex;
          plain = null;
          frac = true;
        } else {
          // "24/7", "9/11": not a fraction we can read.
          scan.skipTo = SLASH_RE.lastIndex;
          return null;
        }
      }
    }
  }
  const num: Num = { ...emptyNum(p, e, v), plain, frac };
  // Glued letters: a scale ("$449m", "10k"), a decade ("1990s"), an ordinal ("4th"); units are read later.
  LETTERS_RE.lastIndex = e;
  const lm = isLetter(text.charCodeAt(e)) ? LETTERS_RE.exec(text) : null;
  if (lm) {
    const w = lm[0];
    const sc = GLUED_SCALES.get(w);
    // "4790k" is a model number; people write "4,790k" or "4.8m" for amounts that large.
    if (sc && !sc[1] && !money && plain && plain.length >= 4) {
      scan.skipTo = clusterEnd(scan, p);
      return null;
    }
    if (sc && (money || !sc[1]) && !frac) {
      num.v = mul(num.v, sc[0]);
      num.mult = sc[0];
      num.e = e + w.length;
      num.plain = null;
      return num;
    }
    if (w === 's' && plain && plain.length === 4 && plain.endsWith('0')) {
      num.decade = true;
      num.e = e + 1;
      return num;
    }
    if (ORDINAL_RE.test(w)) {
      scan.skipTo = e + w.length;
      return null;
    }
    return num;
  }
  SPACED_SCALE_RE.lastIndex = e;
  const ss = frac ? null : SPACED_SCALE_RE.exec(text);
  // A capital after a bare small number is more likely a name or a grade ("5 G", "Grade 3 A"); "1,674.5 G" is not.
  if (ss && (ss[1] === 'k' || plain === null)) {
    const sc = SPACED_SCALES[ss[1] ?? '']!;
    num.v = mul(num.v, sc);
    num.mult = sc;
    num.e = e + ss[0].trimEnd().length;
    num.plain = null;
    return num;
  }
  if (!frac) spokenScale(scan, num);
  andFraction(scan, num);
  return num;
}

/** "2 million", "1,674.5 billion", "three lakh crore", "3 dozen". */
export function spokenScale(scan: Scan, num: Num): void {
  let lastScale = 0;
  for (;;) {
    const w = wordAt(scan, num.e);
    if (!w) return;
    const lo = w.text.toLowerCase();
    const sc = DOZEN_WORDS.has(lo) ? 12 : SCALE_WORDS[lo];
    if (sc === undefined || sc <= lastScale) return;
    if (lo === 'hundred' && lastScale) return;
    num.v = mul(num.v, sc);
    num.mult *= sc;
    num.e = w.end;
    num.plain = null;
    lastScale = sc;
  }
}

/** Spoken numbers: "twenty-one", "one hundred and six", "a dozen", "two-thirds", "nine point nought four". */
export function writtenAt(scan: Scan, first: Token): Num | null {
  const cf = compoundFraction(scan, first);
  if (cf) return cf;
  const { text } = scan;
  const sum = emptySum();
  let e = -1;
  let pos = first.start;
  let article = false;
  // What the last number words added since "hundred", a scale or "and": "three hundred and two dozen" is 324.
  let piece = 0;
  let pieceAfterAnd = 0;
  let afterAnd = false;
  for (;;) {
    const t = tok(scan, pos);
    if (!t) break;
    if (t.kind === 'other' && t.text === '-' && sum.last === 'tens') {
      const n = wordAt(scan, t.end);
      const nv = n ? SMALL[n.text.toLowerCase()] : undefined;
      if (nv !== undefined && nv > 0 && nv < 10) {
        pos = t.end;
        continue;
      }
      break;
    }
    if (t.kind !== 'word') break;
    const lo = t.text.toLowerCase();
    if ((lo === 'a' || lo === 'an') && sum.last === 'none') {
      const n = wordAt(scan, t.end);
      if (!n) break;
      const nlo = n.text.toLowerCase();
      if ((nlo in SCALE_WORDS && nlo.length > 3) || nlo === 'dozen' || nlo === 'decade' || nlo === 'century') {
        sum.cur = 1;
        piece = 1;
        sum.last = 'unit';
        article = true;
        e = t.end;
        pos = t.end;
        if (nlo === 'decade' || nlo === 'century') break;
        continue;
      }
      if (nlo in DENOMS || nlo in TENS) {
        const f = fractionAfter(scan, first.start, 1, t.end, false);
        return f;
      }
      break;
    }
    const before = sum.last;
    const added = addNumberWord(sum, lo);
    if (added !== null) {
      // A unit after a tens word joins its piece ("twenty-one"); "hundred" and scales close it.
      piece = sum.last === 'hundred' || sum.last === 'scale' ? 0 : before === 'tens' ? piece + added : added;
    } else if (DOZEN_WORDS.has(lo)) {
      // "two dozen": the piece counted twelve times, a scale that does not end the group.
      if (!OPEN_GROUP.has(sum.last)) break;
      sum.cur += piece * 11;
      piece = 0;
      sum.last = 'scale';
    } else if (lo === 'and' && (sum.last === 'hundred' || sum.last === 'scale')) {
      const n = wordAt(scan, t.end);
      const nlo = n ? n.text.toLowerCase() : '';
      if ((nlo in SMALL && nlo !== 'zero') || nlo in TENS) {
        pos = t.end;
        afterAnd = true;
        continue;
      }
      break;
    } else break;
    e = t.end;
    pos = t.end;
    pieceAfterAnd = afterAnd && sum.last !== 'hundred' && sum.last !== 'scale' ? piece : 0;
  }
  if (e < 0) return null;
  let v = sum.total + sum.cur;
  // "two hundred point zero three", "point seventy-one"
  const pt = wordAt(scan, e);
  if (pt && pt.text.toLowerCase() === 'point' && !article) {
    let digits = '';
    let q = pt.end;
    for (;;) {
      const w = wordAt(scan, q);
      if (!w) break;
      const wl = w.text.toLowerCase();
      const sv = SMALL[wl];
      const tv = TENS[wl];
      if (sv !== undefined) {
        digits += String(sv);
        q = w.end;
      } else if (tv !== undefined) {
        const unit = peekSmall(scan, w.end);
        digits += String(tv / 10) + (unit ? unit.v : '0');
        q = unit ? unit.e : w.end;
      } else break;
    }
    if (digits) {
      v += Number(`0.${digits}`);
      e = q;
    }
  }
  const num: Num = { ...emptyNum(first.start, e, v), written: true };
  if (Number.isInteger(v) && (!article || v > 1)) {
    const f =
      pieceAfterAnd > 0 && pieceAfterAnd < 10
        ? mixedAfter(scan, first.start, v - pieceAfterAnd, pieceAfterAnd, e)
        : fractionAfter(scan, first.start, v, e, true);
    if (f) return f;
  }
  if (text.charCodeAt(e) !== HYPHEN || v !== 1 || article) andFraction(scan, num);
  if (article && num.v === 1 && !wordAt(scan, e)) return null;
  num.mult = v >= 100 && sum.total + sum.cur === v ? scaleOf(v) : 1;
  return num;
}

/** A digit word 1-9 after a tens word, with or without a hyphen ("seventy-one"). */
function peekSmall(scan: Scan, p: number): { v: string; e: number } | null {
  let t = tok(scan, p);
  if (t && t.text === '-') t = tok(scan, t.end);
  if (!t || t.kind !== 'word') return null;
  const s = SMALL[t.text.toLowerCase()];
  return s !== undefined && s > 0 && s < 10 ? { v: String(s), e: t.end } : null;
}

/** Largest power-of-1000 scale a spoken number ends in, so "two million" shares its scale in ranges. */
function scaleOf(v: number): number {
  for (const sc of [1e12, 1e9, 1e6, 1e3]) if (v % sc === 0) return sc;
  return 1;
}

/**
 * "hundreds of billions", "tens of thousands", "millions": only before "of". A range, not one number: from
 * the least to the most the first word stands for, in units of the scales after it (100 to 999 billion).
 */
function pluralScaleAt(scan: Scan, t: Token): Num | null {
  let [v, most] = PLURAL_SCALE_RANGES[t.text.toLowerCase()]!;
  let e = t.end;
  for (;;) {
    const of = wordAt(scan, e);
    if (!of || of.text.toLowerCase() !== 'of') break;
    const n = wordAt(scan, of.end);
    const sc = n ? PLURAL_SCALES[n.text.toLowerCase()] : undefined;
    if (!n || sc === undefined || sc < 1000) break;
    v *= sc;
    most *= sc;
    e = n.end;
  }
  const of = wordAt(scan, e);
  if (e === t.end && (!of || of.text.toLowerCase() !== 'of' || t.text.toLowerCase() === 'tens')) return null;
  return { ...emptyNum(t.start, e, v), written: true, approx: true, most, mult: v };
}
