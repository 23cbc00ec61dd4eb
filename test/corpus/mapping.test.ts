// Does the text we recognize come from the live page? For every captured page: extract with
// extractArticle, read each mapped char back OUT OF THE LIVE TEXT NODE it points to, and compare
// that with what plain Readability extracts from a separate clone.
//
// Coverage of a page = LCS(R, L) / |R|, where R is Readability's textContent and L the chars read
// from live nodes through (nodes, nodeIndex, nodeOffset), both without whitespace (and without
// soft hyphens / zero-width spaces, which the article text drops on purpose). The LCS comes from
// the Myers edit distance D: LCS = (|R| + |L| - D) / 2. A wrong node or offset reads a wrong char
// and lowers it; so do unmapped chars.

import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { corpusRoot } from '../../scripts/lib/corpus-root.mjs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/article';

const ROOT = join(corpusRoot, 'readability-test-pages');
const THRESHOLD = 0.99;
const IGNORED = /[\s\u00ad\u200b\ufeff]/gu;

/** Shortest insert/delete script length between a and b, or `max + 1` when longer than `max`. */
function editDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? v[off + k + 1]! : v[off + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a.charCodeAt(x) === b.charCodeAt(y)) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) return d;
    }
  }
  return max + 1;
}

/** LCS(ref, got) / |ref|; exact when at least `floor`, otherwise only guaranteed to be below `floor`. */
function coverage(ref: string, got: string, floor: number): number {
  if (ref.length === 0) return 1;
  // D <= |ref| + |got| - 2 * floor * |ref| is needed to reach `floor`: no point searching further.
  const max = Math.max(0, Math.ceil(ref.length + got.length - 2 * floor * ref.length)) + 2;
  const d = editDistance(ref, got, max);
  return (ref.length + got.length - d) / 2 / ref.length;
}

const pages = existsSync(ROOT)
  ? readdirSync(ROOT, { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(ROOT, e.name, 'source.html')))
      .map((e) => e.name)
      .sort()
  : [];

describe('article mapping on the Readability test pages', () => {
  it('finds the corpus', () => {
    expect(pages.length).toBeGreaterThanOrEqual(130);
  });

  it("maps >= 99% of Readability's article text back to live text nodes, without touching the page", () => {
    const rows: { page: string; cov: number; ms: number }[] = [];
    const failures: string[] = [];
    let noArticle = 0;
    for (const page of pages) {
      const html = readFileSync(join(ROOT, page, 'source.html'), 'utf8');
      const { document } = parseHTML(html);
      const before = document.toString();
      const t0 = performance.now();
      let outcome: ReturnType<typeof extractArticle>;
      try {
        outcome = extractArticle(document, { skipReaderableCheck: true });
      } catch (e) {
        failures.push(`${page}: threw ${(e as Error).stack ?? String(e)}`);
        continue;
      }
      const ms = performance.now() - t0;
      if (document.toString() !== before) failures.push(`${page}: live document changed`);

      const reference = new Readability(parseHTML(html).document).parse();
      const refText = (reference?.textContent ?? '').replace(IGNORED, '');
      if (!outcome.ok) {
        // Only acceptable when Readability itself has nothing.
        if (refText.length > 0) failures.push(`${page}: ${outcome.reason} but Readability found ${refText.length} chars`);
        noArticle++;
        continue;
      }
      const { article } = outcome;
      expect(article.nodeIndex.length).toBe(article.text.length);
      expect(article.nodeOffset.length).toBe(article.text.length);
      const live: string[] = [];
      for (let i = 0; i < article.text.length; i++) {
        const k = article.nodeIndex[i]!;
        if (k < 0) continue;
        const node = article.nodes[k];
        if (!node) {
          failures.push(`${page}: nodeIndex ${k} out of range`);
          break;
        }
        live.push(node.data.charAt(article.nodeOffset[i]!));
      }
      const got = live.join('').replace(IGNORED, '');
      const cov = coverage(refText, got, THRESHOLD);
      rows.push({ page, cov, ms });
      if (cov < THRESHOLD) failures.push(`${page}: coverage ${(cov * 100).toFixed(2)}% (${got.length}/${refText.length})`);
    }

    const covs = rows.map((r) => r.cov).sort((a, b) => a - b);
    const times = rows.map((r) => r.ms).sort((a, b) => a - b);
    const pct = (x: number | undefined): string => `${((x ?? 0) * 100).toFixed(2)}%`;
    console.log(
      `mapping: ${pages.length} pages, ${rows.length} extracted, ${noArticle} without article; ` +
        `coverage min ${pct(covs[0])}, median ${pct(covs[covs.length >> 1])}; ` +
        `extractArticle median ${times[times.length >> 1]?.toFixed(1)} ms, max ${times[times.length - 1]?.toFixed(1)} ms`,
    );
    for (const r of rows
      .filter((r) => r.cov < 1)
      .sort((a, b) => a.cov - b.cov)
      .slice(0, 10)) {
      console.log(`  ${r.page}: ${pct(r.cov)}`);
    }
    expect(failures).toEqual([]);
    expect(rows.length).toBeGreaterThan(pages.length * 0.9);
  });
});
