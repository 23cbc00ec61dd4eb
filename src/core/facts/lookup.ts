// Which thing of the tables an article's name is, and what to say about it. Never a wrong fact: a name
// that means several things gets a fact only when the article itself says which (it names the country or
// the region of one of them) or when one of them clearly dominates; otherwise none.
import { unitInfo } from '../units/info';
import type { CompanyFact, Fact, FactLookup, FactQuery, PlaceFact } from './types';
import { placeCandidates, type FactTables, type PlaceCandidate } from './tables';
import { nameKey, surfaceName } from './names';

/**
 * The most likely of same-named places is meant only when it is this many times as likely as the next, its
 * population weighed by the article's evidence: a world city beside a town named after it (London, England and
 * London, Ontario: 22 to 1; Sydney, 44 to 1) goes to the city, two real cities (Birmingham, England and Alabama:
 * 4.6 to 1; Cambridge, England and Massachusetts: 1.5 to 1) need more evidence than their size.
 */
const DOMINANCE = 10;
/**
 * How much more likely a place is when the article names its region, or only its country, elsewhere. A region
 * named outweighs size by far ("Paris" in a story that names Texas is Paris, Texas, 25,000 people, against
 * Paris, France's 2.1 million), but not a world city's (a story naming California and London is not about
 * London, California, 1,900 people: no fact).
 */
const REGION_WEIGHT = 1000;
/**
 * A story names places of its own country all the time, so a country named says little: a US story naming
 * Seattle still means Paris, France (2.1 million against Paris, Texas's 25,000 × 3), but two cities of one size
 * (Birmingham, England, 984,000, and Alabama, 212,000 × 3) go to the one whose country the story names.
 */
const COUNTRY_WEIGHT = 3;
/** Evidence levels, for names that are also a country or a region (which have no population to weigh). */
const REGION_EVIDENCE = 2;
const COUNTRY_EVIDENCE = 1;
/** At this size a populated place is a city in ordinary English; below, a town. */
const CITY_POPULATION = 100_000;
/** The role marks derive-facts.mjs writes from GeoNames feature codes (PPLC, PPLA, PPLX). */
const ROLE_BY_MARK: Readonly<Record<string, PlaceFact['role']>> = { C: 'capital', A: 'seat', X: 'district' };
/**
 * A country's own word for its first-level divisions, where it is well known; any other is a "Region".
 * GeoNames' first-level divisions of the United Kingdom are its four nations.
 */
const DIVISION_WORD: Readonly<Record<string, string>> = {
  US: 'State',
  AU: 'State',
  IN: 'State',
  BR: 'State',
  MX: 'State',
  DE: 'State',
  NG: 'State',
  MY: 'State',
  CA: 'Province',
  CN: 'Province',
  ZA: 'Province',
  AR: 'Province',
  PK: 'Province',
  JP: 'Prefecture',
  ES: 'Autonomous community',
  GB: 'Nation',
};

/** A lookup over the tables, for cardFor(). */
export function factLookup(tables: FactTables): FactLookup {
  return (query) => factsFor(tables, query);
}

export function factsFor(tables: FactTables, query: FactQuery): Fact | null {
  if (query.type === 'place') return placeFact(tables, query);
  // A product named exactly as its maker is that company ("Tesla" read as a product); other products are not.
  if (query.type === 'organization' || query.type === 'product') return companyFact(tables, query.name);
  return null;
}

function companyFact(tables: FactTables, name: string): CompanyFact | null {
  // "Apple Inc." in the article is the list's "Apple": the legal form is not part of the name a reader knows.
  const tickers = tables.companies.get(nameKey(name)) ?? tables.companies.get(nameKey(surfaceName(name)));
  // Two listed companies share this name: the list cannot say which one the article means.
  if (!tickers || tickers.length !== 1) return null;
  return { kind: 'company', ticker: tickers[0]!, source: 'sec' };
}

function placeFact(tables: FactTables, query: FactQuery): Fact | null {
  const key = nameKey(query.name);
  const candidates = placeCandidates(tables, key);
  if (candidates.length === 0) return null;
  if (candidates.length === 1) return describe(tables, candidates[0]!);
  const evidence = articleEvidence(tables, query, key);
  const scored = candidates.map((c) => ({ c, score: evidenceFor(c, evidence) }));
  const divisions = scored.filter((s) => s.c.kind !== 'place');
  let chosen: PlaceCandidate | null;
  if (divisions.length === 0) {
    const weight = [1, COUNTRY_WEIGHT, REGION_WEIGHT];
    chosen = dominant(candidates, (c, i) => (c.kind === 'place' ? c.population : 0) * weight[scored[i]!.score]!);
  } else if (scored.some(({ c, score }) => c.kind === 'place' && c.population >= tables.minPopulation && rivals(c, score, divisions))) {
    // A division that shares its name with a city of the table's size means either ("New York", "Washington",
    // "Ontario"): nothing. Smaller namesakes do not compete with a division's name.
    chosen = null;
  } else {
    // A country or a region has no size to weigh: the one the article points at most, if it points at any.
    const best = Math.max(...divisions.map((s) => s.score));
    chosen = dominant((best > 0 ? divisions.filter((s) => s.score === best) : divisions).map((s) => s.c));
  }
  return chosen && describe(tables, chosen);
}

/**
 * Whether a city of the table's size makes a division's name ambiguous: always beside a region; beside a country
 * only when the city is abroad and the article names the city's country ("Jamaica" in a story about Queens; not
 * "Singapore", nor "Armenia" in a story that does not name Colombia).
 */
function rivals(city: PlaceCandidate, score: number, divisions: readonly { c: PlaceCandidate }[]): boolean {
  return divisions.some(({ c }) => c.kind === 'region' || (c.country !== city.country && score > 0));
}

interface Evidence {
  countries: Set<string>;
  regions: Set<string>;
}

/**
 * The countries and regions the article names, each name read on its own (a name that is itself ambiguous says
 * nothing): "Texas" is the region US.TX in the country US. A city named says its country only ("Dallas": the
 * United States), not its region: "London" is in England, but a story naming London and Boston is not about
 * Boston, England.
 */
function articleEvidence(tables: FactTables, query: FactQuery, own: string): Evidence {
  const evidence: Evidence = { countries: new Set(), regions: new Set() };
  for (const other of query.others) {
    if (other.type !== 'place') continue;
    const key = nameKey(other.name);
    if (key === own) continue;
    const meant = dominant(placeCandidates(tables, key));
    if (!meant) continue;
    evidence.countries.add(meant.country);
    if (meant.kind === 'region') evidence.regions.add(meant.region);
  }
  return evidence;
}

function evidenceFor(c: PlaceCandidate, evidence: Evidence): number {
  if (c.kind !== 'country' && evidence.regions.has(c.region)) return REGION_EVIDENCE;
  return evidence.countries.has(c.country) ? COUNTRY_EVIDENCE : 0;
}

const byPopulation = (c: PlaceCandidate) => (c.kind === 'place' ? c.population : 0);

/**
 * The one candidate a name means, or null. A country beats the places named after it anywhere and the regions
 * inside it ("Mexico", "Luxembourg"): its name means the country far more often; never a region abroad
 * ("Georgia"). A region stands only alone. Places: the likeliest, when it dominates.
 */
function dominant(
  pool: readonly PlaceCandidate[],
  likelihood: (c: PlaceCandidate, index: number) => number = byPopulation,
): PlaceCandidate | null {
  if (pool.length === 1) return pool[0]!;
  const countries = pool.filter((c) => c.kind === 'country');
  const regions = pool.filter((c) => c.kind === 'region');
  if (countries.length > 0) {
    const [country] = countries;
    return countries.length === 1 && regions.every((r) => r.country === country!.country) ? country! : null;
  }
  if (regions.length > 0) return regions.length === 1 && pool.length === 1 ? regions[0]! : null;
  const ranked = pool.map((c, i) => ({ c, p: likelihood(c, i) })).sort((a, b) => b.p - a.p);
  const [first, second] = ranked;
  if (!first || !second) return first?.c ?? null;
  return first.p >= DOMINANCE * second.p ? first.c : null;
}

function describe(tables: FactTables, c: PlaceCandidate): Fact | null {
  const country = tables.countries[c.country];
  if (!country) return null;
  switch (c.kind) {
    case 'country':
      return {
        kind: 'country',
        continent: country.continent,
        capital: country.capital,
        currencies: country.currencies.map((code) => ({ code, name: unitInfo(code)?.name ?? null })),
        source: 'countries',
      };
    case 'region':
      return { kind: 'region', division: DIVISION_WORD[c.country] ?? 'Region', country: country.name, source: 'geonames' };
    case 'place':
      return {
        kind: 'place',
        role: ROLE_BY_MARK[c.mark] ?? (c.population >= CITY_POPULATION ? 'city' : 'town'),
        region: tables.regionNames[c.region] ?? null,
        country: country.name,
        population: c.population,
        source: 'geonames',
      };
  }
}
