// The CLI's fact tables: the same files the extension ships (assets/facts), read from the repository, so
// `gloss annotate --json --cards` gives the facts exactly as the worker's cards do.
import { readFile } from 'node:fs/promises';
import { buildTables, factLookup, type FactAssets, type FactLookup } from '../core/facts';

/** assets/facts, from src/cli (tests) and from dist/cli (the built CLI) alike: both are two levels down. */
const FACTS_DIR = new URL('../../assets/facts/', import.meta.url);

export async function cliFacts(): Promise<FactLookup> {
  const read = async (file: string) => JSON.parse(await readFile(new URL(file, FACTS_DIR), 'utf8')) as unknown;
  const [places, countries, companies] = await Promise.all([read('places.json'), read('countries.json'), read('companies.json')]);
  return factLookup(buildTables({ places, countries, companies } as FactAssets));
}
