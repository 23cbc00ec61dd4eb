// A coordinated list of names ("Orgy, Velvet Revolver, and Linkin Park") names things of one kind:
// when every item but one has the same type, the odd one out was mistyped by the tagger, which
// sees a few words either side and not the list they belong to.
import { lexicon } from './lexicon';
import { isCommonWord } from './names';
import { type Doc, type Span, spanText, withSpans } from './span';
import type { Token } from './tagger/tokenize';
import { ORG_SUFFIX } from './words';
import { type Pace, type Sliced } from '../pace';
import type { EntityType } from '../../types';

/** Words that join the last item of a list to the others. */
const CONJUNCTIONS = new Set(['and', 'or', '&']);
/** The fewest items a list needs before its majority says anything about one item. */
const FEWEST_ITEMS = 3;
/** The kinds a list can impose: a list of products or works may well hold its maker. */
const LIST_KINDS: ReadonlySet<EntityType> = new Set(['person', 'organization', 'place']);

/**
 * In a list of at least three names, separated only by commas and a final "and" or "or", one item
 * whose type differs from all the others takes theirs. Not an item typed by its line or sentence
 * (fixed), nor one whose own words hold its type (keepsItsType).
 */
export function* listKinds(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  let out: Span[] | null = null;
  let k = 0;
  while (k < spans.length) {
    if (pace.spend()) yield;
    let last = k;
    while (last + 1 < spans.length && separatesItems(tokens, spans[last]!.end, spans[last + 1]!.start)) last++;
    if (last - k + 1 >= FEWEST_ITEMS) {
      const odd = oddItems(spans, k, last);
      for (const i of odd?.indexes ?? []) {
        const item = spans[i]!;
        if (!item.fixed && !keepsItsType(tokens, item)) (out ??= spans.slice())[i] = { ...item, type: odd!.type };
      }
    }
    k = last + 1;
  }
  return out ?? spans;
}

/** Whether the tokens [from, to) between two names are a list's separator: ",", ", and", "and". */
function separatesItems(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from || to - from > 2 || tokens[to]!.sentStart) return false;
  const first = tokens[from]!.text;
  if (to - from === 1) return first === ',' || CONJUNCTIONS.has(first);
  return first === ',' && CONJUNCTIONS.has(tokens[from + 1]!.text);
}

/**
 * The items of spans [first, last] whose type differs from the list's, and the list's type: the
 * type of all items but at most a third of them (one in a list of three).
 */
function oddItems(spans: readonly Span[], first: number, last: number): { indexes: number[]; type: EntityType } | null {
  const counts = new Map<EntityType, number>();
  for (let i = first; i <= last; i++) counts.set(spans[i]!.type, (counts.get(spans[i]!.type) ?? 0) + 1);
  const items = last - first + 1;
  const major = [...counts].find(([, n]) => n < items && 3 * (items - n) <= items)?.[0];
  if (!major || !LIST_KINDS.has(major)) return null;
  const indexes: number[] = [];
  for (let i = first; i <= last; i++) if (spans[i]!.type !== major) indexes.push(i);
  return { indexes, type: major };
}

/**
 * Whether the item's own words hold its type against the list's: the lists know its name as what
 * it was typed ("Paris" in a list of firms), a person's first word is a known given name ("Albert"
 * among user names), or an organization's word is in its name ("American Academy of Allergy", cut
 * short by the commas of its own name).
 */
function keepsItsType(tokens: readonly Token[], item: Span): boolean {
  const lex = lexicon();
  const name = spanText(tokens, item.start, item.end);
  if (item.type === 'place') return lex.place.has(name);
  if (item.type === 'product') return lex.brand.has(name);
  if (item.type === 'person') return false;
  if (item.type !== 'organization') return false;
  if (lex.org.has(name)) return true;
  for (let k = item.start; k < item.end; k++) if (ORG_SUFFIX.has(tokens[k]!.text)) return true;
  return false;
}

/** The most words of a list's item that no span holds ("Debre Tabor"). */
const GAP_WORDS = 3;

/**
 * In a list of names of one kind, an item the tagger passed over is a name of that kind: between
 * two names ("Simmering, Schwechat, Vienna International Airport") or after the last two ("Addis
 * Zemen, Debre Tabor and Wereta"). The item is one to three capitalised words, no common word,
 * that the lists do not know as another kind.
 */
export function* listGaps(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const added: Span[] = [];
  for (let i = 0; i + 1 < spans.length; i++) {
    if (pace.spend()) yield;
    const [a, b] = [spans[i]!, spans[i + 1]!];
    if (a.type !== b.type || !LIST_KINDS.has(a.type)) continue;
    // "A, X, B" or "A, X and B".
    if (tokens[a.end]?.text === ',') {
      const end = itemEnd(tokens, a.end + 1, b.start);
      if (end > a.end + 1 && separatesItems(tokens, end, b.start) && fits(tokens, a.end + 1, end, a.type))
        added.push({ start: a.end + 1, end, type: a.type });
    }
    // "A, B and X": the item after the last two, before a word that is no name's.
    if (separatesItems(tokens, a.end, b.start) && tokens[a.end]!.text === ',') {
      let k = b.end;
      if (tokens[k]?.text === ',') k++;
      if (!CONJUNCTIONS.has(tokens[k]?.text ?? '')) continue;
      const next = spans[i + 2];
      const end = itemEnd(tokens, k + 1, next ? next.start : tokens.length);
      const after = tokens[end]?.text ?? '';
      if (end > k + 1 && !/^\p{Lu}/u.test(after) && !/^['’]s$/.test(after) && fits(tokens, k + 1, end, a.type))
        added.push({ start: k + 1, end, type: a.type });
    }
  }
  if (!added.length) return spans;
  return yield* withSpans(spans, added, pace);
}

/** Where a run of capitalised words from `start` ends, before `limit` and within GAP_WORDS; `start` if none. */
function itemEnd(tokens: readonly Token[], start: number, limit: number): number {
  let end = start;
  while (end < limit && end - start < GAP_WORDS && /^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(tokens[end]!.text) && !tokens[end]!.sentStart) end++;
  return end - start === GAP_WORDS && end < limit && /^\p{Lu}/u.test(tokens[end]!.text) ? start : end;
}

/** Whether the words [start, end) may be a list's item of type `type`: no common word, not another kind the lists know. */
function fits(tokens: readonly Token[], start: number, end: number, type: EntityType): boolean {
  // "Smith, Jones and I": a word of one letter is no item's name.
  for (let k = start; k < end; k++) if (isCommonWord(tokens[k]!.text) || !/\p{L}\p{L}/u.test(tokens[k]!.text)) return false;
  const lex = lexicon();
  const name = spanText(tokens, start, end);
  if (type !== 'place' && lex.place.has(name)) return false;
  if (type !== 'organization' && lex.org.has(name)) return false;
  return true;
}
