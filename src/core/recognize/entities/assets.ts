// The recognizer's data: the word lists (assets/model/lexicon.json), the tagger's weights
// (assets/model/ner-model.json) and the towns gazetteer (assets/gazetteer/towns.json), 1.2 MB
// together. The worker keeps them out of its script, so a click that wakes it injects the content
// script after booting a small worker, and fetches them (src/background/recognizer-assets.ts) while
// the page extracts its article. Node (the CLI, the tests, the scripts) imports them as modules
// (assets-bundled.ts). Recognition reads them through entityAssets(); `warmUp()` waits for them.
import type LexiconJson from '../../../../assets/model/lexicon.json';
import type ModelJson from '../../../../assets/model/ner-model.json';
import type TownsJson from '../../../../assets/gazetteer/towns.json';

export interface EntityAssets {
  lexicon: typeof LexiconJson;
  model: typeof ModelJson;
  towns: typeof TownsJson;
}

type Part = keyof EntityAssets;
/** The order the worker fetches the parts in: the word lists are built while the weights still come. */
export const ENTITY_ASSET_PARTS: readonly Part[] = ['lexicon', 'model', 'towns'];

const parts: Partial<EntityAssets> = {};
let fetchPart: (<K extends Part>(part: K) => Promise<EntityAssets[K]>) | null = null;
/** Each part's arrival in the current load, one part after another; null before a load or after a failed one. */
let arrivals: Map<Part, Promise<void>> | null = null;

/** The data itself, where it is at hand (Node). */
export function provideEntityAssets(given: EntityAssets): void {
  Object.assign(parts, given);
}

/**
 * Where to fetch each part from on the first recognition (the worker). The parts come one after
 * another, not all at once: at once they share the browser's pipe and all arrive at the end, while
 * in turn the first can be built as the next comes (recognize.ts, warmUpEntities()).
 */
export function loadEntityAssetsWith(fetch: <K extends Part>(part: K) => Promise<EntityAssets[K]>): void {
  fetchPart = fetch;
}

function startLoad(fetch: NonNullable<typeof fetchPart>): Map<Part, Promise<void>> {
  const load = new Map<Part, Promise<void>>();
  let previous = Promise.resolve();
  for (const part of ENTITY_ASSET_PARTS) {
    previous = previous.then(async () => {
      if (!parts[part]) (parts as Record<Part, unknown>)[part] = await fetch(part);
    });
    load.set(part, previous);
    // Awaited by whoever asks for the part; a failure no one asked about is not an unhandled rejection.
    previous.catch(() => undefined);
  }
  // A failure is not kept: the next call loads what is still missing.
  previous.catch(() => {
    if (arrivals === load) arrivals = null;
  });
  return load;
}

/** Resolves once `part` is in (and every part before it); a failed load is tried again by the next call. */
export function entityAssetReady(part: Part): Promise<void> {
  if (parts[part]) return Promise.resolve();
  if (!fetchPart) return Promise.reject(new Error('Gloss: the recognizer has no data to load.'));
  arrivals ??= startLoad(fetchPart);
  return arrivals.get(part)!;
}

/** Resolves once all the data is in. */
export function entityAssetsReady(): Promise<void> {
  return entityAssetReady(ENTITY_ASSET_PARTS[ENTITY_ASSET_PARTS.length - 1]!);
}

/** One part of the data, once it is in. */
export function entityAsset<K extends Part>(part: K): EntityAssets[K] {
  const value = parts[part];
  if (!value) throw new Error('Gloss: the recognizer’s data is not loaded (await warmUp() before recognizing).');
  return value;
}

export function entityAssets(): EntityAssets {
  return { lexicon: entityAsset('lexicon'), model: entityAsset('model'), towns: entityAsset('towns') };
}
