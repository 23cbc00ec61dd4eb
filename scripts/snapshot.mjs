#!/usr/bin/env node
// What the CLI says about every page we have, compared with a committed snapshot: a change that
// alters recognition shows up as a reviewed diff, and a refactor shows that it changed nothing.
//
//   node scripts/snapshot.mjs            compare; exit 1 and list the pages that differ
//   node scripts/snapshot.mjs --update   rewrite the snapshot on purpose (review `git diff test/snapshots`)
//
// Inputs: the 130 pages of ../shared/corpus/readability-test-pages (skipped, with a note, when the corpus
// is not beside the repo), the HTML fixtures, the trust pages and the news-gold texts. Runs the built CLI (dist/cli).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { repoRoot } from './serve.mjs';

const update = process.argv.includes('--update');
const OUT = join(repoRoot, 'test/snapshots/cli');
const CLI = join(repoRoot, 'dist/cli/gloss.mjs');
const CORPUS = join(repoRoot, '../shared/corpus/readability-test-pages');

if (!existsSync(CLI)) {
  console.error('snapshot: dist/cli/gloss.mjs is missing; run `npm run build` first');
  process.exit(2);
}

/** name -> input file */
const inputs = new Map();
if (existsSync(CORPUS)) {
  for (const page of (await readdir(CORPUS)).sort()) {
    const file = join(CORPUS, page, 'source.html');
    if (existsSync(file)) inputs.set(`pages/${page}`, file);
  }
} else {
  console.warn(`snapshot: ${relative(repoRoot, CORPUS)} is not beside the repo; comparing the fixtures only`);
}
for (const f of ['article.html', 'hostile.html']) inputs.set(`fixtures/${f.replace(/\.html$/, '')}`, join(repoRoot, 'test/fixtures', f));
const trustDir = join(repoRoot, 'test/fixtures/trust');
for (const f of (await readdir(trustDir)).filter((n) => n.endsWith('.html')).sort())
  inputs.set(`trust/${f.replace(/\.html$/, '')}`, join(trustDir, f));
const scratch = await mkdtemp(join(tmpdir(), 'gloss-snapshot-'));
try {
  const goldDir = join(repoRoot, 'test/fixtures/news-gold');
  for (const f of (await readdir(goldDir)).filter((n) => n.endsWith('.json')).sort()) {
    const { text } = JSON.parse(await readFile(join(goldDir, f), 'utf8'));
    const file = join(scratch, f.replace(/\.json$/, '.txt'));
    await writeFile(file, text);
    inputs.set(`news-gold/${f.replace(/\.json$/, '')}`, file);
  }

  const names = [...inputs.keys()];
  const bySource = new Map(names.map((n) => [inputs.get(n), n]));
  let out;
  try {
    out = execFileSync(process.execPath, [CLI, 'annotate', ...bySource.keys(), '--json'], {
      maxBuffer: 1 << 30,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    // Exit code 1: some input could not be read; its absence is part of the snapshot.
    out = e.stdout ?? '';
  }
  const results = new Map();
  for (const line of out.split('\n').filter(Boolean)) {
    const r = JSON.parse(line);
    results.set(bySource.get(r.source), r);
  }
  const lines = names.map((name) => [name, results.get(name) ?? null]);

  let differ = 0;
  for (const [name, result] of lines) {
    const file = join(OUT, `${name}.json`);
    const now = result ? render(result) : '{"error":"no article"}\n';
    if (update) {
      await mkdir(join(file, '..'), { recursive: true });
      await writeFile(file, now);
      continue;
    }
    const before = existsSync(file) ? await readFile(file, 'utf8') : null;
    if (before !== now) {
      differ++;
      console.log(`differs: ${name}${before === null ? ' (no snapshot)' : ''}`);
    }
  }
  if (update) {
    console.log(`snapshot: wrote ${lines.length} files under ${relative(repoRoot, OUT)}`);
  } else if (differ) {
    console.log(`snapshot: ${differ} of ${lines.length} pages differ from ${relative(repoRoot, OUT)}.`);
    console.log('Review the change; if it is intended, run `node scripts/snapshot.mjs --update` and commit the diff.');
    process.exit(1);
  } else {
    console.log(`snapshot: ${lines.length} pages identical to ${relative(repoRoot, OUT)}`);
  }
} finally {
  await rm(scratch, { recursive: true, force: true });
}

/** One mark per line, so a change reads as a short diff; the text itself only as a length and its first words. */
function render(r) {
  const head = { title: r.title, byline: r.byline, textLength: r.text?.length ?? 0, textStart: (r.text ?? '').slice(0, 80) };
  const rows = [`${JSON.stringify(head)},`];
  for (const key of ['entities', 'figures', 'units']) {
    rows.push(`"${key}":`);
    for (const m of r[key] ?? []) rows.push(`  ${JSON.stringify(m)}`);
  }
  return `${rows.join('\n')}\n`;
}
