// Lists of names: the items of one list are names of one kind, so an item the tagger passed over
// or mistyped takes the kind of the list when it has the shape of its other items.
import { lexicon } from './lexicon';
import { type Doc, type Span, spanText, withSpans } from './span';
import type { Token } from './tagger/tokenize';
import { ORG_SUFFIX, SENTENCE_OPENERS, TITLES } from './words';
import { type Pace, type Sliced, filterPass } from '../pace';
import type { EntityType } from '../../types';

/** What separates the items of a list. */
const ITEM_SEPARATOR = /^([,;:()]|and)$/;
/** What numbers or marks an item before its name ("4 - Pascal Renier", "7- Abdullah Ercan"). */
const ITEM_MARK = /^(\d+-?|[-–—.])$/;
/** What may follow a name at the end of its item: a minute or a rank ("Nico Van Kerckhoven , 81st"), the line's full stop. */
const ITEM_END = /^(\d+(st|nd|rd|th)|[.!?])$/;
/** A word of a person's name: a capital, then lower case (with an inner capital or hyphen: "McAteer", "Jean-Marc"). */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\p{Ll}$/u;
/** How many of a sentence's items must be persons for it to be a list of persons (and at least half of them). */
const FEWEST_PERSONS = 3;

/** One item of a list: its name's tokens, without the number, mark or title before it. */
interface Item {
  readonly start: number;
  readonly end: number;
  /** Whether a number marks the item ("4 - Pascal Renier"), as a line-up or a ranking numbers its persons. */
  readonly numbered: boolean;
}

/**
 * "3 - Dirk Medved , 4 - Pascal Renier , 16 - Geoffrey Claeys": in a sentence whose items are
 * mostly persons, an item of two or three capitalised words that the tagger passed over, or cut
 * short and typed otherwise ("Bertrand | Crasson" as a place), is a person too. Not an item the
 * lists know as a place or a company, nor one holding an organization's word or common words.
 */
export function* listedPersons(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens, lineStarts } = doc;
  const spanAt = new Map<number, Span>();
  // The span over each token, if any.
  const owner: (Span | undefined)[] = new Array(tokens.length);
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    spanAt.set(s.start, s);
    owner.fill(s, s.start, s.end);
  }
  const replaced = new Set<Span>();
  const added: Span[] = [];
  // A list is one sentence on one line: "Horn, Roger A.; Johnson, Charles R. (2013). Matrix
  // Analysis, second edition." holds two.
  const lists: number[] = [];
  for (let k = 0, l = 0; k < tokens.length; k++) {
    if (pace.spend()) yield;
    while (l < lineStarts.length && lineStarts[l]! < k) l++;
    if (tokens[k]!.sentStart || lineStarts[l] === k) lists.push(k);
  }
  lists.push(tokens.length);
  for (let l = 0; l + 1 < lists.length; l++) {
    const items = yield* listItems(tokens, lists[l]!, lists[l + 1]!, pace);
    let persons = 0;
    let numberedNames = 0;
    for (const item of items) {
      if (pace.spend()) yield;
      const s = spanAt.get(item.start);
      if (s && s.end === item.end && s.type === 'person') persons++;
      if (item.numbered && personShaped(doc, item)) numberedNames++;
    }
    // The tagger may miss most names of a line-up of foreign names; the numbers before them and
    // one person it did find still make the line a list of persons.
    const numberedList = persons > 0 && numberedNames >= FEWEST_PERSONS && numberedNames * 2 >= items.length;
    if (!numberedList && (persons < FEWEST_PERSONS || persons * 2 < items.length)) continue;
    for (const item of items) {
      if (pace.spend(item.end - item.start)) yield;
      const inside = personShaped(doc, item) ? spansWithin(doc, owner, item) : null;
      if (!inside) continue;
      for (const s of inside) replaced.add(s);
      added.push({ start: item.start, end: item.end, type: 'person' });
    }
  }
  if (!added.length) return spans;
  // The items were added in the order of the article: one merge.
  return yield* withSpans(yield* filterPass(spans, (s) => !replaced.has(s), pace), added, pace);
}

/** The items of the list from `from` to `to`, each without its mark or title before ("Prof") and its ordinal or full stop after. */
function* listItems(tokens: readonly Token[], from: number, to: number, pace: Pace): Sliced<Item[]> {
  const items: Item[] = [];
  let start = from;
  for (let k = from; k <= to; k++) {
    if (pace.spend()) yield;
    if (k < to && !ITEM_SEPARATOR.test(tokens[k]!.text)) continue;
    let a = start;
    let b = k;
    let numbered = false;
    while (a < b && (ITEM_MARK.test(tokens[a]!.text) || TITLES.has(tokens[a]!.text))) {
      if (/^\d/.test(tokens[a]!.text)) numbered = true;
      a++;
    }
    while (b > a && ITEM_END.test(tokens[b - 1]!.text)) b--;
    if (b > a) items.push({ start: a, end: b, numbered });
    start = k + 1;
  }
  return items;
}

/** Two or three words of a name that no list knows as a place or a company. */
function personShaped(doc: Doc, item: Item): boolean {
  const { tokens } = doc;
  const n = item.end - item.start;
  if (n < 2 || n > 3) return false;
  // "In Perrow, Martin": a sentence's opening word is no given name.
  if (SENTENCE_OPENERS.has(tokens[item.start]!.text)) return false;
  for (let k = item.start; k < item.end; k++) if (!NAME_WORD.test(tokens[k]!.text) || ORG_SUFFIX.has(tokens[k]!.text)) return false;
  const lex = lexicon();
  // "Weather Report", "Best Original Screenplay": a band or a prize named by common words, not a person.
  for (let k = item.start; k < item.end; k++) {
    const w = tokens[k]!.text;
    if (lex.common.has(w.toLowerCase()) && !lex.person.has(w)) return false;
  }
  const name = spanText(tokens, item.start, item.end);
  return !lex.place.has(name) && !lex.org.has(name) && !lex.brand.has(name);
}

/**
 * The spans inside the item (none: nothing found there), when none is a person, reaches out of
 * it, was typed by the layout or is a place the lists know, and no organization covers it; null otherwise.
 */
function spansWithin(doc: Doc, owner: readonly (Span | undefined)[], item: Item): Span[] | null {
  const inside: Span[] = [];
  for (let k = item.start; k < item.end; k++) {
    const s = owner[k];
    if (!s || inside.includes(s)) continue;
    if (s.start < item.start || s.end > item.end || s.fixed || s.type === 'person') return null;
    // An organization over the whole item may be the musicians' band ("Weather Report"); a place
    // there is mostly a person's name the tagger misread ("Kelsea Ballerini").
    if (s.start === item.start && s.end === item.end && s.type === 'organization') return null;
    if (lexicon().place.has(spanText(doc.tokens, s.start, s.end))) return null;
    inside.push(s);
  }
  return inside;
}

/** A listed name, with its index in the spans when a span holds it already. */
export interface ListedName {
  readonly item: Span;
  readonly found: number | undefined;
}

/**
 * The names of a list from token `first` on ("Mobil, Shell and Caltex"): each the span that starts
 * there, or a run of at most `maxWords` capitalised words no span holds, typed `type`; read across
 * commas and one "and" or "or", and ended by anything else.
 */
export function* namesOfList(
  tokens: readonly Token[],
  first: number,
  spans: readonly Span[],
  at: ReadonlyMap<number, number>,
  covered: Uint8Array,
  read: { readonly maxWords: number; readonly type: EntityType; readonly capital: (word: string) => boolean },
  pace: Pace,
): Sliced<ListedName[]> {
  const items: ListedName[] = [];
  let i = first;
  for (;;) {
    if (pace.spend()) yield;
    const t = tokens[i];
    if (!t || t.sentStart || !read.capital(t.text)) break;
    const found = at.get(i);
    let item: Span;
    if (found !== undefined) item = spans[found]!;
    else {
      if (covered[i]) break;
      let j = i + 1;
      while (j < tokens.length && j - i < read.maxWords && read.capital(tokens[j]!.text) && !covered[j]) j++;
      item = { start: i, end: j, type: read.type };
    }
    items.push({ item, found });
    i = item.end;
    if (tokens[i]?.text === ',') i++;
    if (/^(and|or)$/.test(tokens[i]?.text ?? '')) i++;
    else if (tokens[i - 1]?.text !== ',') break;
  }
  return items;
}
