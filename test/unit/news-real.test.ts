// Entities on real published news pages (the Readability test pages in the shared corpus), against
// hand annotation. The fixtures hold only the annotations and a hash of the article text: the text
// belongs to its publisher and is rebuilt here from the corpus page the way `gloss annotate` does
// (linkedom + extractArticle), so a change in extraction shows up as a hash mismatch rather than
// as silently shifted offsets. Scored on exact span and type. Fourteen pages are used to find and
// fix errors ("dev"; test/fixtures/news-real/README.md says how they are annotated); two were
// annotated before looking at the recognizer's output on them and never tuned on ("heldout").
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { corpusRoot } from '../../scripts/lib/corpus-root.mjs';
import { extractArticle } from '../../src/core/article';
import { recognize } from '../../src/core/recognize/index';
import type { EntityType } from '../../src/core/types';

interface Fixture {
  page: string;
  split: 'dev' | 'heldout';
  textSha256: string;
  entities: { text: string; type: EntityType; start: number; end: number }[];
}

const DIR = fileURLToPath(new URL('../fixtures/news-real/', import.meta.url));
const PAGES = join(corpusRoot, 'readability-test-pages');
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Fixture);
const haveCorpus = existsSync(PAGES);
if (!haveCorpus) console.warn(`news-real: skipped, no corpus at ${PAGES} (set GLOSS_CORPUS to the shared corpus folder)`);

/** The article text as the CLI gets it from a saved page (same charset sniffing, same extraction). */
function articleText(page: string): string {
  const buf = readFileSync(join(PAGES, page, 'source.html'));
  const sniffed = /<meta[^>]+charset\s*=\s*["']?([\w:.-]+)/i.exec(buf.subarray(0, 2048).toString('latin1'))?.[1];
  let html: string;
  try {
    html = new TextDecoder(sniffed ?? 'utf-8').decode(buf);
  } catch {
    html = new TextDecoder().decode(buf);
  }
  const outcome = extractArticle(parseHTML(html).document, { skipReaderableCheck: true });
  if (!outcome.ok) throw new Error(`${page}: ${outcome.message}`);
  return outcome.article.text;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const prf = (c: Counts): { p: number; r: number; f1: number } => {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
const fmt = (x: { p: number; r: number; f1: number }): string => `P ${x.p.toFixed(3)} R ${x.r.toFixed(3)} F1 ${x.f1.toFixed(3)}`;

describe.skipIf(!haveCorpus)('real news pages', () => {
  const texts = new Map(haveCorpus ? fixtures.map((f) => [f.page, articleText(f.page)]) : []);

  it('has annotations for the text extraction gives today', () => {
    expect(fixtures.filter((f) => f.split === 'dev').length).toBeGreaterThanOrEqual(3);
    expect(fixtures.filter((f) => f.split === 'heldout').length).toBeGreaterThanOrEqual(2);
    for (const f of fixtures) {
      const text = texts.get(f.page)!;
      const sha = createHash('sha256').update(text).digest('hex');
      expect(sha, `${f.page}: article text changed (extraction?); offsets need re-annotating`).toBe(f.textSha256);
      for (const e of f.entities) expect(text.slice(e.start, e.end), f.page).toBe(e.text);
    }
  });

  it('finds the names a careful reader marks (exact span and type)', () => {
    const bySplit = new Map<string, Counts>();
    const perPage = new Map<string, number>();
    for (const f of fixtures) {
      const key = (m: { start: number; end: number; type: string }): string => `${m.start}:${m.end}:${m.type}`;
      const want = new Set(f.entities.map(key));
      const got = new Set(recognize(texts.get(f.page)!).entities.map(key));
      const c: Counts = { tp: 0, fp: 0, fn: 0 };
      for (const k of got) if (want.has(k)) c.tp++;
      c.fp = got.size - c.tp;
      c.fn = want.size - c.tp;
      const s = bySplit.get(f.split) ?? { tp: 0, fp: 0, fn: 0 };
      s.tp += c.tp;
      s.fp += c.fp;
      s.fn += c.fn;
      bySplit.set(f.split, s);
      perPage.set(f.page, prf(c).f1);
      console.log(`news-real ${f.split.padEnd(7)} ${f.page.padEnd(12)} ${fmt(prf(c))}`);
    }
    for (const [split, c] of bySplit) console.log(`news-real ${split.padEnd(7)} all          ${fmt(prf(c))}`);
    // Floors a little under what was measured (see FLOORS), so a real regression fails and noise does not.
    for (const [page, f1] of perPage) expect(f1, page).toBeGreaterThanOrEqual(FLOORS.page[page] ?? 0.6);
    expect(prf(bySplit.get('dev')!).f1).toBeGreaterThanOrEqual(FLOORS.dev);
    expect(prf(bySplit.get('heldout')!).f1).toBeGreaterThanOrEqual(FLOORS.heldout);
  });
});

// Measured with fourteen dev pages: dev 0.905 (ars-1 0.634, bbc-1 0.990, breitbart 0.842,
// buzzfeed-1 0.769, cnet 0.949, guardian-1 0.893, herald-sun-1 0.917, msn 0.757, nytimes-1 0.962,
// nytimes-3 0.948, theverge 0.953, wapo-1 0.921, wapo-2 0.942, yahoo-2 0.803). Before the fourth
// round of fixes (names called by their kind, quoted titles, model codes, lower-case
// abbreviations), the eight pages added for it (annotated before any fix for them) made dev 0.843
// (ars-1 0.100, breitbart 0.704, buzzfeed-1 0.667, cnet 0.949, herald-sun-1 0.853, msn 0.333,
// wapo-2 0.885, yahoo-2 0.655). Earlier, with six dev pages: dev 0.936 (nytimes-3 0.925, bbc-1
// 0.990, theverge 0.953, guardian-1 0.885, nytimes-1 0.962, wapo-1 0.914), held-out 0.813 (telegraph 0.773, cnn 0.875). Before the third round of
// fixes (makers' apps and parts, institutions, demonym-led bodies) dev was 0.891 (theverge 0.675)
// and held-out the same 0.813; before the second, 0.797 and 0.787; before the first, dev (three
// pages) was 0.635.
const FLOORS: { dev: number; heldout: number; page: Record<string, number> } = {
  dev: 0.89,
  heldout: 0.77,
  page: {
    'nytimes-3': 0.89,
    'bbc-1': 0.93,
    theverge: 0.92,
    'guardian-1': 0.85,
    'nytimes-1': 0.93,
    'wapo-1': 0.88,
    'ars-1': 0.58,
    breitbart: 0.8,
    'buzzfeed-1': 0.72,
    cnet: 0.9,
    'herald-sun-1': 0.88,
    msn: 0.7,
    'wapo-2': 0.9,
    'yahoo-2': 0.76,
    telegraph: 0.72,
    cnn: 0.8,
  },
};
