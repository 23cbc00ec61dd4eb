// The one way into recognition, for the worker, the CLI and the evaluation scripts.
// Figures and entities are found by separate modules; this file decides what happens where
// they overlap: a figure or a unit word inside a name ("GPT-4", "Hornsea 4", "Dollar General")
// belongs to the name, and a name inside a figure ("US" in "US$ 1MM", "MB" in "100 MB") belongs to
// the figure.

import type { EntityMention, Recognition, Recognizer } from '../types';
import { entitiesPass, warmUpEntities, type SliceOptions } from './entities/recognize';
import { figuresPass, unitNamesPass } from './figures';
import { inSlices, nextTurn, Pace, SLICE, SLICE_MS, whole, type Sliced } from './pace';

export { warmUpEntities as warmUp };
export type { SliceOptions };

export function recognize(text: string): Recognition {
  return whole(recognition(text, new Pace()));
}

export const recognizer: Recognizer = { recognize };

/**
 * The same result as recognize(), computed in slices of at most `slice` units of work (SLICE, a few
 * milliseconds) with a macrotask between them, so a worker recognizing a long article, or a page
 * built to be slow, still answers other tabs' messages (cards, notes) meanwhile.
 */
export async function recognizeChunked(text: string, { slice = SLICE, onSlice, priority }: SliceOptions = {}): Promise<Recognition> {
  await warmUpEntities();
  const pace = new Pace(slice, SLICE_MS);
  return inSlices(recognition(text, pace), pace, onSlice, priority);
}

/**
 * Figures and unit names of `text`, found in slices and dropped: they need none of the recognizer's
 * data, so the worker runs them while that data comes, and the figure grammar's code and its large
 * regular expressions are compiled then, not in the reader's first page (in a worker just woken the
 * first match of the unit pattern alone held it for tens of milliseconds).
 */
export async function warmUpFigures(text: string): Promise<void> {
  await nextTurn();
  const pace = new Pace(SLICE, SLICE_MS);
  await inSlices(figuresAndUnits(text, pace), pace);
}

function* figuresAndUnits(text: string, pace: Pace): Sliced<void> {
  yield* unitNamesPass(text, yield* figuresPass(text, pace), pace);
}

function* recognition(text: string, pace: Pace): Sliced<Recognition> {
  const figures = yield* figuresPass(text, pace);
  const found = yield* entitiesPass(text, pace);
  // The tagger sees currency codes and unit symbols as acronyms; the figure grammar knows better.
  const entities = yield* insideFigures(found, figures, pace);
  // Unit words are looked for outside every figure found, even one a name took: "Boeing 747 feet" is not
  // a bare "feet".
  const units = yield* insideNames(yield* unitNamesPass(text, figures, pace), entities, pace);
  return { entities, figures: yield* insideNames(figures, entities, pace), units };
}

/** Both lists sorted by start; an entity lying wholly inside a longer figure is dropped. */
export function dropInsideFigures(entities: readonly EntityMention[], figures: readonly { start: number; end: number }[]): EntityMention[] {
  return whole(insideFigures(entities, figures, new Pace()));
}

function* insideFigures(
  entities: readonly EntityMention[],
  figures: readonly { start: number; end: number }[],
  pace: Pace,
): Sliced<EntityMention[]> {
  const out: EntityMention[] = [];
  let k = 0;
  for (const e of entities) {
    if (pace.spend()) yield;
    while (k < figures.length && figures[k]!.end <= e.start) k++;
    const f = figures[k];
    if (f && f.start <= e.start && e.end <= f.end && f.end - f.start > e.end - e.start) continue;
    out.push(e);
  }
  return out;
}

/** Both lists sorted by start; a span overlapping any entity span is dropped. */
export function dropInsideNames<T extends { start: number; end: number }>(spans: readonly T[], entities: readonly EntityMention[]): T[] {
  return whole(insideNames(spans, entities, new Pace()));
}

function* insideNames<T extends { start: number; end: number }>(
  spans: readonly T[],
  entities: readonly EntityMention[],
  pace: Pace,
): Sliced<T[]> {
  const out: T[] = [];
  let j = 0;
  for (const f of spans) {
    if (pace.spend()) yield;
    while (j < entities.length && entities[j]!.end <= f.start) j++;
    const e = entities[j];
    if (e && e.start < f.end && f.start < e.end) continue;
    out.push(f);
  }
  return out;
}
