// The offline fact tables (assets/facts, copied to the package's facts/ folder), fetched from the extension's
// own files on the first card that needs them and never at the worker's start: a worker is woken often (issue
// 12 forbids a slower cold start) and most cards, of people and figures, never need them.
import { buildTables, factLookup, type FactAssets, type FactLookup } from '../core/facts';
import { browser } from './platform';

const FILES = { places: 'facts/places.json', countries: 'facts/countries.json', companies: 'facts/companies.json' } as const;

let loading: Promise<FactLookup> | null = null;

/** The lookup over the shipped tables; loaded once, and tried again on the next card if loading failed. */
export function facts(): Promise<FactLookup> {
  loading ??= load().catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}

async function load(): Promise<FactLookup> {
  const read = async (path: string) => {
    const response = await fetch(browser.runtime.getURL(path));
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return (await response.json()) as unknown;
  };
  const [places, countries, companies] = await Promise.all([read(FILES.places), read(FILES.countries), read(FILES.companies)]);
  // Gloss's own packaged files, written by scripts/derive-facts.mjs: not input from a page or the network.
  return factLookup(buildTables({ places, countries, companies } as FactAssets));
}
