// The recognizer's data, fetched from the package's recognizer/ folder (copied from assets/ by
// scripts/build.mjs) when the first page is analysed, not bundled into the worker: a 1.2 MB script
// made every click that woke the worker wait ~300 ms more for its script injection (measured
// with `npm run bench:browser` against a stub build). The parts come one after another (assets.ts).
import { ENTITY_ASSET_PARTS, loadEntityAssetsWith, type EntityAssets } from '../core/recognize/entities/assets';
import { readPackagedJson } from './packaged';
import { markWorkerStage } from './stages';

const RECOGNIZER_FILES: { [K in keyof EntityAssets]: string } = {
  lexicon: 'recognizer/lexicon.json',
  model: 'recognizer/ner-model.json',
  towns: 'recognizer/towns.json',
};

loadEntityAssetsWith(async <K extends keyof EntityAssets>(part: K): Promise<EntityAssets[K]> => {
  const data = await readPackagedJson(RECOGNIZER_FILES[part]).catch((e: unknown) => {
    // A damaged install: the reader is told what to do; the next click tries again.
    throw new Error(`Gloss could not load its recognizer (${e instanceof Error ? e.message : String(e)}); reinstalling Gloss may help.`);
  });
  if (part === 'lexicon') markWorkerStage('lexicon-fetched');
  if (part === ENTITY_ASSET_PARTS[ENTITY_ASSET_PARTS.length - 1]) markWorkerStage('recognizer-fetched');
  return data as EntityAssets[K];
});
