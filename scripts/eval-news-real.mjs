// Entities on real published news pages against hand annotation (test/fixtures/news-real), scored on exact
// span and type, per split: "dev" pages were used to find errors, "heldout" ones never tuned on. The
// article text is rebuilt from the shared corpus by the built CLI, exactly as `gloss annotate` reads a page;
// a page whose text no longer hashes to the annotated one is reported, not scored. --show prints each
// dev page's score and its misses and false marks (with context) to find error classes; held-out pages'
// errors are never printed, so they stay untuned.
//   node scripts/eval-news-real.mjs [--cli dist/cli/gloss.mjs] [--show]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { corpusRoot } from './lib/corpus-root.mjs';
import { repoRoot } from './serve.mjs';

const FIXTURES = join(repoRoot, 'test/fixtures/news-real');
const PAGES = join(corpusRoot, 'readability-test-pages');

const prf = ({ tp, fp, fn }) => {
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

/** `{ dev, heldout }`, each `{ p, r, f1, pages }`, plus `notes` for pages not scored and `devPages`: each dev
 *  page's `{ page, f1, misses, falseMarks }` (entities as `{ text, type, start, context }`). */
export function evalNewsReal({ cli = join(repoRoot, 'dist/cli/gloss.mjs') } = {}) {
  const notes = [];
  if (!existsSync(PAGES)) return { notes: [`no corpus at ${PAGES}`] };
  const fixtures = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')));
  const files = fixtures.map((fx) => join(PAGES, fx.page, 'source.html'));
  const out = execFileSync(process.execPath, [cli, 'annotate', ...files, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 })
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const devPages = [];
  const counts = { dev: { tp: 0, fp: 0, fn: 0, pages: 0 }, heldout: { tp: 0, fp: 0, fn: 0, pages: 0 } };
  fixtures.forEach((fx, i) => {
    const got = out[i];
    if (createHash('sha256').update(got.text).digest('hex') !== fx.textSha256) {
      notes.push(`${fx.page}: the extracted text changed since it was annotated; not scored`);
      return;
    }
    const key = (e) => `${e.start}:${e.end}:${e.type}`;
    const gold = new Map(fx.entities.map((e) => [key(e), e]));
    const predicted = new Map(got.entities.map((e) => [key(e), e]));
    const page = { tp: 0, fp: 0, fn: 0 };
    for (const k of predicted.keys()) {
      if (gold.has(k)) page.tp++;
      else page.fp++;
    }
    for (const k of gold.keys()) if (!predicted.has(k)) page.fn++;
    const c = counts[fx.split];
    c.pages++;
    c.tp += page.tp;
    c.fp += page.fp;
    c.fn += page.fn;
    if (fx.split !== 'dev') return;
    const shown = (e) => ({
      text: got.text.slice(e.start, e.end),
      type: e.type,
      start: e.start,
      context: got.text.slice(Math.max(0, e.start - 40), e.end + 25).replace(/\s+/g, ' '),
    });
    devPages.push({
      page: fx.page,
      f1: prf(page).f1,
      misses: [...gold].filter(([k]) => !predicted.has(k)).map(([, e]) => shown(e)),
      falseMarks: [...predicted].filter(([k]) => !gold.has(k)).map(([, e]) => shown(e)),
    });
  });
  return {
    dev: { ...prf(counts.dev), pages: counts.dev.pages },
    heldout: { ...prf(counts.heldout), pages: counts.heldout.pages },
    notes,
    devPages,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--cli');
  const r = evalNewsReal(at > 0 ? { cli: process.argv[at + 1] } : {});
  for (const split of ['dev', 'heldout']) {
    const s = r[split];
    if (s) console.log(`news-real ${split.padEnd(8)} ${s.pages} pages  P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} F1 ${s.f1.toFixed(3)}`);
  }
  for (const n of r.notes) console.log(`note: ${n}`);
  if (process.argv.includes('--show')) {
    for (const { page, f1, misses, falseMarks } of r.devPages) {
      console.log(`\n${page}  F1 ${f1.toFixed(3)}`);
      for (const e of misses) console.log(`  miss  ${e.type.padEnd(12)} ${JSON.stringify(e.text)}  …${e.context}…`);
      for (const e of falseMarks) console.log(`  false ${e.type.padEnd(12)} ${JSON.stringify(e.text)}  …${e.context}…`);
    }
  }
}
