// Figures: the one grammar of written numbers ("twenty-five thousand", "one hundred and five"), word by
// word. The scanner's writtenAt reads it from the text; wordsValue reads it from a list of words (the
// parts of a compound fraction).
import { DENOMS, SCALE_WORDS, SMALL, TENS } from '../figures-lexicon';

/** What the last number word was: it decides which words may come next ("twenty five", not "five twenty"). */
type NumberWordState = 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale';

/** A written number being read: the finished scales plus the group still open ("two million | three hundred"). */
interface WordSum {
  total: number;
  cur: number;
  last: NumberWordState;
  /** The last scale word's value: scales after it must grow ("thousand million") or the group ends there. */
  lastScale: number;
}

export const emptySum = (): WordSum => ({ total: 0, cur: 0, last: 'none', lastScale: Infinity });

/** Units (one to nine) follow a tens word, "hundred", a scale, or nothing. */
const AFTER_UNIT_MAY_FOLLOW: ReadonlySet<NumberWordState> = new Set(['none', 'tens', 'hundred', 'scale']);

/** Teens and tens follow "hundred", a scale, or nothing. */
const AFTER_TENS_MAY_FOLLOW: ReadonlySet<NumberWordState> = new Set(['none', 'hundred', 'scale']);

/** "hundred" multiplies a unit, a teen or a tens word ("two hundred", "nineteen hundred", "twenty-five hundred"). */
const HUNDRED_MAY_FOLLOW: ReadonlySet<NumberWordState> = new Set(['unit', 'teen', 'tens']);

/** The states that leave a group open for a multiplier: a scale ("thousand"), or "dozen" in writtenAt. A second scale must be larger ("thousand million"). */
export const OPEN_GROUP: ReadonlySet<NumberWordState> = new Set(['unit', 'teen', 'tens', 'hundred']);

/** A scale word ("thousand", "lakh"); the length check keeps abbreviations ("k", "bn", "mln") to digits. */
export const scaleWord = (lo: string): number | undefined => (lo.length > 3 ? SCALE_WORDS[lo] : undefined);

/**
 * Adds one lower-case number word to the sum. Returns what it added to the group (the unit, teen or tens
 * value; 0 for "hundred" and scales), or null, leaving the sum as it was, when the word is not a number
 * word or cannot follow the last one.
 */
export function addNumberWord(sum: WordSum, lo: string): number | null {
  const { last } = sum;
  const sv = SMALL[lo];
  if (sv !== undefined) {
    if (!(sv < 10 ? AFTER_UNIT_MAY_FOLLOW : AFTER_TENS_MAY_FOLLOW).has(last)) return null;
    // "zero" only alone: "zero five" is two numbers.
    if (sv === 0 && last !== 'none') return null;
    sum.cur += sv;
    sum.last = sv < 10 ? 'unit' : 'teen';
    return sv;
  }
  const tv = TENS[lo];
  if (tv !== undefined) {
    if (!AFTER_TENS_MAY_FOLLOW.has(last)) return null;
    sum.cur += tv;
    sum.last = 'tens';
    return tv;
  }
  if (lo === 'hundred') {
    if (!HUNDRED_MAY_FOLLOW.has(last)) return null;
    const { cur } = sum;
    sum.cur = (cur % 100 || 1) * 100 + (cur - (cur % 100));
    sum.last = 'hundred';
    return 0;
  }
  const sc = scaleWord(lo);
  if (sc === undefined) return null;
  if (!OPEN_GROUP.has(last) && !(last === 'scale' && sc > sum.lastScale)) return null;
  if (sc < sum.lastScale) sum.total += sum.cur * sc;
  else sum.total = (sum.total + sum.cur) * sc;
  sum.cur = 0;
  sum.lastScale = sc;
  sum.last = 'scale';
  return 0;
}

/** Value of a list of number words ("one hundred and five"), or null when they do not make one number. */
export function wordsValue(ws: readonly string[]): number | null {
  // "zero" only alone.
  if (ws.length > 1 && ws.some((w) => SMALL[w] === 0)) return null;
  const sum = emptySum();
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (w === 'and') {
      // "one hundred and five", and in spoken mixed numbers "twenty and three".
      const nv = SMALL[ws[i + 1] ?? ''];
      const { last } = sum;
      if (!(last === 'hundred' || last === 'scale' || (last === 'tens' && nv !== undefined && nv > 0 && nv < 10))) return null;
      continue;
    }
    if (addNumberWord(sum, w) === null) return null;
  }
  return sum.last === 'none' ? null : sum.total + sum.cur;
}

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
export function ordinalWord(lo: string): { d: number; card: string | null; plural: boolean } | null {
  const d = DENOMS[lo] ?? (lo === 'first' ? 1 : undefined);
  if (d === undefined) return null;
  const compound = lo !== 'half' && lo !== 'quarter' && lo !== 'quarters';
  return { d, card: compound ? (CARDINAL_OF.get(d) ?? null) : null, plural: lo.endsWith('s') };
}
