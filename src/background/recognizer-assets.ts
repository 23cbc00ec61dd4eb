// The recognizer's data, fetched from the package's recognizer/ folder (copied from assets/ by
// scripts/build.mjs) when the first page is analysed, not bundled into the worker: a 1.2 MB script
// made every click that woke the worker wait ~300 ms more for its script injection (measured
// with `npm run bench:browser` against a stub build).
import { loadEntityAssetsWith, type EntityAssets } from '../core/recognize/entities/assets';
import { readPackagedJson } from './packaged';
import { markWorkerStage } from './stages';

const RECOGNIZER_FILES = {
  lexicon: 'recognizer/lexicon.json',
  model: 'recognizer/ner-model.json',
  towns: 'recognizer/towns.json',
} as const;

loadEntityAssetsWith(async () => {
  const [lexicon, model, towns] = await Promise.all([
    readPackagedJson(RECOGNIZER_FILES.lexicon),
    readPackagedJson(RECOGNIZER_FILES.model),
    readPackagedJson(RECOGNIZER_FILES.towns),
  ]).catch((e: unknown) => {
    // A damaged install: the reader is told what to do; the next click tries again.
    throw new Error(`Gloss could not load its recognizer (${e instanceof Error ? e.message : String(e)}); reinstalling Gloss may help.`);
  });
  markWorkerStage('recognizer-fetched');
  return { lexicon, model, towns } as EntityAssets;
});
