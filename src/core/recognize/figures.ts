// Figures in article text: money, percentages, counts, quantities, dates, durations, fractions, ranges.
//
// One left-to-right pass. A single precompiled regex finds the next place a figure can start (a digit,
// a currency sign, a number word, a month); from there a small hand-written grammar reads tokens on
// demand and either returns a figure or says how far to skip. Every regex is anchored (sticky) or a
// plain alternation, so the cost is linear in the text and there is nothing to backtrack into.
import type { FigureKind, FigureMention, UnitMention } from '../types';
import {
  CURRENCY_QUALIFIERS,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DENOMS,
  DOLLAR_PREFIXES,
  GLUED_SCALES,
  ISO_CODES,
  MONTHS,
  NOT_NAME_WORDS,
  PLURAL_SCALES,
  PRICE_A_UNITS,
  SCALE_WORDS,
  SMALL,
  TENS,
  UNICODE_FRACTIONS,
  UNITS,
  currencyStem,
  type UnitDef,
} from './figures-lexicon';
import { Pace, whole, type Sliced } from './pace';

/** Characters of the longest number read, separators included ("1,234,567.89"); the longest in our corpora has 22. */
const LONGEST_NUMBER = 64;

/** Work, in Pace units, of reading the figure at one anchor and of checking one unit name. */
const ANCHOR_COST = 10;
const UNIT_NAME_COST = 2;

/** Figure mentions sorted by start, non-overlapping; `text === input.slice(start, end)`. */
export function recognizeFigures(text: string): FigureMention[] {
  return whole(figuresPass(text, new Pace()));
}

/** recognizeFigures() as a sliced pass. */
export function figuresPass(text: string, pace: Pace): Sliced<FigureMention[]> {
  return new Scanner(text).run(pace);
}

/**
 * Unit names standing alone, outside the given figures: "mcg", "a metric ton", "per gramme", "the dollar".
 * They get a mark of their own (kind 'unit') whose card says what the unit is. Words that are mostly
 * something else in prose ("won", "feet", "pound", "degree", "second") are left out, and so are ISO codes
 * that are also common words or names in news ("PHP" the language, "TRY", "ALL").
 */
export function recognizeUnitNames(text: string, figures: readonly FigureMention[] = recognizeFigures(text)): UnitMention[] {
  return whole(unitNamesPass(text, figures, new Pace()));
}

/** recognizeUnitNames() as a sliced pass. */
export function* unitNamesPass(text: string, figures: readonly FigureMention[], pace: Pace): Sliced<UnitMention[]> {
  const out: UnitMention[] = [];
  const re = new RegExp(UNIT_NAME_RE.source, UNIT_NAME_RE.flags);
  let k = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (pace.spend(UNIT_NAME_COST)) yield;
    let start = m.index;
    const end = start + m[0].length;
    while (k < figures.length && figures[k]!.end <= start) k++;
    if (k < figures.length && figures[k]!.start < end) continue;
    const raw = m[0];
    if (AMBIGUOUS_CODES.has(raw)) continue;
    const before = text.slice(Math.max(0, start - 24), start);
    const after = text.slice(end, end + 12);
    const word = !/^[A-Z]{3}$/.test(raw);
    // "Dollar General", "Euro Disney", "Bucket of Bytes": a capitalised unit word is part of a name unless
    // it only starts a sentence; even then not when another capitalised word follows.
    if (word && /^[A-Z][a-z]/.test(raw) && (CAPITALISED_NEXT_RE.test(after) || MID_SENTENCE_RE.test(before))) continue;
    if (word && figureOfSpeech(raw, before, after)) continue;
    const lo = raw.toLowerCase().replace(/\s+/g, ' ');
    if (ISO_CODES.has(raw)) {
      out.push({ text: raw, measure: 'money', unit: raw === 'RMB' ? 'CNY' : raw, start, end });
      continue;
    }
    const cw = CURRENCY_WORDS[lo];
    if (cw) {
      // "the New Zealand dollar" is NZD, named by its qualifier, which the mark takes in.
      let iso = cw.iso;
      const q = QUALIFIER_RE.exec(before);
      // Qualifiers are proper adjectives: "US dollars", never "cost us dollars".
      const qIso =
        q && /^[A-Z]/.test(q[1]!) && q[1] !== 'Us'
          ? CURRENCY_QUALIFIERS[q[1]!.toLowerCase().replace(/\s+/g, ' ')]?.[currencyStem(lo)]
          : undefined;
      if (q && qIso) {
        iso = qIso;
        start -= q[0].length;
      } else if (word && CAPITALISED_BEFORE_RE.test(before)) continue;
      out.push({ text: text.slice(start, end), measure: 'money', unit: iso, start, end });
      continue;
    }
    const def = UNIT_LOWER.get(lo)?.def;
    if (def) out.push({ text: raw, measure: 'quantity', unit: def.unit, start, end });
  }
  return out;
}

/** Not a unit but an idiom: "by a mile", "tons of ice", "byte for byte" (either "byte"). */
function figureOfSpeech(raw: string, before: string, after: string): boolean {
  return (
    IDIOM_BEFORE_RE.test(before) ||
    VAGUE_PLURAL_RE.test(raw + after) ||
    REPEATED_RE.test(raw + after) ||
    REPEATED_RE.test(before.slice(-raw.length - ' for '.length) + raw)
  );
}

// ---------------------------------------------------------------------------------------------
// Compiled once.

const HS = '[ \\t\\u00a0\\u2009\\u202f]'; // horizontal space: figures never run across a line break

const WESTERN_RE = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const INDIAN_RE = /^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$/;
const TIMES_AFTER_RE = /^[ \t]*[x×][ \t]*\d/;
const TIMES_BEFORE_RE = /\d[ \t]*[x×][ \t]*$/;
/** "1.8.3", "10.15.7": a version. (Four pieces are an address, read piece by piece.) */
const DOTTED_CODE_RE = /^\d+\.\d+\.\d+$/;
const DECIMAL_RE = /^\d+(?:\.\d+)?$/;
const COMMA_DECIMAL_RE = /^\d+,\d{1,2}$/;
const LETTERS_RE = /[A-Za-z]+/y;
const EXP_RE = /[eE]([+-]?\d{1,3})(?![A-Za-z\d])/y;
const POWER_RE = /\^([+-]*)(\d{1,3}(?:\.\d+)?)(?![\d.])/y;
const SPACE_GROUP_RE = /[ \u00a0\u202f\u2009](\d{3})(?![\d,]|\.\d+\.)/y;
const MIXED_FRACTION_RE = new RegExp(`${HS}+(\\d{1,2})/(\\d{1,3})(?![\\d/])`, 'y');
// "2.33 k", "1,674.5 G": a spaced scale letter, only where no word follows that it could be the unit of.
const SPACED_SCALE_RE = /[ \t]+([kKMG])[ \t]*(?=$|[\n\r.,;:!?)\]])/y;
const SPACED_SCALES: Readonly<Record<string, number>> = { k: 1e3, K: 1e3, M: 1e6, G: 1e9 };
const SLASH_RE = /\/(\d{1,4})(?![\d/])/y;
const PICOMETRE_RE = /\bpicomet(?:re|er)s?\b/i;
const BARE_PM_RE = /^(\d{1,2})[ \t]*pm$/i;
const TIME_RE = /\d{1,2}(?::\d{2}){1,2}(?:[+-]\d{2}(?::?\d{2})?|[ \t]*[ap]\.?m\b\.?)?|\d{1,2}[ \t]*[ap]\.?m\.?(?![A-Za-z])/iy;
const ISO_DATE_RE = /(\d{4})-(\d{2})-(\d{2})(?!\d)/y;
const SLASH_DATE_RE = /(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/y;
const YEAR_RANGE_RE = new RegExp(`(\\d{4})${HS}*[-–—/]${HS}*(\\d{4}|\\d{2})(?![\\d%])`, 'y');
const LIST_ITEM_RE = /\d{1,3}[.)][ \t]+|\d{1,3}(?:\.\d{1,2})+[ \t]+(?=[A-Z])/y;
const ORDINAL_RE = /^(?:st|nd|rd|th)$/i;
const PCT_RE = new RegExp(
  `${HS}*(?:-${HS}*)?(?:(percentage[ -]points?|percent(?:age)?[ -]pts?|pct\\.?[ -]points?)|(basis[ -]points?|bps|bp)|(%|per[ -]?cents?|percentages?|percents?|pct))(?![A-Za-z])`,
  'iy',
);
const RANGE_RE = new RegExp(`${HS}*(?:(-|–|—)|(to|and|or)(?![A-Za-z]))${HS}*`, 'iy');

/** Unit names longest first so "square feet" wins over "feet" and "kWh" over "kW". */
interface UnitHit {
  def: UnitDef;
  /** Must be glued to the number. */
  gluedOnly: boolean;
}
const UNIT_EXACT = new Map<string, UnitHit>();
const UNIT_LOWER = new Map<string, UnitHit>();
const unitAlternatives: string[] = [];
for (const def of UNITS) {
  for (const w of def.words) UNIT_LOWER.set(w.replace(/\s+/g, ' '), { def, gluedOnly: false });
  for (const s of def.symbols ?? []) UNIT_EXACT.set(s, { def, gluedOnly: false });
  for (const s of def.glued ?? []) UNIT_EXACT.set(s, { def, gluedOnly: true });
  unitAlternatives.push(...def.words, ...(def.symbols ?? []), ...(def.glued ?? []));
}
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, `${HS}+`);
const UNIT_ALT = [...new Set(unitAlternatives)]
  .sort((a, b) => b.length - a.length)
  .map(escapeRe)
  .join('|');
// Group 1 is the separator (empty when glued), group 2 the unit.
const UNIT_RE = new RegExp(`(${HS}*-${HS}*|${HS}*)(${UNIT_ALT})(?![A-Za-z0-9²³])`, 'iy');
// Bare unit names (recognizeUnitNames).
const CAPITALISED_NEXT_RE = /^[ \t\u00a0]+[A-Z]/;
// Text before a word that does not start a sentence.
const MID_SENTENCE_RE = /[A-Za-z0-9,;:\u2019'"“”)-][ \t\u00a0]+$/;
const REPEATED_RE = /^([a-z]+)[ -]for[ -]\1\b/i;
// A capitalised word right before, not at a sentence start: "Ninety Mile", "Kiwi dollar", "Cook Islands dollar".
const CAPITALISED_BEFORE_RE = /[a-z,;]["“]?[ \t\u00a0]+["“]?[A-Z][A-Za-z]*[ \t\u00a0]+["“]?$/;
const IDIOM_BEFORE_RE = /\b(?:by|miss(?:ed)?|win|won|wins) an?[ \t\u00a0]+$/i;
const VAGUE_PLURAL_RE = /^[a-z]+s[ \t\u00a0]+of\b/;
const QUALIFIER_RE = new RegExp(
  `(?<![A-Za-z.])(${Object.keys(CURRENCY_QUALIFIERS)
    .sort((a, b) => b.length - a.length)
    .map((q) => q.replace(/[.]/g, '\\.').replace(/ /g, '[ \\t\\u00a0]+'))
    .join('|')})[ \t\u00a0]+$`,
  'i',
);
/** ISO codes that, standing alone, are far more often a word or a name: PHP the language, "TRY", "ALL". */
const AMBIGUOUS_CODES = new Set(['PHP', 'TRY', 'ARS', 'COP', 'CUP', 'ALL', 'TOP', 'MOP', 'BAM', 'SOS', 'GEL']);
const NOT_UNIT_NAMES = new Set([
  'won',
  'sterling',
  'barrel',
  'barrels',
  'rand',
  'dong',
  'pound',
  'pounds',
  'feet',
  'foot',
  'yard',
  'yards',
  'degree',
  'degrees',
  'bit',
  'bits',
  'kilo',
  'kilos',
  'gal',
  'inch',
  'second',
  'knot',
  'knots',
  'celsius',
  'fahrenheit',
]);
const UNIT_NAME_RE = new RegExp(
  `\\b(?:${[
    ...Object.keys(CURRENCY_WORDS).filter((w) => !CURRENCY_WORDS[w]!.sub && !CURRENCY_WORDS[w]!.weak),
    ...UNITS.filter((d) => d.kind === 'q').flatMap((d) => d.words),
  ]
    .filter((w) => w.length >= 3 && /^[a-z ]+$/.test(w) && !NOT_UNIT_NAMES.has(w))
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|')})\\b(?!-)|\\b(?:${[...ISO_CODES].join('|')})\\b`,
  'gi',
);
// "20 (kg)", "20 [kg]": a unit symbol in brackets, as tables and specifications write it.
const BRACKET_UNIT_RE = new RegExp(`${HS}*(?:\\((${UNIT_ALT})\\)|\\[(${UNIT_ALT})\\]|\\{(${UNIT_ALT})\\}|<(${UNIT_ALT})>)`, 'iy');
const PER_RE = new RegExp(`(?:${HS}*(per|an?)${HS}+|${HS}*/${HS}*)(${UNIT_ALT})(?![A-Za-z0-9²³])`, 'iy');
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
const CURRENCY_SYMBOL_CLASS = Object.keys(CURRENCY_SYMBOLS)
  .filter((s) => s.length === 1)
  .map((s) => s.replace(/[$]/, '\\$'))
  .join('');
const ANCHOR_RE = new RegExp(`\\d|\\.\\d|[-−]${HS}*\\d|[${CURRENCY_SYMBOL_CLASS}]|\\bFY(?=${HS}?\\d)|\\b(?:${ANCHOR_WORDS})\\b`, 'gi');

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
const NAME_ABBREVIATIONS = new Set(['No', 'Nos', 'Vol', 'Fig', 'Art', 'Ch', 'Sec', 'Ex', 'Pt']);
const ZERO_AFTER = new Set(['is', 'was', 'are', 'were', 'and', 'or', 'in', 'on', 'at', 'by', 'from', 'for', 'since', 'last', 'this']);
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
const VIDEO_LINES = new Set([144, 240, 360, 480, 576, 720]);
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
/** Words that make an older 4-digit number a year ("in 1788"). */
const YEAR_BEFORE = new Set(['in', 'since', 'by', 'from', 'until', 'till', 'of', 'during', 'before', 'after', 'circa', 'c']);
const DOZEN_WORDS = new Set(['dozen', 'dozens', 'doz', 'dozs', 'dzs']);
const GOOD_DENOMS = new Set([2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100]);

/** Cardinal spelling of an ordinal's value, for reading "thirty-fifth" as thirty five. */
const CARDINAL_OF = new Map<number, string>([
  ...Object.entries(SMALL).map(([w, v]) => [v, w] as [number, string]),
  ...Object.entries(TENS).map(([w, v]) => [v, w] as [number, string]),
  [100, 'hundred'],
  [1e3, 'thousand'],
  [1e6, 'million'],
  [1e9, 'billion'],
  [1e12, 'trillion'],
]);

/** A fraction denominator word ("fifths", "hundredth"; "first" only inside a compound). Not "second". */
function ordinalWord(lo: string): { d: number; card: string | null; plural: boolean } | null {
  const d = DENOMS[lo] ?? (lo === 'first' ? 1 : undefined);
  if (d === undefined) return null;
  const compound = lo !== 'half' && lo !== 'quarter' && lo !== 'quarters';
  return { d, card: compound ? (CARDINAL_OF.get(d) ?? null) : null, plural: lo.endsWith('s') };
}

/** Value of a list of number words ("one hundred and five"), or null when they do not make one number. */
function wordsValue(ws: readonly string[]): number | null {
  let total = 0;
  let cur = 0;
  let last = 0; // as in writtenAt: 1 unit, 2 teen, 3 tens, 4 hundred, 5 scale
  let lastScale = Infinity;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const sv = SMALL[w];
    const tv = TENS[w];
    const sc = w.length > 3 ? SCALE_WORDS[w] : undefined;
    if (w === 'and') {
      // "one hundred and five", and in spoken mixed numbers "twenty and three".
      const nv = SMALL[ws[i + 1] ?? ''];
      if (!(last === 4 || last === 5 || (last === 3 && nv !== undefined && nv > 0 && nv < 10))) return null;
      continue;
    }
    if (sv !== undefined) {
      if (sv < 10 ? !(last === 0 || last === 3 || last === 4 || last === 5) : !(last === 0 || last === 4 || last === 5)) return null;
      if (sv === 0 && ws.length > 1) return null;
      cur += sv;
      last = sv < 10 ? 1 : 2;
    } else if (tv !== undefined) {
      if (!(last === 0 || last === 4 || last === 5)) return null;
      cur += tv;
      last = 3;
    } else if (w === 'hundred') {
      if (!(last === 1 || last === 2 || last === 3)) return null;
      cur = (cur % 100) * 100 + (cur - (cur % 100));
      last = 4;
    } else if (sc !== undefined) {
      if (!(last >= 1 && last <= 4) && !(last === 5 && sc > lastScale)) return null;
      if (sc < lastScale) total += cur * sc;
      else total = (total + cur) * sc;
      cur = 0;
      lastScale = sc;
      last = 5;
    } else return null;
  }
  return last === 0 ? null : total + cur;
}

// ---------------------------------------------------------------------------------------------

interface Tok {
  /** 0 digits, 1 word, 2 other character. */
  k: 0 | 1 | 2;
  s: number;
  e: number;
  t: string;
}

interface Num {
  v: number;
  s: number;
  e: number;
  /** Product of the scale words applied ("7 billion" -> 1e9). */
  mult: number;
  written: boolean;
  /** The digits when the number is a plain integer with no separators ("2030"). */
  plain: string | null;
  frac: boolean;
  /** "hundreds of billions": a lower bound, and "of" may come before the currency. */
  approx: boolean;
  decade: boolean;
  /** "half a ...": when nothing measurable follows, the figure is just "half". */
  halfA: number;
}

interface Fig {
  kind: FigureKind;
  v: number | string;
  vMax?: number | string;
  unit?: string;
  s: number;
  e: number;
  num: Num | null;
}

interface Step {
  fig: Fig | null;
  /** Where scanning resumes when `fig` is null. */
  end: number;
}

/** Multiply without binary noise: 8.2 * 1e9 is 8199999999.999999 in floating point. */
const mul = (a: number, b: number): number => Number((a * b).toPrecision(15));
const ordinalSuffix = (n: number): string =>
  n % 100 >= 11 && n % 100 <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
/** HS: figures never run across a line break. */
const isHSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f;
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

class Scanner {
  private readonly text: string;
  /** Set by parsers that recognise a non-figure (a time, a name) to say how far to skip. */
  private skipTo = -1;
  /** The digit run digitsEnd() read last: [runFrom, runTo). */
  private runFrom = 0;
  private runTo = 0;

  /**
   * "2 pm" is a time in news, unless the same text talks about picometres: then it is the unit, read the
   * same way throughout the document, as a reader who has just seen "picometre" would.
   */
  private readonly picometres: boolean;

  constructor(text: string) {
    this.text = text;
    this.picometres = PICOMETRE_RE.test(text);
  }

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

  // ---- tokens ----

  /**
   * The token at p after horizontal space: digits with their separators ("1,234.5"), letters, or one
   * other character. By hand, not by a sticky regex: the digit group is read from every piece of a
   * list ("22,24,26"), and re-reading the rest of the run from each piece made "1,1,1,…" quadratic.
   */
  private tok(p: number): Tok | null {
    const { text } = this;
    let s = p;
    while (isHSpace(text.charCodeAt(s))) s++;
    if (s >= text.length) return null;
    const c = text.charCodeAt(s);
    let e = s + 1;
    let k: Tok['k'] = 2;
    if (isDigit(c)) {
      k = 0;
      e = this.digitsEnd(s);
    } else if (isLetter(c)) {
      k = 1;
      while (isLetter(text.charCodeAt(e))) e++;
    }
    return { k, s, e, t: text.slice(s, e) };
  }

  /**
   * End of the digits and separators at p (`\d+(?:[.,]\d+)*`), p itself when no digit is there. Every
   * digit of one run ends where the run ends, so the last run read is remembered and a later piece of
   * it costs nothing.
   */
  private digitsEnd(p: number): number {
    const { text } = this;
    if (!isDigit(text.charCodeAt(p))) return p;
    if (p >= this.runFrom && p < this.runTo) return this.runTo;
    let e = p;
    for (;;) {
      while (isDigit(text.charCodeAt(e))) e++;
      const c = text.charCodeAt(e);
      if ((c === 44 || c === 46) && isDigit(text.charCodeAt(e + 1))) e++;
      else break;
    }
    this.runFrom = p;
    this.runTo = e;
    return e;
  }

  private wordAt(p: number): Tok | null {
    const t = this.tok(p);
    return t && t.k === 1 ? t : null;
  }

  /** End of the letters-and-digits cluster at p ("H100s", "GPT-4o"), for skipping names. */
  private clusterEnd(p: number): number {
    const { text } = this;
    let i = p;
    for (;;) {
      while (i < text.length && (isDigit(text.charCodeAt(i)) || isLetter(text.charCodeAt(i)))) i++;
      const c = text.charCodeAt(i);
      const n = text.charCodeAt(i + 1);
      if ((c === 45 || c === 46 || c === 44 || c === 47) && (isDigit(n) || isLetter(n))) i++;
      else return i;
    }
  }

  /** The word ending right before p on the same line (skipping spaces), or ''. */
  private wordBefore(p: number): string {
    const { text } = this;
    let j = p - 1;
    while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 0xa0)) j--;
    const end = j + 1;
    while (j >= 0 && isLetter(text.charCodeAt(j))) j--;
    return text.slice(j + 1, end);
  }

  /** "Windows 11", "Hornsea 4", "No. 5": the number right after is part of a name. */
  private nameBefore(p: number): boolean {
    const { text } = this;
    let j = p - 1;
    while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 0xa0)) j--;
    if (j === p - 1) return false; // glued: handled elsewhere
    if (text.charCodeAt(j) === 46) {
      const w = this.wordBefore(j);
      return NAME_ABBREVIATIONS.has(w);
    }
    const w = this.wordBefore(p);
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

  // ---- dispatch ----

  private figureAt(a: number, anchor: string): Step {
    const { text } = this;
    const c = text.charCodeAt(a);
    const skipAnchor = a + anchor.length;

    if (isDigit(c)) {
      const prev = text.charCodeAt(a - 1);
      // "H100", "A320": digits glued to letters; "GPT-4", "COVID-19", "F-35": hyphen-joined to a name.
      if (isLetter(prev) || prev === 35 /* # */ || prev === 47 /* / */ || prev === 95 /* _ */)
        return { fig: null, end: this.clusterEnd(a) };
      // "in ’91": a clipped year, too ambiguous to date.
      if (
        (prev === 0x2019 || prev === 39) &&
        isDigit(text.charCodeAt(a + 1)) &&
        !isDigit(text.charCodeAt(a + 2)) &&
        !isLetter(text.charCodeAt(a - 2))
      ) {
        return { fig: null, end: a + 2 };
      }
      if (prev === 45 && a >= 2) {
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
      if (prev === 91 /* [ */) {
        const end = this.digitsEnd(a);
        if (text.charCodeAt(end) === 93) return { fig: null, end };
      }
      const d = this.dateAtDigits(a);
      if (d) return { fig: d, end: d.e };
    } else if (c === 46 || c === 45 || c === 0x2212) {
      // ".25", "-1": a leading dot or minus only when not the tail of another number or a word.
      const prev = text.charCodeAt(a - 1);
      if (isDigit(prev) || isLetter(prev) || prev === 45 || prev === 46) return { fig: null, end: a + 1 };
      if (!isDigit(text.charCodeAt(a + 1)) && c !== 46) return this.spacedSign(a);
    } else if (isLetter(c)) {
      const w = this.wordAt(a);
      if (!w) return { fig: null, end: skipAnchor };
      const lo = w.t.toLowerCase();
      if (isUpper(c) && (lo in SMALL || lo in TENS) && !this.sentenceStart(a)) {
        // "Ninety Mile Beach", "the Nine Network": a capitalised number inside a sentence before another
        // capitalised word is part of a name.
        const n = this.wordAt(w.e);
        const nlo = n ? n.t.toLowerCase() : '';
        if (n && isUpper(n.t.charCodeAt(0)) && !(nlo in SCALE_WORDS) && !(nlo in MONTHS) && !(nlo in DENOMS))
          return { fig: null, end: n.e };
      }
      if (lo in MONTHS) {
        const d = this.dateAtMonth(w);
        if (d) return { fig: d, end: d.e };
        if (!(lo in SMALL)) return { fig: null, end: w.e };
      }
      if (lo === 'fiscal' || w.t === 'FY') {
        const d = this.fiscalYear(w);
        return { fig: d, end: d ? d.e : w.e };
      }
      if (lo === 'percent' || lo === 'percents' || lo === 'per') return this.percentOf(w);
      if (/^[A-Z]{3}$/.test(w.t) || w.t === 'Rs') {
        if (!ISO_CODES.has(w.t) && w.t !== 'Rs') return { fig: null, end: w.e };
      } else if (ISO_CODES.has(w.t.toUpperCase()) && !(lo in SMALL) && !(lo in TENS)) {
        return { fig: null, end: w.e };
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
  private spacedSign(a: number): Step {
    const { text } = this;
    let j = a - 1;
    while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--;
    if (j >= 0 && text.charCodeAt(j) !== 10) return { fig: null, end: a + 1 };
    let p = a + 1;
    while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9) p++;
    const f = this.simpleAt(p);
    if (!f || !f.num || typeof f.v !== 'number' || f.kind === 'date') return { fig: null, end: p };
    let q = f.e;
    while (q < text.length && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9 || text.charCodeAt(q) === 13)) q++;
    if (q < text.length && text.charCodeAt(q) !== 10) return { fig: null, end: p };
    return { fig: { ...f, v: -f.v, s: a }, end: f.e };
  }

  /** Nothing but sentence punctuation or an opening mark between p and the previous word. */
  private sentenceStart(p: number): boolean {
    const { text } = this;
    let j = p - 1;
    while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 0xa0 || text.charCodeAt(j) === 9)) j--;
    return j < 0 || !(isLetter(text.charCodeAt(j)) || isDigit(text.charCodeAt(j)) || text.charCodeAt(j) === 44);
  }

  private isListItem(a: number): boolean {
    const { text } = this;
    let j = a - 1;
    while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--;
    if (j >= 0 && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13) return false;
    LIST_ITEM_RE.lastIndex = a;
    return LIST_ITEM_RE.test(text);
  }

  // ---- ranges ----

  private rangeAfter(first: Fig): Step {
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
      let v = lo.v as number;
      if (lo.num!.mult === 1 && hi.num!.mult > 1 && v * hi.num!.mult <= (hi.v as number)) v = mul(v, hi.num!.mult);
      if (hi.kind === 'money' && hi.num!.written !== lo.num!.written && !lo.num!.written) {
        // "$5-7 billion" keeps the scale on both; nothing more to do.
      }
      lo = { ...lo, kind: hi.kind, v, unit: hi.unit };
    } else if (hi.kind === 'count' && lo.kind !== 'count' && !hi.num!.approx) {
      // "$5-7 billion": the money sign is on the first number, the scale on the second.
      let v = lo.v as number;
      if (lo.num!.mult === 1 && hi.num!.mult > 1 && v * hi.num!.mult <= (hi.v as number)) v = mul(v, hi.num!.mult);
      if (lo.kind === 'money' && hi.num!.mult > 1 && lo.num!.mult === 1 && v === lo.v) {
        // No scale to share.
      }
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

  private simpleAt(a: number): Fig | null {
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
  private outOf(num: Num): Fig | null {
    if (num.mult !== 1 || num.frac || num.approx || !Number.isInteger(num.v) || num.v === 0) return null;
    const w = this.wordAt(num.e);
    if (!w) return null;
    const lo = w.t.toLowerCase();
    let p = w.e;
    if (lo === 'out') {
      const of = this.wordAt(p);
      if (!of || of.t.toLowerCase() !== 'of') return null;
      p = of.e;
    } else if (lo !== 'in' && lo !== 'over') return null;
    const den = this.numberAt(p, false);
    if (!den || den.mult !== 1 || den.frac || !Number.isInteger(den.v) || den.v < 1) return null;
    // A share is less than the whole; "over" may divide anything, but only with nothing after it to count
    // ("won 3 over 2 rounds"), and "in"/"out of" never take a sign.
    const next = this.tok(den.e);
    const over = lo === 'over' && (!next || (next.k === 2 && '.,;:!?)\n\r'.includes(next.t)));
    if (!over && (den.v <= num.v || num.v < 0)) return null;
    if (lo !== 'out' && (den.v > 1000 || !(den.written || den.plain))) return null;
    // "1 in 10 minutes", "2 in 3 years": the second number measures something else.
    const after = this.classify(den);
    if (!after || after.kind !== 'count') return null;
    return { kind: 'fraction', v: num.v / den.v, s: num.s, e: den.e, num: { ...num, frac: true, e: den.e } };
  }

  /** "$", "US$", "C $", "HK$", "£", "USD", "Rs." in front of a number. */
  private moneyPrefixAt(a: number): { iso: string; s: number; e: number } | null {
    const { text } = this;
    const ch = text[a] ?? '';
    let iso = CURRENCY_SYMBOLS[ch];
    let s = a;
    let e = a + 1;
    if (iso) {
      if (ch === '$') {
        const pre = this.dollarPrefix(a);
        if (pre) {
          iso = pre.iso;
          s = pre.s;
        }
      }
    } else {
      const w = this.wordAt(a);
      if (!w) return null;
      if (w.t === 'Rs') {
        iso = 'INR';
        e = text.charCodeAt(w.e) === 46 ? w.e + 1 : w.e;
      } else if (ISO_CODES.has(w.t)) {
        iso = w.t === 'RMB' ? 'CNY' : w.t;
        e = w.e;
      } else return null;
    }
    const n = this.tok(e);
    if (
      !n ||
      !(
        n.k === 0 ||
        (n.k === 1 && (n.t.toLowerCase() in SMALL || n.t.toLowerCase() in TENS || n.t === 'a')) ||
        (n.t === '-' && isDigit(text.charCodeAt(n.e)))
      )
    )
      return null;
    return { iso, s, e };
  }

  private dollarPrefix(a: number): { iso: string; s: number } | null {
    const { text } = this;
    let j = a - 1;
    const spaced = text.charCodeAt(j) === 32;
    if (spaced) j--;
    const end = j + 1;
    while (j >= 0 && j > end - 5 && (isLetter(text.charCodeAt(j)) || text.charCodeAt(j) === 46)) j--;
    if (j >= 0 && isLetter(text.charCodeAt(j))) return null;
    const raw = text.slice(j + 1, end);
    if (!raw || raw.charCodeAt(0) === 46) return null;
    const key = raw.replace(/\./g, '').toLowerCase();
    const iso = DOLLAR_PREFIXES[key];
    if (!iso) return null;
    // Spaced prefixes only where they cannot be an article or pronoun ("a $5 fee", "s $").
    if (spaced && !['us', 'c', 'hk', 'nz', 'ca', 'au'].includes(key)) return null;
    if (!spaced && key.length === 1 && raw !== raw.toUpperCase()) return null;
    return { iso, s: j + 1 };
  }

  // ---- numbers ----

  private emptyNum(s: number, e: number, v: number): Num {
    return { v, s, e, mult: 1, written: false, plain: null, frac: false, approx: false, decade: false, halfA: 0 };
  }

  private numberAt(p: number, money: boolean): Num | null {
    const t = this.tok(p);
    if (!t) return null;
    const { text } = this;
    if (t.k === 2) {
      if (
        (t.t === '-' || t.t === '−') &&
        isDigit(text.charCodeAt(t.e)) &&
        !isDigit(text.charCodeAt(t.s - 1)) &&
        !isLetter(text.charCodeAt(t.s - 1))
      ) {
        const n = this.digitsAt(t.e, money);
        if (!n) return null;
        return { ...n, v: -n.v, s: t.s };
      }
      if (t.t === '.' && isDigit(text.charCodeAt(t.e))) return this.digitsAt(t.s, money);
      return null;
    }
    if (t.k === 0) return this.digitsAt(t.s, money);
    const lo = t.t.toLowerCase();
    if (lo === 'minus' || lo === 'negative') {
      const n = this.numberAt(t.e, money);
      return n ? { ...n, v: -n.v, s: t.s } : null;
    }
    if (lo === 'half') return this.halfAt(t);
    if (lo in PLURAL_SCALES) return this.pluralScaleAt(t);
    return this.writtenAt(t);
  }

  /** Digits with separators, decimals, exponent, fraction, glued and spoken scale. */
  private digitsAt(p: number, money: boolean): Num | null {
    const { text } = this;
    let v: number;
    let e: number;
    let plain: string | null = null;
    let frac = false;
    if (text.charCodeAt(p) === 46) {
      e = p + 1;
      while (isDigit(text.charCodeAt(e))) e++;
      if (e === p + 1) return null;
      if (e - p > LONGEST_NUMBER) {
        this.skipTo = e;
        return null;
      }
      v = Number(`0.${text.slice(p + 1, e)}`);
    } else {
      if (!isDigit(text.charCodeAt(p))) return null;
      const pc = text.charCodeAt(p - 1);
      const runEnd = this.digitsEnd(p);
      // The next piece of a list or dotted code whose first piece we already read; and a run longer
      // than any number ("1,1,1,…") is read like a list, piece by piece.
      if (((pc === 44 || pc === 46) && isDigit(text.charCodeAt(p - 2))) || runEnd - p > LONGEST_NUMBER) {
        let end = p + 1;
        while (isDigit(text.charCodeAt(end))) end++;
        // A run of digits longer than any number is none.
        if (end - p > LONGEST_NUMBER) {
          this.skipTo = runEnd;
          return null;
        }
        const piece = text.slice(p, end);
        return { ...this.emptyNum(p, end, Number(piece)), plain: piece };
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
        this.skipTo = p + raw.length;
        return null;
      } else {
        // A list ("22,24,26") or an address ("192.168.1.2"): read the first piece only.
        const first = /^\d+/.exec(raw)?.[0] ?? raw;
        v = Number(first);
        return { ...this.emptyNum(p, p + first.length, v), plain: first };
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
          const dec = /^\.\d+/.exec(text.slice(q, q + 20));
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
    const pw = text.charCodeAt(e) === 94 ? POWER_RE.exec(text) : null;
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
      } else if (text.charCodeAt(e) === 47) {
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
            this.skipTo = SLASH_RE.lastIndex;
            return null;
          }
        }
      }
    }
    const num: Num = { ...this.emptyNum(p, e, v), plain, frac };
    // Glued letters: a scale ("$449m", "10k"), a decade ("1990s"), an ordinal ("4th"); units are read later.
    LETTERS_RE.lastIndex = e;
    const lm = isLetter(text.charCodeAt(e)) ? LETTERS_RE.exec(text) : null;
    if (lm) {
      const w = lm[0];
      const sc = GLUED_SCALES.get(w);
      // "4790k" is a model number; people write "4,790k" or "4.8m" for amounts that large.
      if (sc && !sc[1] && !money && plain && plain.length >= 4) {
        this.skipTo = this.clusterEnd(p);
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
        this.skipTo = e + w.length;
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
    if (!frac) this.spokenScale(num);
    this.andFraction(num);
    return num;
  }

  /** "2 million", "1,674.5 billion", "three lakh crore", "3 dozen". */
  private spokenScale(num: Num): void {
    let lastScale = 0;
    for (;;) {
      const w = this.wordAt(num.e);
      if (!w) return;
      const lo = w.t.toLowerCase();
      const sc = DOZEN_WORDS.has(lo) ? 12 : SCALE_WORDS[lo];
      if (sc === undefined || sc <= lastScale) return;
      if (lo === 'hundred' && lastScale) return;
      num.v = mul(num.v, sc);
      num.mult *= sc;
      num.e = w.e;
      num.plain = null;
      lastScale = sc;
    }
  }

  /** "two and a half", "3 and three quarters". */
  private andFraction(num: Num): void {
    if (num.mult !== 1 || num.frac || !Number.isInteger(num.v)) return;
    const and = this.wordAt(num.e);
    if (!and || and.t.toLowerCase() !== 'and') return;
    const n = this.wordAt(and.e);
    if (!n) return;
    const nlo = n.t.toLowerCase();
    const numer = nlo === 'a' || nlo === 'one' ? 1 : SMALL[nlo];
    if (numer === undefined || numer === 0) return;
    const d = this.denomAfter(n.e, numer !== 1);
    if (!d) return;
    num.v += numer / d.d;
    num.e = d.e;
    num.plain = null;
    const before = num.mult;
    this.spokenScale(num);
    if (num.mult === before) num.frac = false;
  }

  /** A fraction denominator after a numerator ("-thirds", " quarter"); plural unless the numerator is one. */
  private denomAfter(p: number, plural: boolean): { d: number; e: number } | null {
    let t = this.tok(p);
    if (t && t.t === '-') t = this.tok(t.e);
    if (!t || t.k !== 1) return null;
    let lo = t.t.toLowerCase();
    let d = DENOMS[lo];
    let e = t.e;
    const tens = TENS[lo];
    if (tens !== undefined) {
      // "twenty-first", "twenty fifths"
      let n = this.tok(t.e);
      if (n && n.t === '-') n = this.tok(n.e);
      const nlo = n && n.k === 1 ? n.t.toLowerCase() : '';
      const u = ORDINAL_UNITS[nlo.endsWith('s') ? nlo.slice(0, -1) : nlo];
      if (!n || u === undefined) return null;
      d = tens + u;
      lo = nlo;
      e = n.e;
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
  private compoundFraction(first: Tok): Num | null {
    const words: string[] = [];
    let pos = first.s;
    let e = -1;
    let ord: { d: number; card: string | null; plural: boolean } | null = null;
    while (words.length < 16) {
      let t = this.tok(pos);
      if (t && t.t === '-' && words.length && t.s === pos) t = this.wordAt(t.e);
      if (!t || t.k !== 1) return null;
      const lo = t.t.toLowerCase();
      ord = ordinalWord(lo);
      if (ord) {
        words.push(lo);
        e = t.e;
        break;
      }
      if (!(lo in SMALL || lo in TENS || lo === 'and' || (SCALE_WORDS[lo] !== undefined && lo.length > 3))) return null;
      words.push(lo);
      pos = t.e;
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
        const after = this.tok(e);
        if (after && ((after.k === 1 && !SINGULAR_FRACTION_AFTER.has(after.t.toLowerCase())) || after.t === '-')) return null;
      }
      return { ...this.emptyNum(first.s, e, whole + numer / d), written: true, frac: true };
    }
    return null;
  }

  /** Spoken numbers: "twenty-one", "one hundred and six", "a dozen", "two-thirds", "nine point nought four". */
  private writtenAt(first: Tok): Num | null {
    const cf = this.compoundFraction(first);
    if (cf) return cf;
    const { text } = this;
    let total = 0;
    let cur = 0;
    // 0 nothing yet, 1 unit, 2 teen, 3 tens, 4 hundred, 5 scale
    let last = 0;
    let lastScale = Infinity;
    let e = -1;
    let pos = first.s;
    let article = false;
    // What the last number words added since "hundred", a scale or "and": "three hundred and two dozen" is 324.
    let piece = 0;
    let pieceAfterAnd = 0;
    let afterAnd = false;
    for (;;) {
      const t = this.tok(pos);
      if (!t) break;
      if (t.k === 2 && t.t === '-' && last === 3) {
        const n = this.wordAt(t.e);
        const nv = n ? SMALL[n.t.toLowerCase()] : undefined;
        if (nv !== undefined && nv > 0 && nv < 10) {
          pos = t.e;
          continue;
        }
        break;
      }
      if (t.k !== 1) break;
      const lo = t.t.toLowerCase();
      if ((lo === 'a' || lo === 'an') && last === 0) {
        const n = this.wordAt(t.e);
        if (!n) break;
        const nlo = n.t.toLowerCase();
        if ((nlo in SCALE_WORDS && nlo.length > 3) || nlo === 'dozen' || nlo === 'decade' || nlo === 'century') {
          cur = 1;
          piece = 1;
          last = 1;
          article = true;
          e = t.e;
          pos = t.e;
          if (nlo === 'decade' || nlo === 'century') break;
          continue;
        }
        if (nlo in DENOMS || nlo in TENS) {
          const f = this.fractionAfter(first.s, 1, t.e, false);
          return f;
        }
        break;
      }
      const sv = SMALL[lo];
      const tv = TENS[lo];
      if (sv !== undefined) {
        if (sv < 10 ? !(last === 0 || last === 3 || last === 4 || last === 5) : !(last === 0 || last === 4 || last === 5)) break;
        if (sv === 0 && last !== 0) break;
        cur += sv;
        piece = last === 3 ? piece + sv : sv;
        last = sv < 10 ? 1 : 2;
      } else if (tv !== undefined) {
        if (!(last === 0 || last === 4 || last === 5)) break;
        cur += tv;
        piece = tv;
        last = 3;
      } else if (lo === 'hundred') {
        if (!(last === 1 || last === 2 || last === 3)) break;
        cur = (cur % 100 || 1) * 100 + (cur - (cur % 100));
        piece = 0;
        last = 4;
      } else if (SCALE_WORDS[lo] !== undefined && lo.length > 3) {
        const sc = SCALE_WORDS[lo]!;
        if (!(last >= 1 && last <= 4) && !(last === 5 && sc > lastScale)) break;
        if (sc < lastScale) total += cur * sc;
        else total = (total + cur) * sc;
        cur = 0;
        piece = 0;
        lastScale = sc;
        last = 5;
      } else if (DOZEN_WORDS.has(lo)) {
        if (!(last >= 1 && last <= 4)) break;
        cur += piece * 11;
        piece = 0;
        last = 5;
      } else if (lo === 'and' && (last === 4 || last === 5)) {
        const n = this.wordAt(t.e);
        const nlo = n ? n.t.toLowerCase() : '';
        if ((nlo in SMALL && nlo !== 'zero') || nlo in TENS) {
          pos = t.e;
          afterAnd = true;
          continue;
        }
        break;
      } else break;
      e = t.e;
      pos = t.e;
      pieceAfterAnd = afterAnd && last !== 4 && last !== 5 ? piece : 0;
    }
    if (e < 0) return null;
    let v = total + cur;
    // "two hundred point zero three", "point seventy-one"
    const pt = this.wordAt(e);
    if (pt && pt.t.toLowerCase() === 'point' && !article) {
      let digits = '';
      let q = pt.e;
      for (;;) {
        const w = this.wordAt(q);
        if (!w) break;
        const wl = w.t.toLowerCase();
        const sv = SMALL[wl];
        const tv = TENS[wl];
        if (sv !== undefined) {
          digits += String(sv);
          q = w.e;
        } else if (tv !== undefined) {
          const unit = this.peekSmall(w.e);
          digits += String(tv / 10) + (unit ? unit.v : '0');
          q = unit ? unit.e : w.e;
        } else break;
      }
      if (digits) {
        v += Number(`0.${digits}`);
        e = q;
      }
    }
    const num: Num = { ...this.emptyNum(first.s, e, v), written: true };
    if (Number.isInteger(v) && (!article || v > 1)) {
      const f =
        pieceAfterAnd > 0 && pieceAfterAnd < 10
          ? this.mixedAfter(first.s, v - pieceAfterAnd, pieceAfterAnd, e)
          : this.fractionAfter(first.s, v, e, true);
      if (f) return f;
    }
    if (text.charCodeAt(e) !== 45 || v !== 1 || article) this.andFraction(num);
    if (article && num.v === 1 && !this.wordAt(e)) return null;
    num.mult = v >= 100 && total + cur === v ? this.scaleOf(v) : 1;
    return num;
  }

  /** A digit word 1-9 after a tens word, with or without a hyphen ("seventy-one"). */
  private peekSmall(p: number): { v: string; e: number } | null {
    let t = this.tok(p);
    if (t && t.t === '-') t = this.tok(t.e);
    if (!t || t.k !== 1) return null;
    const s = SMALL[t.t.toLowerCase()];
    return s !== undefined && s > 0 && s < 10 ? { v: String(s), e: t.e } : null;
  }

  /** Largest power-of-1000 scale a spoken number ends in, so "two million" shares its scale in ranges. */
  private scaleOf(v: number): number {
    for (const sc of [1e12, 1e9, 1e6, 1e3]) if (v % sc === 0) return sc;
    return 1;
  }

  /** "one hundred and three quarters": a whole number, "and", then a fraction. */
  private mixedAfter(s: number, whole: number, numer: number, p: number): Num | null {
    const d = this.denomAfter(p, numer !== 1);
    if (!d) return null;
    return { ...this.emptyNum(s, d.e, whole + numer / d.d), written: true, frac: true };
  }

  /** After a spoken numerator: "two-thirds", "a quarter of", "three fifths". */
  private fractionAfter(s: number, numer: number, p: number, writtenNumer: boolean): Num | null {
    const plural = numer !== 1;
    const d = this.denomAfter(p, plural);
    if (!d) return null;
    if (!plural) {
      // "a third term", "one second": an ordinal unless what follows reads as a fraction.
      const n = this.tok(d.e);
      if (n && n.k === 1 && !SINGULAR_FRACTION_AFTER.has(n.t.toLowerCase())) return null;
      if (n && n.k === 2 && n.t === '-') return null;
    }
    if (!writtenNumer && numer !== 1) return null;
    const num: Num = { ...this.emptyNum(s, d.e, numer / d.d), written: true, frac: true };
    return num;
  }

  /** "half a million", "half an hour", "more than half", "half of". */
  private halfAt(t: Tok): Num | null {
    const n = this.wordAt(t.e);
    const nlo = n ? n.t.toLowerCase() : '';
    if (n && (nlo === 'a' || nlo === 'an')) {
      const n2 = this.wordAt(n.e);
      const n2lo = n2 ? n2.t.toLowerCase() : '';
      const sc = n2lo === 'dozen' ? 12 : n2lo.length > 3 ? SCALE_WORDS[n2lo] : undefined;
      if (n2 && sc !== undefined) return { ...this.emptyNum(t.s, n2.e, sc / 2), written: true, mult: sc };
      return { ...this.emptyNum(t.s, n.e, 0.5), written: true, frac: true, halfA: t.e };
    }
    if (this.text.charCodeAt(t.e) === 45) return null;
    const before = this.wordBefore(t.s).toLowerCase();
    if (HALF_NOT_AFTER.has(before)) return null;
    if (HALF_BEFORE.has(before) || HALF_AFTER.has(nlo)) return { ...this.emptyNum(t.s, t.e, 0.5), written: true, frac: true };
    return null;
  }

  /** "hundreds of billions", "tens of thousands", "millions": only before "of". */
  private pluralScaleAt(t: Tok): Num | null {
    let v = PLURAL_SCALES[t.t.toLowerCase()]!;
    let e = t.e;
    for (;;) {
      const of = this.wordAt(e);
      if (!of || of.t.toLowerCase() !== 'of') break;
      const n = this.wordAt(of.e);
      const sc = n ? PLURAL_SCALES[n.t.toLowerCase()] : undefined;
      if (!n || sc === undefined || sc < 1000) break;
      v *= sc;
      e = n.e;
    }
    const of = this.wordAt(e);
    if (e === t.e && (!of || of.t.toLowerCase() !== 'of' || t.t.toLowerCase() === 'tens')) return null;
    return { ...this.emptyNum(t.s, e, v), written: true, approx: true, mult: v };
  }

  // ---- what the number counts ----

  private classify(num: Num): Fig | null {
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
    if (c === 45 && isLetter(text.charCodeAt(e + 1))) {
      // ...and "one-two punch": the whole hyphenated word.
      this.skipTo = this.clusterEnd(num.s);
      return null;
    }
    // "the 19 th century": a spaced ordinal suffix, as markup leaves "19<sup>th</sup>".
    if (num.plain && num.plain.length <= 3) {
      const w = this.wordAt(e);
      if (w && w.t === ordinalSuffix(num.v) && !isLetter(text.charCodeAt(w.e))) {
        this.skipTo = w.e;
        return null;
      }
    }
    if (num.frac) return { kind: 'fraction', v: num.v, s: num.s, e, num };
    if (num.decade) return { kind: 'date', v: num.v, unit: 'decade', s: num.s, e, num };
    if (
      num.plain &&
      num.plain.length === 4 &&
      num.v <= 2100 &&
      !this.timesNear(num) &&
      (num.v >= 1800 || (num.v >= 1000 && YEAR_BEFORE.has(this.wordBefore(num.s).toLowerCase())))
    ) {
      return { kind: 'date', v: num.v, s: num.s, e, num };
    }
    if (num.written && (num.v === 1 || num.v === 0) && num.mult === 1 && !/^(?:minus|negative)/i.test(text.slice(num.s, num.s + 8))) {
      // "one" on its own is a pronoun far more often than a count ("one of the", "no one"); "net zero" and
      // "zero tolerance" are ideas. A zero that ends a phrase ("fell to zero.") is a count.
      if (num.v === 1) return null;
      const n = this.tok(e);
      if (this.wordBefore(num.s).toLowerCase() === 'net' || (n && n.k === 1 && !ZERO_AFTER.has(n.t.toLowerCase())) || c === 45) return null;
    }
    return { kind: 'count', v: num.v, s: num.s, e, num };
  }

  /** "1800 x 1920": a side of a size, not a year. */
  private timesNear(num: Num): boolean {
    const { text } = this;
    return TIMES_AFTER_RE.test(text.slice(num.e, num.e + 8)) || TIMES_BEFORE_RE.test(text.slice(Math.max(0, num.s - 8), num.s));
  }

  /** Currency named after the number: "420 million finnish markka", "50 cents", "100元", "5 million USD". */
  private currencyAfter(num: Num): { iso: string; v: number; e: number } | null {
    const { text } = this;
    let p = num.e;
    let t = this.tok(p);
    if (!t) return null;
    if (num.approx && t.k === 1 && t.t.toLowerCase() === 'of') {
      p = t.e;
      t = this.tok(p);
      if (!t) return null;
    }
    if (t.k === 2) {
      if (t.t === '-' && t.s === p) {
        // "12-cent", "one-yen"
        const w = this.wordAt(t.e);
        if (w && w.s === t.e) {
          const cw = CURRENCY_WORDS[w.t.toLowerCase()];
          if (cw && !cw.weak) return { iso: cw.iso, v: cw.sub ? mul(num.v, 0.01) : num.v, e: w.e };
        }
        return null;
      }
      // Two-character signs ("ரூ") before one-character ones.
      const sym = CURRENCY_SYMBOLS[text.slice(t.s, t.s + 2)] ? text.slice(t.s, t.s + 2) : t.t;
      const iso = CURRENCY_SYMBOLS[sym];
      if (iso && sym !== '$' && (t.s === p || text.charCodeAt(p) === 32)) return { iso, v: num.v, e: t.s + sym.length };
      return null;
    }
    if (t.k !== 1) return null;
    // "50p"; not the video resolutions "720p", "1080p".
    if (t.s === p && t.t === 'p' && num.plain && num.v < 1000 && !VIDEO_LINES.has(num.v))
      return { iso: 'GBP', v: mul(num.v, 0.01), e: t.e };
    if (ISO_CODES.has(t.t)) return { iso: t.t === 'RMB' ? 'CNY' : t.t, v: num.v, e: t.e };
    let lo = t.t.toLowerCase();
    let qual: Readonly<Record<string, string>> | undefined;
    let w = t;
    if (!(lo in CURRENCY_WORDS) || lo === 'us') {
      qual = CURRENCY_QUALIFIERS[lo];
      let n = this.wordAt(t.e);
      if (!qual && n) {
        qual = CURRENCY_QUALIFIERS[`${lo} ${n.t.toLowerCase()}`];
        if (qual) n = this.wordAt(n.e);
      }
      if (!qual || !n) return null;
      w = n;
      lo = n.t.toLowerCase();
    }
    const cw = CURRENCY_WORDS[lo];
    if (!cw) return null;
    let iso = cw.iso;
    if (qual) {
      const q = qual[currencyStem(lo)];
      if (!q) return null;
      iso = q;
    }
    let e = w.e;
    if (cw.weak) {
      const n = this.wordAt(e);
      if (n && n.t.toLowerCase() === 'sterling') e = n.e;
      else if (!(num.mult > 1 || num.approx || qual)) return null;
    }
    let v = cw.sub ? mul(num.v, 0.01) : num.v;
    if (!cw.sub) {
      // "3 dollars 50 cents", "thirteen dollars and forty-five cents"
      let q = e;
      const and = this.wordAt(q);
      if (and && and.t.toLowerCase() === 'and') q = and.e;
      const cents = this.tok(q);
      if (cents && (cents.k === 0 || cents.k === 1)) {
        const cn = this.numberAt(cents.s, false);
        if (cn && cn.v > 0 && cn.v < 100 && Number.isInteger(cn.v)) {
          const cwd = this.wordAt(cn.e);
          const sub = cwd ? CURRENCY_WORDS[cwd.t.toLowerCase()] : undefined;
          if (cwd && sub?.sub) {
            v = mul(v + cn.v / 100, 1);
            e = cwd.e;
          }
        }
      }
      const tail = this.centsTail(num.s, num, v, e);
      if (tail) return { iso, v: tail.v, e: tail.e };
    }
    return { iso, v, e };
  }

  /**
   * Spoken cents with the sub-unit left out: "thirteen dollars forty five", "one dollar and one", "C$ 100 and
   * fifty". Only spelled-out cents with nothing after them that they could be counting ("$100 and fifty
   * people"), and not the second end of "between $5 and ten".
   */
  private centsTail(s: number, num: Num, v: number, p: number): { v: number; e: number } | null {
    if (num.mult !== 1 || num.approx || !Number.isInteger(v) || this.wordBefore(s).toLowerCase() === 'between') return null;
    let t = this.wordAt(p);
    if (t && t.t.toLowerCase() === 'and') t = this.wordAt(t.e);
    if (!t) return null;
    const lo = t.t.toLowerCase();
    if (!(lo in SMALL || lo in TENS)) return null;
    const cn = this.writtenAt(t);
    if (!cn || cn.frac || !Number.isInteger(cn.v) || cn.v < 1 || cn.v > 99) return null;
    const after = this.tok(cn.e);
    if (after && after.k !== 2 && after.t.toLowerCase() !== 'and') return null;
    if (after && after.k === 2 && !'.,;:!?)\n\r'.includes(after.t)) return null;
    return { v: mul(v + cn.v / 100, 1), e: cn.e };
  }

  private unitAfter(num: Num): { def: UnitDef; e: number } | null {
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
      const lo = raw.toLowerCase().replace(/[ \t\u00a0\u2009\u202f]+/g, ' ');
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
  private inchMark(p: number): number {
    const { text } = this;
    let q = p;
    while (text.charCodeAt(q) === 32) q++;
    const c = text.charCodeAt(q);
    if (c === 0x2033) return q + 1;
    const n = text.charCodeAt(q + 1);
    if (c !== 34 || q - p > 1 || !(Number.isNaN(n) || n === 32 || n === 10 || n === 9)) return -1;
    let quotes = 0;
    for (let j = p - 1; j >= 0 && j > p - 2000 && text.charCodeAt(j) !== 10; j--) if (text.charCodeAt(j) === 34) quotes++;
    return quotes % 2 === 0 ? q + 1 : -1;
  }

  /** "£113 per megawatt hour" -> GBP/MWh; "$80 a barrel" -> USD/bbl. */
  private priced(f: Fig): Fig {
    PER_RE.lastIndex = f.e;
    const m = PER_RE.exec(this.text);
    if (!m) return f;
    const raw = m[2] ?? '';
    const hit = UNIT_EXACT.get(raw) ?? UNIT_LOWER.get(raw.toLowerCase().replace(/[ \t\u00a0\u2009\u202f]+/g, ' '));
    if (!hit || hit.gluedOnly) return f;
    const how = (m[1] ?? '/').toLowerCase();
    if ((how === 'a' || how === 'an') && !PRICE_A_UNITS.has(hit.def.unit)) return f;
    return { ...f, unit: `${f.unit}/${hit.def.unit}`, e: PER_RE.lastIndex };
  }

  /** "percent of 10", "per cent of twenty-two": the reversed form, only with no number before. */
  private percentOf(w: Tok): Step {
    let p = w.e;
    if (w.t.toLowerCase() === 'per') {
      const c = this.wordAt(p);
      if (!c || c.t.toLowerCase() !== 'cent') return { fig: null, end: w.e };
      p = c.e;
    }
    const of = this.wordAt(p);
    if (!of || of.t.toLowerCase() !== 'of') return { fig: null, end: p };
    const prev = this.text.slice(Math.max(0, w.s - 12), w.s);
    if (/[\d%]\s*$|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)\s*$/i.test(prev))
      return { fig: null, end: p };
    const n = this.numberAt(of.e, false);
    if (!n || this.tok(n.e)?.k === 1) return { fig: null, end: p };
    return { fig: { kind: 'percent', v: n.v, unit: '%', s: w.s, e: n.e, num: n }, end: n.e };
  }

  // ---- dates ----

  private monthOf(w: Tok): number {
    const lo = w.t.toLowerCase();
    const mo = MONTHS[lo];
    if (mo === undefined) return 0;
    const capital = isUpper(w.t.charCodeAt(0));
    // "may" and "march" are also verbs; abbreviations are only months when capitalised.
    if (!capital && (lo === 'may' || lo === 'march' || lo.length <= 4)) return 0;
    return mo;
  }

  private yearAt(p: number): { y: number; e: number } | null {
    const t = this.tok(p);
    if (!t || t.k !== 0 || !/^\d{4}$/.test(t.t)) return null;
    const y = Number(t.t);
    if (y < 1000 || y > 2200) return null;
    const c = this.text.charCodeAt(t.e);
    if (isLetter(c) || (isDigit(this.text.charCodeAt(t.e + 1)) && (c === 44 || c === 46))) return null;
    return { y, e: t.e };
  }

  private dayAt(p: number): { d: number; e: number } | null {
    const t = this.tok(p);
    if (!t || t.k !== 0 || !/^\d{1,2}$/.test(t.t)) return null;
    const d = Number(t.t);
    if (d < 1 || d > 31) return null;
    let e = t.e;
    LETTERS_RE.lastIndex = e;
    const lm = isLetter(this.text.charCodeAt(e)) ? LETTERS_RE.exec(this.text) : null;
    if (lm) {
      if (!ORDINAL_RE.test(lm[0])) return null;
      e += lm[0].length;
    }
    const c = this.text.charCodeAt(e);
    if (c === 58 || c === 37 || (isDigit(this.text.charCodeAt(e + 1)) && (c === 44 || c === 46))) return null;
    return { d, e };
  }

  private dateFig(s: number, e: number, y: number | null, mo: number, d: number | null): Fig | null {
    if (d !== null && d > (DAYS_IN_MONTH[mo] ?? 0)) return null;
    const v = d === null ? `${y}-${pad2(mo)}` : y === null ? `--${pad2(mo)}-${pad2(d)}` : `${y}-${pad2(mo)}-${pad2(d)}`;
    return { kind: 'date', v, s, e, num: null };
  }

  /** "March 2026", "December 27", "Dec. 27, 2025". */
  private dateAtMonth(w: Tok): Fig | null {
    const mo = this.monthOf(w);
    if (!mo) return null;
    let p = w.e;
    if (this.text.charCodeAt(p) === 46 && w.t.length <= 4) p++;
    const y = this.yearAt(p);
    if (y) return this.dateFig(w.s, y.e, y.y, mo, null);
    const d = this.dayAt(p);
    if (!d) return null;
    let q = d.e;
    const comma = this.tok(q);
    if (comma && comma.t === ',') q = comma.e;
    const y2 = this.yearAt(q);
    return y2 ? this.dateFig(w.s, y2.e, y2.y, mo, d.d) : this.dateFig(w.s, d.e, null, mo, d.d);
  }

  /** "27 December 2025", "27th of December", "2025-12-27", year ranges "2020-2025". */
  private dateAtDigits(a: number): Fig | null {
    const { text } = this;
    ISO_DATE_RE.lastIndex = a;
    const iso = ISO_DATE_RE.exec(text);
    if (iso) {
      const y = Number(iso[1]);
      const mo = Number(iso[2]);
      const d = Number(iso[3]);
      if (mo >= 1 && mo <= 12 && d >= 1) return this.dateFig(a, ISO_DATE_RE.lastIndex, y, mo, d);
    }
    SLASH_DATE_RE.lastIndex = a;
    const sl = SLASH_DATE_RE.exec(text);
    if (sl) {
      const x = Number(sl[1]);
      const z = Number(sl[2]);
      const y = Number(sl[3]);
      const e = SLASH_DATE_RE.lastIndex;
      if (x > 12 && z <= 12) return this.dateFig(a, e, y, z, x);
      if (z > 12 && x <= 12) return this.dateFig(a, e, y, x, z);
      if (x <= 12 && z <= 12) return { kind: 'date', v: y, s: a, e, num: null };
    }
    YEAR_RANGE_RE.lastIndex = a;
    const yr = YEAR_RANGE_RE.exec(text);
    if (yr && !isLetter(text.charCodeAt(YEAR_RANGE_RE.lastIndex))) {
      const y1 = Number(yr[1]);
      let y2 = Number(yr[2]);
      if (yr[2]!.length === 2) y2 += Math.floor(y1 / 100) * 100;
      if (y1 >= 1800 && y1 <= 2100 && y2 > y1 && y2 - y1 <= 100 && !(yr[2]!.length === 2 && y2 - y1 > 20)) {
        return { kind: 'date', v: y1, vMax: y2, s: a, e: YEAR_RANGE_RE.lastIndex, num: null };
      }
    }
    const d = this.dayAt(a);
    if (!d) return null;
    let p = d.e;
    const of = this.wordAt(p);
    if (of && of.t.toLowerCase() === 'of') p = of.e;
    const m = this.wordAt(p);
    if (!m) return null;
    const mo = this.monthOf(m);
    if (!mo) return null;
    let q = m.e;
    if (text.charCodeAt(q) === 46 && m.t.length <= 4) q++;
    const comma = this.tok(q);
    if (comma && comma.t === ',') q = comma.e;
    const y = this.yearAt(q);
    return y ? this.dateFig(a, y.e, y.y, mo, d.d) : this.dateFig(a, m.e, null, mo, d.d);
  }

  /** "fiscal 2026", "fiscal year 2026", "FY2026", "FY26". */
  private fiscalYear(w: Tok): Fig | null {
    let p = w.e;
    if (w.t.toLowerCase() === 'fiscal') {
      const yw = this.wordAt(p);
      if (yw && yw.t.toLowerCase() === 'year') p = yw.e;
    }
    const t = this.tok(p);
    if (!t || t.k !== 0 || isLetter(this.text.charCodeAt(t.e))) return null;
    let y: number;
    if (/^\d{4}$/.test(t.t)) y = Number(t.t);
    else if (w.t === 'FY' && /^\d{2}$/.test(t.t)) y = 2000 + Number(t.t);
    else return null;
    if (y < 1900 || y > 2100) return null;
    return { kind: 'date', v: y, s: w.s, e: t.e, num: null };
  }
}
