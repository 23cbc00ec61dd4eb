// The one way into recognition, for the worker, the CLI and the evaluation scripts.
// Figures and entities are found by separate modules; this file decides what happens where
// they overlap: a figure inside a name ("GPT-4", "Hornsea 4") belongs to the name.

import type { EntityMention, FigureMention, Recognition, Recognizer } from '../types';
import { nextTurn, recognizeEntities, recognizeEntitiesChunked, warmUpEntities } from './entities';

export { warmUpEntities as warmUp };
import { recognizeFigures } from './figures';

export function recognize(text: string): Recognition {
  const figures = recognizeFigures(text);
  const entities = recognizeEntities(text);
  return { entities, figures: dropFiguresInsideNames(figures, entities) };
}

export const recognizer: Recognizer = { recognize };

/**
 * The same result as recognize(), computed in slices with a macrotask between them, so a worker
 * recognizing a long article still answers other tabs' messages (cards, notes) meanwhile.
 */
export async function recognizeChunked(text: string): Promise<Recognition> {
  // Figures are one linear scan (tens of MB/s): a single slice even for the longest articles.
  const figures = recognizeFigures(text);
  await nextTurn();
  const entities = await recognizeEntitiesChunked(text);
  return { entities, figures: dropFiguresInsideNames(figures, entities) };
}

/** Both lists sorted by start; a figure overlapping any entity span is dropped. */
export function dropFiguresInsideNames(figures: FigureMention[], entities: EntityMention[]): FigureMention[] {
  const out: FigureMention[] = [];
  let j = 0;
  for (const f of figures) {
    while (j < entities.length && entities[j]!.end <= f.start) j++;
    const e = entities[j];
    if (e && e.start < f.end && f.start < e.end) continue;
    out.push(f);
  }
  return out;
}
