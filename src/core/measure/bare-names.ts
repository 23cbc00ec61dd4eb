// A sentence-initial capital hides whether a word is a name: "Rivian lost 2.2%" reads like "Copper
// slipped 1.1%". Read as a common noun, the name becomes a measure ("fall in rivian"). The article's
// own text decides: a word it never writes in lower case, that is not a common word, and that opens a
// sentence with a bare change shortly after another name's bare change ("Tesla fell 3.4% … Rivian lost
// 2.2%") is a name too, and the change is its own.
import { lexicon } from '../recognize/entities/lexicon';
import type { EntityMention } from '../types';
import { CHANGE_NOUN } from './lexicon';
import type { FigureMeasure } from './index';
import type { Word } from './words';

/** How many figures back another name's bare change makes a parallel ("Tesla fell 3.4% … Rivian lost 2.2%"). */
export const PARALLEL_FIGURES = 4;

/** The words an article writes in lower case, read once on first use. */
export class LowerWords {
  private words: Set<string> | null = null;
  constructor(private readonly text: string) {}
  has(word: string): boolean {
    this.words ??= new Set(this.text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{N}'’-]*/gu) ?? []);
    return this.words.has(word);
  }
}

/**
 * The name and change of a sentence "Name verb figure" whose first word no recognizer marked, when the
 * article shows it to be a name (see the file comment); null otherwise. `from` is the figure's first
 * word, `earlier` the measures of the few figures before it in the article.
 */
export function bareNameChange(
  words: readonly Word[],
  from: number,
  names: readonly (EntityMention | null)[],
  earlier: readonly FigureMeasure[],
  lower: LowerWords,
): { measure: string; about: string } | null {
  const first = words[0];
  const change = CHANGE_NOUN[words[1]?.lower ?? ''];
  if (!first || !change || from !== 2 || names[0] || !/^\p{Lu}\p{Ll}+$/u.test(first.text)) return null;
  if (!earlier.some((m) => m.key === 'change' && m.about !== null)) return null;
  if (lexicon().common.has(first.lower) || lower.has(first.lower)) return null;
  return { measure: change, about: first.text };
}
