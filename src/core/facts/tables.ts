// The shipped fact tables (assets/facts/*.json, built by scripts/derive-facts.mjs) and the index a lookup
// reads: every name, by its key, with the things it may mean. Built once per process (the worker: on the
// first card that needs it), a few milliseconds for the ~17,000 rows.
import { inSlices, Pace, SLICE, SLICE_MS, whole, type Sliced } from '../recognize/pace';
import { nameKey } from './names';

/** assets/facts/places.json: rows "name|country|admin1|population|role mark", and admin1 codes' names. */
export interface PlacesAsset {
  source: string;
  minPopulation: number;
  /** "US.CA" -> "California". */
  regions: Record<string, string>;
  places: string;
}

/** assets/facts/countries.json, keyed by ISO 3166 alpha-2 code. */
export interface CountriesAsset {
  source: string;
  countries: Record<string, { name: string; aliases?: string[]; capital: string | null; currencies: string[]; continent: string | null }>;
}

/** assets/facts/companies.json: rows "surface name|ticker". */
export interface CompaniesAsset {
  source: string;
  companies: string;
}

export interface FactAssets {
  places: PlacesAsset;
  countries: CountriesAsset;
  companies: CompaniesAsset;
}

/** The things a place name may mean. `country` is an ISO code; `region` an admin1 code ("US.CA"). */
export type PlaceCandidate =
  | { kind: 'country'; country: string }
  | { kind: 'region'; country: string; region: string }
  | { kind: 'place'; country: string; region: string; population: number; mark: string };

export interface FactTables {
  /** Name key -> the countries and first-level divisions of that name. */
  divisions: Map<string, PlaceCandidate[]>;
  /** Name key -> the rows of the populated places of that name, read into candidates only when looked up. */
  placeRows: Map<string, string[]>;
  /** Name key -> tickers of the companies of that name (two different companies: ambiguous). */
  companies: Map<string, string[]>;
  countries: CountriesAsset['countries'];
  regionNames: Record<string, string>;
  /** The population above which every place is in the table (smaller ones only as namesakes of those). */
  minPopulation: number;
}

const ROW = '\n';
const FIELD = '|';
/** The suffix of a city named after its own division ("New York City" in the state of New York). */
const CITY_SUFFIX = ' City';

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  if (!key) return;
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The index, built on the first card that needs it: one key per name and no object per place row (a row is
 * read only when its name is looked up), so the worker's first such card waits as little as can be.
 */
export function buildTables(assets: FactAssets): FactTables {
  return whole(tablesPass(assets, new Pace()));
}

/**
 * buildTables() in slices with a turn of the event loop between them, for the worker: whole, the ~17,000
 * rows held a worker just woken for 50-60 ms in one task (its code not yet compiled), while other tabs waited.
 */
export function buildTablesChunked(assets: FactAssets): Promise<FactTables> {
  const pace = new Pace(SLICE, SLICE_MS);
  return inSlices(tablesPass(assets, pace), pace);
}

function* tablesPass(assets: FactAssets, pace: Pace): Sliced<FactTables> {
  const divisions = new Map<string, PlaceCandidate[]>();
  for (const [country, c] of Object.entries(assets.countries.countries)) {
    for (const name of [c.name, ...(c.aliases ?? [])]) push(divisions, nameKey(name), { kind: 'country', country });
  }
  const regionNames = assets.places.regions;
  for (const [region, name] of Object.entries(regionNames)) {
    if (pace.spend()) yield;
    push(divisions, nameKey(name), { kind: 'region', country: region.slice(0, region.indexOf('.')), region });
  }
  const placeRows = new Map<string, string[]>();
  for (const row of assets.places.places.split(ROW)) {
    if (pace.spend()) yield;
    const name = row.slice(0, row.indexOf(FIELD));
    push(placeRows, nameKey(name), row);
    // "New York" also means New York City, not only the state: a city named "<its division> City" is one
    // more meaning of the division's name, so that name is ambiguous rather than wrongly a state.
    if (name.endsWith(CITY_SUFFIX)) {
      const own = regionNames[regionOf(row)];
      if (own && nameKey(own) === nameKey(name.slice(0, -CITY_SUFFIX.length))) push(placeRows, nameKey(own), row);
    }
  }
  const companies = new Map<string, string[]>();
  for (const row of assets.companies.companies.split(ROW)) {
    if (pace.spend()) yield;
    const at = row.indexOf(FIELD);
    if (at > 0) push(companies, nameKey(row.slice(0, at)), row.slice(at + 1));
  }
  return {
    divisions,
    placeRows,
    companies,
    countries: assets.countries.countries,
    regionNames,
    minPopulation: assets.places.minPopulation,
  };
}

/** Everything a name may mean: countries, divisions and places, or none. */
export function placeCandidates(tables: FactTables, key: string): PlaceCandidate[] {
  const rows = tables.placeRows.get(key) ?? [];
  return [...(tables.divisions.get(key) ?? []), ...rows.map(placeOf)];
}

function placeOf(row: string): PlaceCandidate {
  const [, country = '', , population, mark = ''] = row.split(FIELD);
  return { kind: 'place', country, region: regionOf(row), population: Number(population), mark };
}

/** "Paris|US|TX|24782|" -> "US.TX". */
function regionOf(row: string): string {
  const [, country, admin] = row.split(FIELD);
  return `${country}.${admin}`;
}
