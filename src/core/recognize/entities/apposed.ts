// A name the tagger passed over that the sentence explains: "Zorvex, the Danish developer, won the
// contract", "Kalvo, a town in Finland,". An apposition with a noun of a kind is the article's own word
// on what the name is; a word the article also writes in lower case, or a common word ("However, the
// company said"), is no name whatever follows it.
import { appositionHead } from './news-evidence';
import { isCommonWord } from './names';
import { coverage, type Doc, type Span, withSpans, writtenLower } from './span';
import { COMPANY_HEADS, DEMONYMS, MONTHS_DAYS, PLACE_KINDS, PRODUCT_KINDS, TITLES } from './words';
import { type Pace, type Sliced } from '../pace';
import type { EntityType } from '../../types';

/** The most words of a name before its apposition: "Dogger Bank Wind Farm". */
const NAME_WORDS = 4;

const CAPITALISED = /^\p{Lu}[\p{L}\p{N}'’&.-]*$/u;

/** Names before ", a/the <kind>," that nothing marked, typed by the kind. */
export function* apposedNames(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const covered = yield* coverage(tokens.length, spans, pace);
  const add: Span[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (pace.spend()) yield;
    if (tokens[i]!.text !== ',' || covered[i - 1]) continue;
    let start = i;
    while (start > 0 && i - start < NAME_WORDS && !covered[start - 1] && nameWord(doc, tokens[start - 1]!.text)) {
      start--;
      if (tokens[start]!.sentStart) break;
    }
    // "the Asociación Bienestar y Desarrollo, the organization": the tail of a longer name, whose short
    // lower-case connector ("y", "de", "of") stands between capitals.
    const tail =
      start > 1 && !tokens[start]!.sentStart && /^\p{Ll}{1,3}$/u.test(tokens[start - 1]!.text) && /^\p{Lu}/u.test(tokens[start - 2]!.text);
    if (start === i || tail) continue;
    const type = kindOf(appositionHead(tokens, { start, end: i, type: 'organization' }));
    if (type) add.push({ start, end: i, type });
  }
  return add.length ? yield* withSpans(spans, add, pace) : spans;
}

function nameWord(doc: Doc, word: string): boolean {
  return (
    CAPITALISED.test(word) &&
    !isCommonWord(word) &&
    !writtenLower(doc, word) &&
    !DEMONYMS.has(word) &&
    !MONTHS_DAYS.has(word) &&
    !TITLES.has(word)
  );
}

function kindOf(head: string | null): EntityType | null {
  if (head === null) return null;
  if (COMPANY_HEADS.has(head)) return 'organization';
  if (PLACE_KINDS.has(head)) return 'place';
  if (PRODUCT_KINDS.has(head)) return 'product';
  return null;
}
