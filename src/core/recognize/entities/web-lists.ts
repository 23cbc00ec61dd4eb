// A coordinated list of names ("Orgy, Velvet Revolver, and Linkin Park") names things of one kind:
// when every item but one has the same type, the odd one out was mistyped by the tagger, which
// sees a few words either side and not the list they belong to.
import { lexicon } from './lexicon';
import { type Doc, type Span, spanText } from './span';
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
