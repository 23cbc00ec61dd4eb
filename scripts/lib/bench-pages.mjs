// The pages the browser benches time: the captured Readability test pages, a fixed subset of `count`
// spread evenly over the sorted list, so runs with the same count time the same pages; and the
// bench's number formats.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { corpusRoot } from './corpus-root.mjs';

export const pagesRoot = join(corpusRoot, 'readability-test-pages');

/** @param {number} count */
export function benchPages(count) {
  const allPages = readdirSync(pagesRoot, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(pagesRoot, e.name, 'source.html')))
    .map((e) => e.name)
    .sort();
  const n = Math.min(count, allPages.length);
  return [...new Set(Array.from({ length: n }, (_, i) => allPages[Math.floor((i * allPages.length) / n)]))];
}

/** @param {number} x */
export const ms = (x) => (Number.isFinite(x) ? `${x >= 100 ? Math.round(x) : x.toFixed(1)} ms` : '-');
/** @param {number} x */
export const times = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}x` : '-');
