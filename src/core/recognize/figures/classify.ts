// Figures: what a number counts. After the number, in this order: a percent sign or word, a currency, a
// unit (glued, spaced, hyphenated, in brackets, an inch mark); else a fraction, a decade, a year or a count,
// unless what follows makes it part of a name ("4K", "one-time", "the 19 th century").
import type { UnitDef } from '../figures-lexicon';
import { DOUBLE_PRIME, DOUBLE_QUOTE, HS, HYPHEN, isIndent, isLetter, LINE_FEED, skipSpaces, SPACE, SPACE_RUN_RE } from './chars';
import { BARE_YEAR_MIN, LATEST_YEAR, OLDEST_YEAR } from './dates';
import { currencyAfter, priced, UNIT_ALT, UNIT_EXACT, UNIT_LOWER, UNIT_RE } from './money';
import { clusterEnd, type Fig, type Num, type Scan, tok, wordAt, wordBefore } from './tokens';

const PCT_RE = new RegExp(
  `${HS}*(?:-${HS}*)?(?:(percentage[ -]points?|percent(?:age)?[ -]pts?|pct\\.?[ -]points?)|(basis[ -]points?|bps|bp)|(%|per[ -]?cents?|percentages?|percents?|pct))(?![A-Za-z])`,
  'iy',
);

// "24-year-old", "24 years old", "18-year-olds".
const OLD_RE = new RegExp(`${HS}*-?${HS}*olds?(?![A-Za-z])`, 'iy');

/** Letters of the shortest unit name read after "of" ("days", "feet"); shorter ones are symbols ("km", "mph"). */
const UNIT_NAME_SHORTEST = 4;

/** Units an age is given in ("a six-month-old baby"). */
const AGE_UNITS = new Set(['year', 'month', 'week', 'day']);

const SIGN_WORD_RE = /^(?:minus|negative)/i;

/** Words after a written zero that keep it a count ("zero is", "fell to zero in"); before others it is an idea ("zero tolerance"). */
const ZERO_AFTER = new Set(['is', 'was', 'are', 'were', 'and', 'or', 'in', 'on', 'at', 'by', 'from', 'for', 'since', 'last', 'this']);

/** Words that make an older 4-digit number a year ("in 1788"). */
const YEAR_BEFORE = new Set(['in', 'since', 'by', 'from', 'until', 'till', 'of', 'during', 'before', 'after', 'circa', 'c']);

const ordinalSuffix = (n: number): string =>
  n % 100 >= 11 && n % 100 <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';

/** Characters around a number searched for a size's "x" ("1800 x 1920"): the sign, a digit and a few spaces. */
const TIMES_LOOK_AROUND = 8;

/** How far back on a line to count quote marks before a '"': further than any sentence, and a bound keeps it linear. */
const QUOTE_LOOK_BACK = 2000;

const TIMES_AFTER_RE = /^[ \t]*[x×][ \t]*\d/;

const TIMES_BEFORE_RE = /\d[ \t]*[x×][ \t]*$/;

// "20 (kg)", "20 [kg]": a unit symbol in brackets, as tables and specifications write it.
const BRACKET_UNIT_RE = new RegExp(`${HS}*(?:\\((${UNIT_ALT})\\)|\\[(${UNIT_ALT})\\]|\\{(${UNIT_ALT})\\}|<(${UNIT_ALT})>)`, 'iy');
/** BRACKET_UNIT_RE's opening: spaces, then a bracket. */
const BRACKET_OPENS_RE = new RegExp(`${HS}*[([{<]`, 'y');

/**
 * Whether a bracket opens after `p` and the spaces that follow it: BRACKET_UNIT_RE can match nowhere
 * else. Its four copies of every unit make it the largest pattern of the grammar, and a pattern is
 * compiled again, to machine code, once it has run a few times: asked after every number with no
 * unit, it held a woken worker for tens of milliseconds on the first page, for the odd bracket.
 */
function bracketAfter(text: string, p: number): boolean {
  BRACKET_OPENS_RE.lastIndex = p;
  return BRACKET_OPENS_RE.test(text);
}

/** The figure a number makes with what follows it; null when it is part of a name, with scan.skipTo past the name. */
export function classify(scan: Scan, num: Num): Fig | null {
  const { text } = scan;
  const e = num.e;

  PCT_RE.lastIndex = e;
  const pm = PCT_RE.exec(text);
  if (pm && !num.approx) {
    const unit = pm[1] ? 'pp' : pm[2] ? 'bp' : '%';
    return { kind: 'percent', v: num.v, unit, s: num.s, e: PCT_RE.lastIndex, num };
  }

  const cur = currencyAfter(scan, num);
  if (cur) return priced(scan, withMost({ kind: 'money', v: cur.v, unit: cur.iso, s: num.s, e: cur.e, num }));

  const u = unitAfter(scan, num);
  if (u) {
    if (u.def.kind === 'd') {
      OLD_RE.lastIndex = u.e;
      if (AGE_UNITS.has(u.def.unit) && OLD_RE.test(text)) {
        // "a 24-year-old striker", "she is 60 years old": an age, which is neither a span of time to set
        // beside "a 20-year contract" nor a count of what follows it; figures have no kind for it.
        scan.skipTo = OLD_RE.lastIndex;
        return null;
      }
      return withMost({ kind: 'duration', v: num.v, unit: u.def.unit, s: num.s, e: u.e, num });
    }
    return withMost({ kind: 'quantity', v: num.v, unit: u.def.unit, s: num.s, e: u.e, num });
  }

  if (num.halfA) return { kind: 'fraction', v: 0.5, s: num.s, e: num.halfA, num: { ...num, e: num.halfA } };
  if (num.approx) return withMost({ kind: 'count', v: num.v, s: num.s, e, num });
  const c = text.charCodeAt(e);
  // "4K", "5G", "3D": letters glued to the digits that are not a unit make a name.
  if (isLetter(c) && !num.written) {
    scan.skipTo = clusterEnd(scan, num.s);
    return null;
  }
  // "one-time", "2-door": a number used as an adjective for a thing we do not measure.
  if (c === HYPHEN && isLetter(text.charCodeAt(e + 1))) {
    // ...and "one-two punch": the whole hyphenated word.
    scan.skipTo = clusterEnd(scan, num.s);
    return null;
  }
  // "the 19 th century": a spaced ordinal suffix, as markup leaves "19<sup>th</sup>".
  if (num.plain && num.plain.length <= 3) {
    const w = wordAt(scan, e);
    if (w && w.text === ordinalSuffix(num.v) && !isLetter(text.charCodeAt(w.end))) {
      scan.skipTo = w.end;
      return null;
    }
  }
  if (num.frac) return { kind: 'fraction', v: num.v, s: num.s, e, num };
  if (num.decade) return { kind: 'date', v: num.v, unit: 'decade', s: num.s, e, num };
  if (
    num.plain &&
    num.plain.length === 4 &&
    num.v <= LATEST_YEAR &&
    !timesNear(scan, num) &&
    (num.v >= BARE_YEAR_MIN || (num.v >= OLDEST_YEAR && YEAR_BEFORE.has(wordBefore(scan, num.s).toLowerCase())))
  ) {
    return { kind: 'date', v: num.v, s: num.s, e, num };
  }
  if (num.written && (num.v === 1 || num.v === 0) && num.mult === 1 && !SIGN_WORD_RE.test(text.slice(num.s, num.s + 'negative'.length))) {
    // "one" on its own is a pronoun far more often than a count ("one of the", "no one"); "net zero" and
    // "zero tolerance" are ideas. A zero that ends a phrase ("fell to zero.") is a count.
    if (num.v === 1) return null;
    const n = tok(scan, e);
    if (
      wordBefore(scan, num.s).toLowerCase() === 'net' ||
      (n && n.kind === 'word' && !ZERO_AFTER.has(n.text.toLowerCase())) ||
      c === HYPHEN
    )
      return null;
  }
  return { kind: 'count', v: num.v, s: num.s, e, num };
}

/**
 * "hundreds of billions of dollars": the range the words stand for, from `value` to the most, in the
 * figure's unit (the ratio carries a sub-unit: "thousands of pence").
 */
function withMost(f: Fig): Fig {
  const num = f.num;
  if (!num || num.most === undefined || typeof f.v !== 'number' || num.v === 0) return f;
  return { ...f, vMax: Number(((num.most * f.v) / num.v).toPrecision(15)) };
}

/** "1800 x 1920": a side of a size, not a year. */
function timesNear(scan: Scan, num: Num): boolean {
  const { text } = scan;
  return (
    TIMES_AFTER_RE.test(text.slice(num.e, num.e + TIMES_LOOK_AROUND)) ||
    TIMES_BEFORE_RE.test(text.slice(Math.max(0, num.s - TIMES_LOOK_AROUND), num.s))
  );
}

function unitAfter(scan: Scan, num: Num): { def: UnitDef; e: number } | null {
  const { text } = scan;
  if (num.approx) return unitAfterOf(scan, num);
  UNIT_RE.lastIndex = num.e;
  const m = UNIT_RE.exec(text);
  if (!m) {
    const inch = inchMark(scan, num.e);
    if (inch > 0) return { def: UNIT_LOWER.get('inch')!.def, e: inch };
    if (!bracketAfter(text, num.e)) return null;
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

/** "thousands of tonnes", "millions of years": a unit spelled out after "of" (not a symbol: "tens of m"). */
function unitAfterOf(scan: Scan, num: Num): { def: UnitDef; e: number } | null {
  const of = wordAt(scan, num.e);
  if (!of || of.text.toLowerCase() !== 'of') return null;
  UNIT_RE.lastIndex = of.end;
  const m = UNIT_RE.exec(scan.text);
  const sep = m?.[1] ?? '';
  if (!m || sep === '' || sep.includes('-')) return null;
  // Spelled-out unit names only (UNIT_LOWER holds the words; its abbreviations are shorter than any name).
  const raw = m[2] ?? '';
  const hit = raw.length >= UNIT_NAME_SHORTEST ? UNIT_LOWER.get(raw.toLowerCase().replace(SPACE_RUN_RE, ' ')) : undefined;
  return hit ? { def: hit.def, e: UNIT_RE.lastIndex } : null;
}

/**
 * End of an inch mark after a number ('10"', '10 ″'), or -1. A straight double quote is an inch mark only
 * where it cannot be a quotation mark: a space or the end follows it, and it does not close a quote
 * opened earlier on the line.
 */
function inchMark(scan: Scan, p: number): number {
  const { text } = scan;
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
