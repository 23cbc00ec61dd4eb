// A bare change ("Tesla fell 3.4%", "the S&P 500 rose 1.2%") changes something of its owner's that the
// sentence leaves unsaid: a company's share price, an index's level. Two bare changes are alike only
// when their owners are, so a change the article shows to be an index's gets a key of its own and no
// longer compares with a company's. Only positive evidence separates: an owner the article says nothing
// about stays comparable with every bare change, as recognizer types are too noisy to split on.
//
// The article's evidence that an owner is an index: a table whose names column is headed "Index", a
// name whose head noun is one ("Nasdaq Composite", "Dow Jones Industrial Average", "the Kospi index"),
// or a change that reached a plain number rather than a price ("rose 1.2% to 6,412.55").
import type { EntityMention, FigureMention } from '../types';
import type { FigureMeasure } from './index';
import { singular } from './lexicon';
import type { Word } from './words';

/** Head nouns naming a market index, in a name or over a table's names column. */
const INDEX_HEADS = new Set(['index', 'average', 'composite', 'benchmark']);

/** The key of a bare change whose owner is an index. */
export const INDEX_CHANGE = 'change of index';

/** Whether a name or a header is headed by an index noun ("Nasdaq Composite", "Index", "Indexes"). */
export function namesIndex(phrase: string | null): boolean {
  if (phrase === null) return false;
  const head = phrase.trim().toLowerCase().split(/\s+/).pop() ?? '';
  return INDEX_HEADS.has(singular(head)) || head === 'indexes' || head === 'indices';
}

/**
 * Whether the change at words [from, to) reached a plain number, a level rather than a price
 * ("rose 1.2% to 6,412.55"; not "to $242.10"). `next` is the figure after it in the sentence.
 */
export function reachedLevel(words: readonly Word[], to: number, next: FigureMention | undefined, nextFrom: number): boolean {
  if (!next || nextFrom !== to + 1 || words[to]?.lower !== 'to') return false;
  return (next.kind === 'count' || next.kind === 'quantity') && !next.unit;
}

/**
 * The names `entities` show to be indexes by the noun right after them ("the Kospi index rose 2%"),
 * read from the text so that sentences without figures count too.
 */
export function indexAppositions(text: string, entities: readonly EntityMention[]): Set<string> {
  const indexes = new Set<string>();
  for (const e of entities) {
    const after = INDEX_NOUN_AFTER.exec(text.slice(e.end, e.end + APPOSITION_CHARS));
    if (after && namesIndex(after[1]!)) indexes.add(e.name);
  }
  return indexes;
}

/** The word after a name, when only spaces stand between. */
const INDEX_NOUN_AFTER = /^[ \t]+(\p{L}+)/u;
/** Enough characters to hold the longest index noun after a space or two. */
const APPOSITION_CHARS = 16;

/**
 * Gives the bare changes of indexes their own key, in place. `indexed` holds the figures with direct
 * evidence (a table's index column, a level reached): their owners are indexes wherever they appear,
 * as are the names in `indexes`.
 */
export function separateIndexChanges(out: FigureMeasure[], indexed: ReadonlySet<number>, indexes: Set<string>): void {
  for (const k of indexed) if (out[k]?.about) indexes.add(out[k]!.about!);
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    if (m.key !== 'change') continue;
    if (indexed.has(k) || (m.about !== null && (indexes.has(m.about) || namesIndex(m.about)))) out[k] = { ...m, key: INDEX_CHANGE };
  }
}
