// A title in quotes: "Super Mario Run", “The Crown”, ‘Temple Run’. Two or more words in capitals
// (small words between) that fill a pair of quotes are one name, a work's or a product's, whatever
// names the tagger saw inside ("Super Mario" is no person there). It is a product when the article
// says so beside it ("games like "Temple Run"", the "Super Mario" game, "X is a … game"), else of
// type other. A quote that ends a sentence or is said by someone is speech, not a title.
import { type Doc, type Span, coverage, spanText, withSpans } from './span';
import type { Token } from './tagger/tokenize';
import { SAYS } from './words';
import { type Pace, type Sliced } from '../pace';
import type { EntityType } from '../../types';

const OPENING = new Set(['"', '“', '‘']);
const CLOSING = /^["”’]$/;
/** Small words a title holds between its capitals ("Showtime at the Apollo"). */
const INNER = /^(of|the|and|a|an|in|on|at|to|for|with|from|vs|or|&)$/;
/** The most words a quoted title is read with. */
const LONGEST_TITLE = 8;
/** Words of a speaker's name read after a quote before its "said" ("Maria Lopez said"). */
const SPEAKER_WORDS = 4;
/** Nouns of a product that make a quoted title beside them one ("the "Super Mario" game"). */
const PRODUCT_NOUNS = /^(game|games|app|apps|console|software)$/;
/** Words between a definition's "is" and its noun ("is essentially a regular, side-scrolling … game"). */
const DEFINITION_WORDS = 12;

/** The end (exclusive) of the quoted title opened at token `q`, with its closing quote, or -1. */
function titleEnd(tokens: readonly Token[], q: number): number {
  let k = q + 1;
  let words = 0;
  let last = -1;
  for (; k < tokens.length && k - q <= LONGEST_TITLE + 1; k++) {
    const t = tokens[k]!;
    if (/^\p{Lu}/u.test(t.text)) {
      words++;
      last = k;
    } else if (!INNER.test(t.text) || k === q + 1) break;
  }
  if (words < 2 || last !== k - 1) return -1;
  // "Super Mario Run," with the comma of American style inside the quotes.
  const close = tokens[k]?.text === ',' ? k + 1 : k;
  if (!CLOSING.test(tokens[close]?.text ?? '')) return -1;
  // “Stop Right There,” she said: speech, not a title.
  for (let k = close + 1; k <= close + SPEAKER_WORDS && k < tokens.length && !tokens[k]!.sentStart; k++)
    if (SAYS.has(tokens[k]!.text)) return -1;
  return last + 1;
}

/** Whether the words beside a quoted title [start, end) call it a product. */
function productBeside(tokens: readonly Token[], start: number, end: number): boolean {
  const after = end + (tokens[end]?.text === ',' ? 2 : 1);
  const word = (k: number): string => tokens[k]?.text ?? '';
  if (PRODUCT_NOUNS.test(word(after))) return true;
  // The word before the opening quote: "the game "Thumper"", "games like "Temple Run"", "apps such as "Threads"".
  const before = word(start - 2);
  if (PRODUCT_NOUNS.test(before)) return true;
  if (before === 'like' && PRODUCT_NOUNS.test(word(start - 3))) return true;
  if (before === 'as' && word(start - 3) === 'such' && PRODUCT_NOUNS.test(word(start - 4))) return true;
  // ""Super Mario Run" is essentially a regular, side-scrolling … game".
  if (word(after) !== 'is') return false;
  for (let k = after + 1; k < tokens.length && k - after <= DEFINITION_WORDS && !tokens[k]!.sentStart; k++) {
    if (PRODUCT_NOUNS.test(tokens[k]!.text)) return true;
    if (/^[.;:!?]$/.test(tokens[k]!.text)) return false;
  }
  return false;
}

/** Words after a quote that show no noun follows it: verbs, links and prepositions. */
const NO_NOUN =
  /^(is|are|was|were|will|would|has|have|had|can|could|may|might|should|does|did|and|or|but|in|on|at|for|to|by|with|from|of|that|which|who|as|than|so)$/;

/** Whether a lower-case word that is no verb or link follows the closing quote after token `end - 1`. */
function nounAfter(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end + (tokens[end]?.text === ',' ? 2 : 1)];
  return !!next && tokens[end]?.text !== ',' && /^\p{Ll}+$/u.test(next.text) && !NO_NOUN.test(next.text);
}

/** Each quoted title as one name; the spans inside it give way. */
export function* quotedTitles(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  let titles: { start: number; end: number }[] = [];
  for (let q = 0; q < tokens.length; q++) {
    if (pace.spend()) yield;
    if (!OPENING.has(tokens[q]!.text)) continue;
    const end = titleEnd(tokens, q);
    if (end > 0) titles.push({ start: q + 1, end });
  }
  if (!titles.length) return spans;
  const products = new Set<string>();
  for (const t of titles) if (productBeside(tokens, t.start, t.end)) products.add(spanText(tokens, t.start, t.end));
  // A person's name in quotes ("Les Spahnn" <les@example.com>) is the person; a title before a
  // noun ("the "White House Briefing" column") names the column, and the names inside it stand.
  const persons = new Set<string>();
  for (const s of spans) if (s.type === 'person') persons.add(`${s.start}:${s.end}`);
  titles = titles.filter(
    (t) => products.has(spanText(tokens, t.start, t.end)) || (!persons.has(`${t.start}:${t.end}`) && !nounAfter(tokens, t.end)),
  );
  if (!titles.length) return spans;
  const inTitle = yield* coverage(
    tokens.length,
    titles.map((t) => ({ ...t, type: 'other' as EntityType })),
    pace,
  );
  const kept: Span[] = [];
  for (const s of spans) {
    if (pace.spend()) yield;
    let inside = false;
    for (let k = s.start; k < s.end && !inside; k++) inside = inTitle[k] === 1;
    if (!inside) kept.push(s);
  }
  const named = titles.map((t): Span => {
    const type: EntityType = products.has(spanText(tokens, t.start, t.end)) ? 'product' : 'other';
    return { ...t, type, fixed: true };
  });
  return yield* withSpans(kept, named, pace);
}
