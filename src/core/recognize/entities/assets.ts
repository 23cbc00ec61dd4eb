// The recognizer's data: the word lists (assets/model/lexicon.json), the tagger's weights
// (assets/model/ner-model.json) and the towns gazetteer (assets/gazetteer/towns.json), 1.2 MB
// together. The worker keeps them out of its script, so a click that wakes it injects the content
// script after booting a small worker, and fetches them (src/background/recognizer-assets.ts) while
// the page extracts its article. Node (the CLI, the tests, the scripts) imports them as modules
// (assets-bundled.ts). Recognition reads them through entityAssets(); `warmUp()` waits for them.
import type LexiconJson from '../../../../assets/model/lexicon.json';
import type ModelJson from '../../../../assets/model/ner-model.json';
import type TownsJson from '../../../../assets/gazetteer/towns.json';
import { retriedOnce } from '../../once';

export interface EntityAssets {
  lexicon: typeof LexiconJson;
  model: typeof ModelJson;
  towns: typeof TownsJson;
}

let assets: EntityAssets | null = null;
let load: (() => Promise<void>) | null = null;

/** The data itself, where it is at hand (Node). */
export function provideEntityAssets(given: EntityAssets): void {
  assets = given;
}

/** Where to fetch the data from on the first recognition (the worker). */
export function loadEntityAssetsWith(fetchAssets: () => Promise<EntityAssets>): void {
  load = retriedOnce(async () => {
    assets = await fetchAssets();
  });
}

/** Resolves once the data is in; a failed load is tried again by the next call. */
export function entityAssetsReady(): Promise<void> {
  if (assets) return Promise.resolve();
  if (!load) return Promise.reject(new Error('Gloss: the recognizer has no data to load.'));
  return load();
}

export function entityAssets(): EntityAssets {
  if (!assets) throw new Error('Gloss: the recognizer’s data is not loaded (await warmUp() before recognizing).');
  return assets;
}
