// Named entities in article text: person, organization, place, product, other. The text is
// tokenised and tagged (tagger/), then the passes of pipeline.ts clean, split, add and type the
// names as a reader of the news does, and mention.ts links every mention to its full name.
import { entityAssetReady, entityAssetsReady } from './assets';
import { buildLexicon } from './lexicon';
import { mentionsPass } from './mention';
import { readDoc, runPipeline } from './pipeline';
import { buildModel } from './tagger/model';
import { Pace, SLICE, SLICE_MS, type Sliced, type TurnPriority, inSlices, nextTurn, whole } from '../pace';
import type { EntityMention } from '../../types';

/** Entity mentions sorted by start, non-overlapping; `name` is the full name in this article. */
export function recognizeEntities(text: string): EntityMention[] {
  return whole(entitiesPass(text, new Pace()));
}

/**
 * Waits for the recognizer's data (fetched by the worker, see assets.ts), building the word lists
 * while the weights still come, then unpacks the weights, in slices, so a worker warming up still answers other tabs
 * (whole, they were a cold worker's longest blocks). The worker calls this on the click, while the
 * page is still extracting its article.
 */
export async function warmUpEntities(): Promise<void> {
  // Asking for the first part starts the whole load, one part after another.
  await entityAssetReady('lexicon');
  await buildLexicon(SLICE);
  await entityAssetReady('model');
  await buildModel(SLICE);
  await entityAssetsReady();
}

export interface SliceOptions {
  /** Work per slice, in Pace units (SLICE by default). */
  slice?: number;
  /** Told the work of each slice. */
  onSlice?: (work: number) => void;
  /** Of the turns between slices (see TurnPriority). */
  priority?: TurnPriority;
}

/**
 * The same, for long articles in a worker that must stay responsive: every pass, from the
 * tokenizer to the article-wide consistency and linking steps, works in slices of about SLICE
 * units (a few milliseconds) with a turn of the event loop between them, cut anywhere, even in the
 * middle of a sentence or a run of capitals: each pass keeps its place, so the result is that of
 * recognizeEntities().
 */
export async function recognizeEntitiesChunked(
  text: string,
  { slice = SLICE, onSlice, priority }: SliceOptions = {},
): Promise<EntityMention[]> {
  await warmUpEntities();
  await nextTurn(priority);
  const pace = new Pace(slice, SLICE_MS);
  return inSlices(entitiesPass(text, pace), pace, onSlice, priority);
}

/** recognizeEntities() as a sliced pass: the Doc is read, the pipeline run, the mentions linked. */
export function* entitiesPass(text: string, pace: Pace): Sliced<EntityMention[]> {
  const doc = yield* readDoc(text, pace);
  const spans = yield* runPipeline(doc, pace);
  return yield* mentionsPass(doc, spans, pace);
}
