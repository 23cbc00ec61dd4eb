// Entities on real published news pages against hand annotation (test/fixtures/news-real), scored on exact
// span and type, per split: "dev" pages were used to find errors, "heldout" ones never tuned on. The
// article text is rebuilt from the shared corpus by the built CLI, exactly as `gloss annotate` reads a page;
// a page whose text no longer hashes to the annotated one is reported, not scored.
//   node scripts/eval-news-real.mjs [--cli dist/cli/gloss.mjs]
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

/** `{ dev, heldout }`, each `{ p, r, f1, pages }`, plus `notes` for pages not scored. */
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
  const counts = { dev: { tp: 0, fp: 0, fn: 0, pages: 0 }, heldout: { tp: 0, fp: 0, fn: 0, pages: 0 } };
  fixtures.forEach((fx, i) => {
    const got = out[i];
    if (createHash('sha256').update(got.text).digest('hex') !== fx.textSha256) {
      notes.push(`${fx.page}: the extracted text changed since it was annotated; not scored`);
      return;
    }
    const key = (e) => `${e.start}:${e.end}:${e.type}`;
    const gold = new Set(fx.entities.map(key));
    const predicted = new Set(got.entities.map(key));
    const c = counts[fx.split];
    c.pages++;
    for (const k of predicted) {
      if (gold.has(k)) c.tp++;
      else c.fp++;
    }
    for (const k of gold) if (!predicted.has(k)) c.fn++;
  });
  return { dev: { ...prf(counts.dev), pages: counts.dev.pages }, heldout: { ...prf(counts.heldout), pages: counts.heldout.pages }, notes };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--cli');
  const r = evalNewsReal(at > 0 ? { cli: process.argv[at + 1] } : {});
  for (const split of ['dev', 'heldout']) {
    const s = r[split];
    if (s) console.log(`news-real ${split.padEnd(8)} ${s.pages} pages  P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} F1 ${s.f1.toFixed(3)}`);
  }
  for (const n of r.notes) console.log(`note: ${n}`);
}
