// `node scripts/bench-extract.mjs`: the extraction stage alone in real Chromium, beside Readability
// alone on the same page in the same run. Where `npm run bench:browser` times a whole click, this
// times only `extractArticle(document, { withHeadline: true })` (what the content script calls) and
// a clone + `parse()` of the same page (the floor), A/B against the extraction of another commit:
//   - both extractions and Readability are bundled by esbuild as the extension's are (iife, minified,
//     chrome120), and evaluated in an isolated world of the page, as a content script runs;
//   - each run is the first in an isolated world of its own (the content script extracts once per
//     click, with code the engine has not optimized yet), after a garbage collection; on each page
//     the three are run in turn, in a rotating order, RUNS times; the per-page figure is the median
//     of its runs and the ratio is to Readability's median on that page;
//   - the two extractions' outputs are compared (text, title, and every char's live node and offset),
//     so a faster extraction that reads differently is caught here, in Chromium, not only on linkedom.
// The machine is shared and noisy: read the ratios, which come from one run.
//
//   flock /tmp/gloss-browser.lock node scripts/bench-extract.mjs [--pages 20] [--runs 7] [--base REF]
// --base REF: the commit to compare with (default: main); its src/ is taken with `git archive`.
// --pages N: a fixed subset of N pages spread evenly over the sorted list (default 20).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromiumPath } from './browsers.mjs';
import { benchPages, ms, pagesRoot, times } from './lib/bench-pages.mjs';
import { repoRoot, startServer } from './serve.mjs';

const DEFAULT_PAGES = 20;
const DEFAULT_RUNS = 7;

const argValue = (name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const pageCount = Number(argValue('--pages') ?? DEFAULT_PAGES);
const runs = Number(argValue('--runs') ?? DEFAULT_RUNS);
const baseRef = argValue('--base') ?? 'main';

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = (s.length - 1) / 2;
  return (s[Math.floor(mid)] + s[Math.ceil(mid)]) / 2;
};
const pages = benchPages(pageCount);

// ---------------------------------------------------------------------------------------------
// The code under test, bundled as the extension bundles it.

/** One script defining `globalThis[name]` = { extract, Readability } from the article module at `articlePath`. */
async function bundle(articlePath, name) {
  const result = await build({
    stdin: {
      contents: `import { extractArticle } from ${JSON.stringify(articlePath)};
        import { Readability } from '@mozilla/readability';
        globalThis[${JSON.stringify(name)}] = { extract: extractArticle, Readability };`,
      resolveDir: repoRoot,
      loader: 'ts',
    },
    nodePaths: [join(repoRoot, 'node_modules')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    minify: true,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

const baseDir = mkdtempSync(join(tmpdir(), 'gloss-bench-extract-'));
process.once('exit', () => rmSync(baseDir, { recursive: true, force: true }));
const archive = execFileSync('git', ['archive', baseRef, 'src'], { cwd: repoRoot, maxBuffer: 1 << 28 });
execFileSync('tar', ['-x', '-C', baseDir], { input: archive });
const baseCommit = execFileSync('git', ['rev-parse', '--short', baseRef], { cwd: repoRoot, encoding: 'utf8' }).trim();
const scripts = [
  await bundle(join(baseDir, 'src/core/article.ts'), '__benchBase'),
  await bundle(join(repoRoot, 'src/core/article.ts'), '__benchHead'),
];

// ---------------------------------------------------------------------------------------------
// In the page. The content script runs its extraction once per click, in code the engine has not
// seen run yet: each timed run gets an isolated world of its own, as a fresh injection does, so
// neither job is timed with code the engine has already optimized for this page.

/** The expression that times one job in a fresh world: `readability`, `base` or `head`. */
function timeOnce(job) {
  const { __benchBase: base, __benchHead: head } = globalThis;
  globalThis.gc();
  const t0 = performance.now();
  if (job === 'readability') new head.Readability(document.cloneNode(true)).parse();
  else (job === 'base' ? base : head).extract(document, { withHeadline: true });
  return performance.now() - t0;
}

/** Both extractions' outputs compared: null when the same, else what differs. */
function compareInPage() {
  const a = globalThis.__benchBase.extract(document, { withHeadline: true });
  const b = globalThis.__benchHead.extract(document, { withHeadline: true });
  let difference = null;
  if (a.ok !== b.ok) difference = `ok ${a.ok} vs ${b.ok}`;
  else if (!a.ok) difference = a.message === b.message ? null : 'message';
  else {
    const x = a.article;
    const y = b.article;
    if (x.text !== y.text) difference = 'text';
    else if (x.title !== y.title || x.byline !== y.byline || x.lang !== y.lang) difference = 'metadata';
    else if (JSON.stringify(a.stats) !== JSON.stringify(b.stats)) difference = 'stats';
    else
      for (let i = 0; i < x.text.length && !difference; i++) {
        const p = x.nodeIndex[i];
        const q = y.nodeIndex[i];
        if (p < 0 !== q < 0 || (p >= 0 && x.nodes[p] !== y.nodes[q]) || x.nodeOffset[i] !== y.nodeOffset[i]) difference = `char ${i}`;
      }
  }
  return { ok: b.ok, chars: b.ok ? b.article.text.length : 0, difference };
}

// ---------------------------------------------------------------------------------------------

const { chromium } = await import('playwright-core');
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  // The captured pages name images and scripts on the web, which this machine cannot reach: every
  // host but loopback fails at once instead of leaving the load event waiting on it.
  // --expose-gc: the timing collects garbage before each job (see timeOnce).
  args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
const server = await startServer(pagesRoot, { quiet: true });
const rows = [];
console.log(`extraction: base ${baseRef} (${baseCommit}) vs this tree; ${runs} runs per page; medians in ms\n`);
console.log(
  `${'page'.padEnd(34)} ${'readability'.padStart(11)} ${'base'.padStart(9)} ${'head'.padStart(9)} ${'base/R'.padStart(7)} ${'head/R'.padStart(7)}`,
);
try {
  const context = await browser.newContext();
  for (const name of pages) {
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}${name}/source.html`, { waitUntil: 'load' });
      const cdp = await context.newCDPSession(page);
      const { frameTree } = await cdp.send('Page.getFrameTree');
      let worlds = 0;
      /** A fresh isolated world with both bundles evaluated; returns an evaluator in it. */
      const freshWorld = async () => {
        const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
          frameId: frameTree.frame.id,
          worldName: `bench-${worlds++}`,
        });
        const evaluate = async (expression) => {
          const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
            expression,
            contextId: executionContextId,
            returnByValue: true,
          });
          if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
          return result.value;
        };
        for (const script of scripts) await evaluate(`${script}\n;0`);
        return evaluate;
      };
      const jobs = ['readability', 'base', 'head'];
      const durations = jobs.map(() => []);
      for (let r = 0; r < runs; r++) {
        for (let j = 0; j < jobs.length; j++) {
          const k = (j + r) % jobs.length;
          const evaluate = await freshWorld();
          durations[k].push(await evaluate(`(${timeOnce.toString()})(${JSON.stringify(jobs[k])})`));
        }
      }
      const got = { durations, ...(await (await freshWorld())(`(${compareInPage.toString()})()`)) };
      const [readability, base, head] = got.durations.map(median);
      const row = { page: name, readability, base, head, ok: got.ok, chars: got.chars, difference: got.difference };
      rows.push(row);
      const flag = got.difference ? `  OUTPUT DIFFERS (${got.difference})` : got.ok ? '' : '  (declined)';
      console.log(
        `${name.padEnd(34)} ${ms(readability).padStart(11)} ${ms(base).padStart(9)} ${ms(head).padStart(9)} ${times(base / readability).padStart(7)} ${times(head / readability).padStart(7)}${flag}`,
      );
    } catch (e) {
      console.log(`${name}: ${e instanceof Error ? e.message : e}`);
    } finally {
      await page.close().catch(() => undefined);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const done = rows.filter((r) => r.ok);
const col = (f) => done.map(f);
console.log(`\n${done.length} of ${rows.length} pages extracted; ${rows.filter((r) => r.difference).length} with different output`);
console.log(
  `medians: Readability ${ms(median(col((r) => r.readability)))}, base ${ms(median(col((r) => r.base)))}, head ${ms(median(col((r) => r.head)))}`,
);
console.log(
  `per-page ratio to Readability (median): base ${times(median(col((r) => r.base / r.readability)))}, head ${times(median(col((r) => r.head / r.readability)))}; head/base ${times(median(col((r) => r.head / r.base)))}`,
);
if (rows.some((r) => r.difference)) process.exitCode = 1;
