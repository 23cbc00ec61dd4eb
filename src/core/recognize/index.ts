// The one way into recognition, for the worker, the CLI and the evaluation scripts.
// Figures and entities are found by separate modules; this file decides what happens where
// they overlap: a figure or a unit word inside a name ("GPT-4", "Hornsea 4", "Dollar General")
// belongs to the name, and a name inside a figure ("US" in "US$ 1MM", "MB" in "100 MB") belongs to
// the figure.

import type { EntityMention, FigureMention, Recognition, Recognizer } from '../types';
import { nextTurn, recognizeEntities, recognizeEntitiesChunked, warmUpEntities } from './entities';

export { warmUpEntities as warmUp };
import { recognizeFigures, recognizeUnitNames } from './figures';

export function recognize(text: string): Recognition {
  const figures = recognizeFigures(text);
  const entities = recognizeEntities(text);
  return combine(text, figures, entities);
}

function combine(text: string, allFigures: FigureMention[], found: EntityMention[]): Recognition {
  // The tagger sees currency codes and unit symbols as acronyms; the figure grammar knows better.
  const entities = dropInsideFigures(found, allFigures);
  const figures = dropInsideNames(allFigures, entities);
  // Unit words are looked for outside every figure found, even one a name took: "Boeing 747 feet" is not
  // a bare "feet".
  const units = dropInsideNames(recognizeUnitNames(text, allFigures), entities);
  return { entities, figures, units };
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
  return combine(text, figures, entities);
}

/** Both lists sorted by start; an entity lying wholly inside a longer figure is dropped. */
export function dropInsideFigures(entities: readonly EntityMention[], figures: readonly { start: number; end: number }[]): EntityMention[] {
  const out: EntityMention[] = [];
  let k = 0;
  for (const e of entities) {
    while (k < figures.length && figures[k]!.end <= e.start) k++;
    const f = figures[k];
    if (f && f.start <= e.start && e.end <= f.end && f.end - f.start > e.end - e.start) continue;
    out.push(e);
  }
  return out;
}

/** Both lists sorted by start; a span overlapping any entity span is dropped. */
export function dropInsideNames<T extends { start: number; end: number }>(spans: readonly T[], entities: readonly EntityMention[]): T[] {
  const out: T[] = [];
  let j = 0;
  for (const f of spans) {
    while (j < entities.length && entities[j]!.end <= f.start) j++;
    const e = entities[j];
    if (e && e.start < f.end && f.start < e.end) continue;
    out.push(f);
  }
  return out;
}
