// What Gloss can say offline about what a name is, from the tables it ships (assets/facts, built by
// scripts/derive-facts.mjs). Plain data: it travels in an entity card to the page and into the CLI's JSON.
import type { EntityType } from '../types';

/** Where a fact comes from, as the card's source line credits it. */
export const FACT_SOURCES = {
  geonames: 'GeoNames, CC BY 4.0',
  countries: 'countries-list, MIT',
  sec: 'SEC EDGAR',
} as const;
export type FactSource = keyof typeof FACT_SOURCES;

/** A populated place: what kind of place, where, and how many people live there. */
export interface PlaceFact {
  kind: 'place';
  /** A country's capital, a first-level division's seat, a section of a city, or else a city or town by size. */
  role: 'capital' | 'seat' | 'district' | 'city' | 'town';
  /** Its first-level division ("California"), when the gazetteer names it. */
  region: string | null;
  country: string;
  population: number;
  source: 'geonames';
}

export interface CountryFact {
  kind: 'country';
  continent: string | null;
  capital: string | null;
  /** ISO 4217 codes, with their names when Gloss knows them ("euro"). */
  currencies: { code: string; name: string | null }[];
  source: 'countries';
}

/** A first-level division: a state, a province, a region. */
export interface RegionFact {
  kind: 'region';
  /** "State", "Province", "Region" (the country's own word where the table has it). */
  division: string;
  country: string;
  source: 'geonames';
}

/** A company with shares listed in the United States. The exchange is not in SEC's file, so it is not said. */
export interface CompanyFact {
  kind: 'company';
  ticker: string;
  source: 'sec';
}

export type Fact = PlaceFact | CountryFact | RegionFact | CompanyFact;

/** What a lookup is given: the entity's name as its card gives it, its type, and the article's other names. */
export interface FactQuery {
  name: string;
  type: EntityType;
  others: readonly { name: string; type: EntityType }[];
}

/** Facts about an entity, or null when the tables do not know it or cannot tell which one the article means. */
export type FactLookup = (query: FactQuery) => Fact | null;
