#!/usr/bin/env node
// What the offline facts (issue 11, point 1) cost, each beside a baseline measured in the same run:
//   - the shipped tables' size, raw and gzip (the package's growth)
//   - the worker bundle, built as is and with src/background/facts.ts stubbed: the code the facts add
//   - the worker's cold start does not load the tables: facts.ts only fetches them on the first card that
//     needs them; what that first card pays is timed here as read + parse + index in a fresh process
//   - cardFor() on every entity mark of the 130 test articles with the fact lookup, beside cardFor() without it
//   - coverage: the share of place / organization entities of those articles that get a fact
//
//   node scripts/bench-facts.mjs [--quick]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { corpusTexts } from './lib/corpus-text.mjs';
import { loadTs, repoRoot } from './lib/load-ts.mjs';
import { table } from './lib/table.mjs';
import { workerBundle } from './lib/worker-bundle.mjs';

const quick = process.argv.includes('--quick');
const RUNS = quick ? 3 : 7;
const FILES = ['places.json', 'countries.json', 'companies.json'];
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const kb = (b) => `${(b / 1024).toFixed(1)} kB`;
const ms = (x) => (x >= 10 ? `${Math.round(x)} ms` : `${x.toFixed(2)} ms`);
const rows = [['what', 'with facts (median)', 'baseline', 'ratio']];

// 1. Tables
const raw = FILES.map((f) => readFileSync(join(repoRoot, 'assets/facts', f)));
const rawBytes = raw.reduce((s, b) => s + b.length, 0);
const gzBytes = raw.reduce((s, b) => s + gzipSync(b, { level: 9 }).length, 0);
rows.push(['fact tables in the package (raw / gzip)', kb(rawBytes), kb(gzBytes) + ' gzip', '-']);

// 2. Worker bundle, as is and with the facts loader stubbed (so core/facts drops out of the bundle)
const STUB = `export function facts() { return Promise.reject(new Error('stub')); }`;
const withFacts = (await workerBundle(repoRoot, null)).gzip;
const without = (await workerBundle(repoRoot, { filter: /background[/\\]facts\.ts$/, contents: STUB })).gzip;
rows.push(['worker bundle gzip', kb(withFacts), `${kb(without)} facts stubbed`, `+${kb(withFacts - without)}`]);

// 3. First card's extra cost: read, parse and index the tables in a fresh process (what facts.ts does once)
const scratch = join(repoRoot, 'node_modules', '.cache', 'gloss-scripts');
mkdirSync(scratch, { recursive: true });
const bundle = join(scratch, `bench-facts-${process.pid}.mjs`);
const child = join(scratch, `bench-facts-child-${process.pid}.mjs`);
try {
  await build({
    entryPoints: [join(repoRoot, 'src/core/facts/index.ts')],
    outfile: bundle,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    minify: true,
    logLevel: 'error',
  });
  writeFileSync(
    child,
    `import { readFileSync } from 'node:fs';
const { buildTables } = await import(process.argv[2]);
const t0 = performance.now();
const read = (f) => JSON.parse(readFileSync(process.argv[3] + f, 'utf8'));
const assets = { places: read('places.json'), countries: read('countries.json'), companies: read('companies.json') };
const t1 = performance.now();
const tables = buildTables(assets);
process.stdout.write(JSON.stringify({ parse: t1 - t0, index: performance.now() - t1, names: tables.placeRows.size + tables.companies.size }));`,
  );
  const once = () =>
    JSON.parse(
      spawnSync(process.execPath, [child, pathToFileURL(bundle).href, join(repoRoot, 'assets/facts/')], { encoding: 'utf8' }).stdout,
    );
  once();
  const runs = Array.from({ length: RUNS }, once);
  const parse = median(runs.map((r) => r.parse));
  const index = median(runs.map((r) => r.index));
  rows.push([
    'first card needing facts: index the tables, fresh process',
    ms(index),
    `${ms(parse)} read + JSON.parse`,
    `${(index / parse).toFixed(2)}x`,
  ]);
  rows.push(['worker start: tables loaded', 'no (0 ms)', '-', '-']);
} finally {
  rmSync(bundle, { force: true });
  rmSync(child, { force: true });
}

// 4. Cards with and without the lookup, and coverage
const { analyze, cardFor } = await loadTs('src/core/cards.ts');
const { recognize } = await loadTs('src/core/recognize/index.ts');
// Not facts/index.ts: loadTs names its output by the file's base name, and recognize/index.ts took "index".
const { factLookup } = await loadTs('src/core/facts/lookup.ts');
const { buildTables } = await loadTs('src/core/facts/tables.ts');
const read = (f) => JSON.parse(readFileSync(join(repoRoot, 'assets/facts', f), 'utf8'));
const lookup = factLookup(
  buildTables({ places: read('places.json'), countries: read('countries.json'), companies: read('companies.json') }),
);
const analyses = corpusTexts().map((p) => analyze(p.text, recognize(p.text)));
const entityMarks = analyses.map((a) => a.marks.filter((m) => a.targets[m.id].kind === 'entity').map((m) => m.id));
const time = (facts) => {
  const t0 = performance.now();
  analyses.forEach((a, i) => entityMarks[i].forEach((id) => cardFor(a, id, [], facts)));
  return performance.now() - t0;
};
time(lookup);
time(undefined);
const plain = [];
const facts = [];
for (let r = 0; r < RUNS; r++) {
  plain.push(time(undefined));
  facts.push(time(lookup));
}
const cards = entityMarks.reduce((s, m) => s + m.length, 0);
rows.push([
  `cardFor() of all ${cards} entity marks, 130 articles`,
  ms(median(facts)),
  `${ms(median(plain))} without facts`,
  `${(median(facts) / median(plain)).toFixed(2)}x`,
]);
const covered = { place: [0, 0], organization: [0, 0] };
for (const a of analyses) {
  for (const g of a.groups.values()) {
    if (!(g.type in covered)) continue;
    const card = cardFor(a, g.marks[0], [], lookup);
    covered[g.type][1]++;
    if (card.facts) covered[g.type][0]++;
  }
}
for (const [type, [hit, all]] of Object.entries(covered)) {
  rows.push([`${type} names with a fact (per article)`, `${hit} of ${all}`, '-', `${((100 * hit) / all).toFixed(1)}%`]);
}
console.log(table(rows));
