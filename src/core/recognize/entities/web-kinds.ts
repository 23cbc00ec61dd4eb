// Names listed after the kind of thing they are: "bands such as Slipknot, Linkin Park and Papa
// Roach", "towns including Addis Zemen, Debre Tabor and Wereta". The article says what each item is,
// so an item the tagger mistyped or passed over takes that kind (companies: listedCompanies).
import { lexicon } from './lexicon';
import { namesOfList } from './lists';
import { isCommonWord } from './names';
import { type Doc, type Span, coverage, spanStarts, spanText, withSpans } from './span';
import type { Token } from './tagger/tokenize';
import { type Pace, type Sliced } from '../pace';
import type { EntityType } from '../../types';

/** Plural nouns of kinds of organization and place, with the type of the names listed after them. */
const KINDS = new Map<string, EntityType>([
  ...'bands groups acts parties clubs teams universities colleges newspapers magazines labels orchestras choirs'
    .split(' ')
    .map((w): [string, EntityType] => [w, 'organization']),
  ...'cities towns villages countries regions provinces districts counties suburbs neighbourhoods neighborhoods municipalities islands states'
    .split(' ')
    .map((w): [string, EntityType] => [w, 'place']),
]);
// A sentence may open with the kind ("Towns such as"): its capitalised form too, so that each word
// is looked up as written, without lower-casing every word of the article.
for (const [word, type] of [...KINDS]) KINDS.set(word.charAt(0).toUpperCase() + word.slice(1), type);
/** The most capitalised words of one item no span holds. */
const ITEM_WORDS = 3;

/**
 * After a kind's plural and "such as", "including" or "like", each listed name (at least two) is
 * of the kind: a span found there is retyped unless typed by its line, known by the lists as
 * another kind, or a person's whole name among organizations; a run of capitals no span holds
 * is added, unless a common word.
 */
export function* kindLists(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  // Where each list opens, and its kind: most articles have none, and then nothing else is built.
  const lists: { first: number; kind: EntityType }[] = [];
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (pace.spend()) yield;
    const kind = KINDS.get(tokens[k]!.text);
    if (!kind) continue;
    // "Thrash metal bands, such as Hermetica".
    const i = tokens[k + 1]!.text === ',' ? k + 2 : k + 1;
    if (i + 1 >= tokens.length) continue;
    if (tokens[i]!.text === 'such' && tokens[i + 1]!.text === 'as') lists.push({ first: i + 2, kind });
    else if (/^(including|like)$/.test(tokens[i]!.text)) lists.push({ first: i + 1, kind });
  }
  if (!lists.length) return spans;
  const out = spans.slice();
  const at = yield* spanStarts(spans, pace);
  const covered = yield* coverage(tokens.length, spans, pace);
  const added: Span[] = [];
  for (const { first, kind } of lists) {
    const items = yield* namesOfList(
      tokens,
      first,
      out,
      at,
      covered,
      { maxWords: ITEM_WORDS, type: kind, capital: (w) => /^\p{Lu}/u.test(w) },
      pace,
    );
    if (items.length < 2) continue;
    for (const { item, found } of items) {
      if (item.fixed || (found !== undefined && item.type === kind) || !fitsKind(tokens, item, kind)) continue;
      if (found !== undefined) out[found] = { ...item, type: kind };
      else if (!isCommonWord(tokens[item.start]!.text)) added.push(item);
    }
  }
  return added.length ? yield* withSpans(out, added, pace) : out;
}

/** Whether a listed item may take the list's kind: the lists do not know it as another, nor is it a person's whole name among bodies. */
function fitsKind(tokens: readonly Token[], item: Span, kind: EntityType): boolean {
  const lex = lexicon();
  const name = spanText(tokens, item.start, item.end);
  if (kind === 'organization') return !lex.place.has(name) && !(item.type === 'person' && item.end - item.start > 1);
  return !lex.org.has(name);
}
