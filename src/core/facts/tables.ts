// The shipped fact tables (assets/facts/*.json, built by scripts/derive-facts.mjs) and the index a lookup
// reads: every name, by its key, with the things it may mean. Built once per process (the worker: on the
// first card that needs it), a few milliseconds for the ~17,000 rows.
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
  places: Map<string, PlaceCandidate[]>;
  /** Name key -> tickers of the companies of that name (two different companies: ambiguous). */
  companies: Map<string, string[]>;
  countries: CountriesAsset['countries'];
  regionNames: Record<string, string>;
}

const ROW = '\n';
const FIELD = '|';
/** The suffix of a city named after its own division ("New York City" in the state of New York). */
const CITY_SUFFIX = ' city';

export function buildTables(assets: FactAssets): FactTables {
  const places = new Map<string, PlaceCandidate[]>();
  const add = (name: string, c: PlaceCandidate) => {
    const key = nameKey(name);
    if (!key) return;
    const list = places.get(key);
    if (list) list.push(c);
    else places.set(key, [c]);
  };
  for (const [country, c] of Object.entries(assets.countries.countries)) {
    for (const name of [c.name, ...(c.aliases ?? [])]) add(name, { kind: 'country', country });
  }
  const regionNames = assets.places.regions;
  for (const [region, name] of Object.entries(regionNames)) add(name, { kind: 'region', country: region.split('.')[0]!, region });
  for (const row of assets.places.places.split(ROW)) {
    const [name, country, admin, population, mark] = row.split(FIELD);
    if (!name || !country) continue;
    const region = `${country}.${admin ?? ''}`;
    const candidate: PlaceCandidate = { kind: 'place', country, region, population: Number(population), mark: mark ?? '' };
    add(name, candidate);
    // "New York" also means New York City, not only the state: a city named "<its division> City" is one
    // more meaning of the division's name, so that name is ambiguous rather than wrongly a state.
    const key = nameKey(name);
    const own = regionNames[region];
    if (key.endsWith(CITY_SUFFIX) && own && nameKey(own) === key.slice(0, -CITY_SUFFIX.length)) add(own, candidate);
  }
  const companies = new Map<string, string[]>();
  for (const row of assets.companies.companies.split(ROW)) {
    const [surface, ticker] = row.split(FIELD);
    if (!surface || !ticker) continue;
    const key = nameKey(surface);
    const list = companies.get(key);
    if (list) list.push(ticker);
    else companies.set(key, [ticker]);
  }
  return { places, companies, countries: assets.countries.countries, regionNames };
}
