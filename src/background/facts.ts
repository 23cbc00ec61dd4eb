// The offline fact tables (assets/facts, copied to the package's facts/ folder), fetched from the extension's
// own files once a page that names a place or a firm has its marks (the worker asks after answering, so its
// first such card does not wait for them), or by the first card that needs them; never at the worker's start:
// a worker is woken often (issue 12 forbids a slower cold start), and pages of people and figures never need them.
import { buildTablesChunked, factLookup, type FactAssets, type FactLookup } from '../core/facts';
import { retriedOnce } from '../core/once';
import { readPackagedJson } from './packaged';

const FILES = { places: 'facts/places.json', countries: 'facts/countries.json', companies: 'facts/companies.json' } as const;

/** The lookup over the shipped tables; loaded once, and tried again on the next card if loading failed. */
export const facts: () => Promise<FactLookup> = retriedOnce(load);

async function load(): Promise<FactLookup> {
  const [places, countries, companies] = await Promise.all([
    readPackagedJson(FILES.places),
    readPackagedJson(FILES.countries),
    readPackagedJson(FILES.companies),
  ]);
  // Gloss's own packaged files, written by scripts/derive-facts.mjs: not input from a page or the network.
  return factLookup(await buildTablesChunked({ places, countries, companies } as FactAssets));
}
