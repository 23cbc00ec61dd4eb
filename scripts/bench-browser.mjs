// `npm run bench:browser`: what a click costs the reader in real Chromium, beside Readability alone
// on the same page in the same run (the floor: Gloss must clone and parse the page anyway). The
// captured Readability test pages are served from loopback; for each page:
//   - Readability alone: its bundle evaluated in the page, then clone + parse() timed in the page
//     (median of READABILITY_RUNS);
//   - click → marks painted, cold (the worker stopped through CDP first) and warm, from the real
//     toolbar press (Extensions.triggerAction) to the content script's `gloss:painted` mark, with
//     the stages between (`gloss:injected`, `gloss:extracted`, `gloss:analyzed`: src/content/stages.ts);
//   - the longest task in the page beside the longest task of Readability alone: Chromium's
//     PerformanceObserver('longtask') does not report the content script's tasks (a 300 ms
//     extraction showed as none), so a main-world heartbeat (a HEARTBEAT ms interval) measures
//     the longest gap between its beats, and the longer of the two counts;
//   - hover → card: the card asked of the worker (after the hover's deliberate dwell) → shown.
// Then the worker's JS heap after 20 pages analysed by one worker (CDP Runtime.getHeapUsage on the
// worker's target, after a garbage collection), and the content script's gzip size.
// The machine is shared and noisy: read the ratios, not the absolute times.
//
//   flock /tmp/gloss-browser.lock npm run bench:browser [-- --pages 130] [-- --out file.json]
// --pages N: a fixed subset of N pages spread evenly over the sorted list (default 40; 130 for all).
// --only a,b: just these pages (by folder name), to look into them.
// --dist DIR: another build of the extension (e.g. a copy of an earlier commit's dist/chrome).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROME_DIST, launchChromium } from './browsers.mjs';
import { benchPages, ms, pagesRoot, times } from './lib/bench-pages.mjs';
import { writeEmptyExtension } from './lib/empty-extension.mjs';
import { repoRoot, startServer } from './serve.mjs';

const DEFAULT_PAGES = 40;
const READABILITY_RUNS = 3;
/** Pages analysed by one worker before its heap is read. */
const MEMORY_PAGES = 20;
/** How long one click may take before the page counts as failed (a busy machine, not a target). */
const CLICK_TIMEOUT = 20_000;
/** A press that produced no `gloss:injected` by then was dropped by Chromium (see BROWSER-TESTING.md) and is repeated. */
const PRESS_RETRY = 4_000;
const HOVER_TIMEOUT = 2_000;
/** Marks tried in turn for the hover (the first may sit under the legend or off the page's flow). */
const HOVER_TRIES = 4;
const HEARTBEAT = 5;
const TARGET = { ratio: 2, warmP95: 100, coldP95: 250, cardP95: 50, taskMs: 50, contentGzip: 60 * 1024 };

const argValue = (name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const pageCount = Number(argValue('--pages') ?? DEFAULT_PAGES);
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
const median = (xs) => quantile(xs, 0.5);
/** Median and p95 of a list. */
const spread = (xs) => ({ median: median(xs), p95: quantile(xs, 0.95) });
function quantile(xs, q) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (pos - lo);
}
const only = argValue('--only')?.split(',');
const pages = only ?? benchPages(pageCount);

const require = createRequire(import.meta.url);
const readabilitySource = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');
const dist = argValue('--dist') ?? CHROME_DIST;
const contentGzip = gzipSync(readFileSync(join(dist, 'content.js'))).length;

// ---------------------------------------------------------------------------------------------
// In the page.

/** Readability's bundle as a page global, then clone + parse timed in the page; the longest task while it ran. */
async function readabilityAlone(page) {
  await page.evaluate(`${readabilitySource}\n;globalThis.__benchReadability = Readability; 0`);
  await watchTasks(page);
  const durations = await page.evaluate(async (runs) => {
    const durations = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const clone = document.cloneNode(true);
      new globalThis.__benchReadability(clone).parse();
      durations.push(performance.now() - t0);
      await new Promise((ok) => setTimeout(ok, 0));
    }
    return durations;
  }, READABILITY_RUNS);
  return { durations, longestTask: await longestTask(page) };
}

/** Starts watching the page's tasks (before the click); returns the page's clock at that moment. */
function watchTasks(page) {
  return page.evaluate((beat) => {
    const w = /** @type {any} */ (window);
    w.__benchTasks = [];
    w.__benchObserver?.disconnect();
    w.__benchObserver = new PerformanceObserver((list) => w.__benchTasks.push(...list.getEntries().map((e) => e.duration)));
    w.__benchObserver.observe({ type: 'longtask' });
    clearInterval(w.__benchBeat);
    let last = performance.now();
    w.__benchGap = 0;
    w.__benchBeat = setInterval(() => {
      const now = performance.now();
      w.__benchGap = Math.max(w.__benchGap, now - last - beat);
      last = now;
    }, beat);
    return performance.now();
  }, HEARTBEAT);
}

/** The longest task seen since watchTasks, by either measure; stops watching. */
async function longestTask(page) {
  await sleep(60); // the last tasks reach the observer and the heartbeat
  return page.evaluate(() => {
    const w = /** @type {any} */ (window);
    clearInterval(w.__benchBeat);
    w.__benchObserver.disconnect();
    return Math.max(0, w.__benchGap, ...w.__benchTasks);
  });
}

function stageMarks(page) {
  return page.evaluate(() => {
    const out = {};
    for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('gloss:')) out[m.name.slice(6)] = m.startTime;
    return out;
  });
}

async function waitForMarks(page, names, timeout) {
  const end = Date.now() + timeout;
  for (;;) {
    const marks = await stageMarks(page).catch(() => ({}));
    if (names.some((n) => n in marks) || Date.now() > end) return marks;
    await sleep(20);
  }
}

// ---------------------------------------------------------------------------------------------
// Driving the browser.

// The captured pages name images and scripts on the web, which this machine cannot reach: every
// host but loopback fails at once instead of leaving the page's load event waiting on it.
const launch = (extensionDir) => launchChromium({ extensionDir, extraArgs: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
/** The browser being measured: Gloss first, then the empty extension (the floor). */
let gloss = await launch(dist);
const server = await startServer(pagesRoot, { quiet: true });
let cdp = await gloss.context.browser().newBrowserCDPSession();

async function press(page) {
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const target = targetInfos.find((t) => t.url === page.url());
  if (!target) throw new Error(`no tab target for ${page.url()}`);
  await cdp.send('Extensions.triggerAction', { id: gloss.extensionId, targetId: target.targetId });
}

async function stopWorker(page) {
  const session = await gloss.context.newCDPSession(page);
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await session.detach();
  const end = Date.now() + 5000;
  while (gloss.context.serviceWorkers().length > 0 && Date.now() < end) await sleep(50);
}

/** One press on a freshly loaded page: the stage times from the press, and the page's longest task. */
async function clickToMarks(page) {
  const pressedAt = await watchTasks(page);
  await press(page);
  let marks = await waitForMarks(page, ['injected'], PRESS_RETRY);
  if (!('injected' in marks)) {
    await press(page); // dropped by Chromium; the retry's time still counts from the first press
    marks = await waitForMarks(page, ['injected'], CLICK_TIMEOUT);
  }
  marks = await waitForMarks(page, ['painted', 'failed'], CLICK_TIMEOUT);
  const longest = await longestTask(page);
  const from = (name) => (name in marks ? marks[name] - pressedAt : NaN);
  return {
    worker: await workerStages(page, pressedAt).catch(() => ({})),
    ok: 'painted' in marks,
    failed: 'failed' in marks,
    injected: from('injected'),
    extracted: from('extracted'),
    analyzed: from('analyzed'),
    painted: from('painted'),
    // The visible part's marks of a long article come first (src/core/preview.ts); a build without
    // the preview paints everything at once.
    firstPainted: 'first-painted' in marks ? from('first-painted') : from('painted'),
    longestTask: longest,
    /** Every stage the page marked, from the press. */
    stages: Object.fromEntries(Object.entries(marks).map(([k, t]) => [k, t - pressedAt])),
  };
}

/** Moves the pointer onto a mark; the times from the card's request to the worker's answer and to its content shown. */
async function hoverToCard(page) {
  for (let nth = 0; nth < HOVER_TRIES; nth++) {
    const rect = await page.evaluate((nth) => {
      const ranges = [];
      CSS.highlights.forEach((h, name) => {
        if (/^gloss-(?!fill-|note$|draft$|focus$)/.test(String(name))) h.forEach((r) => ranges.push(r));
      });
      const r = ranges.filter((r) => !r.collapsed)[nth * 3];
      const el = r?.startContainer.parentElement;
      if (!el) return null;
      el.scrollIntoView({ block: 'center' });
      const b = r.getClientRects()[0];
      return b && b.width > 2 ? { x: b.x, y: b.y, width: b.width, height: b.height } : null;
    }, nth);
    if (!rect) continue;
    await page.mouse.move(2, 2);
    await sleep(50);
    await page.mouse.move(rect.x + Math.min(rect.width / 2, 6), rect.y + rect.height / 2, { steps: 2 });
    const marks = await waitForMarks(page, ['card-shown'], HOVER_TIMEOUT);
    if ('card-shown' in marks)
      return { shown: marks['card-shown'] - marks['card-asked'], answered: marks['card-answered'] - marks['card-asked'] };
  }
  return { shown: NaN, answered: NaN };
}

/** Runs `use(call)` with a CDP channel to the worker (null when it is not running). */
async function withWorker(use) {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(gloss.origin));
  if (!target) return null;
  // The browser session is not flattened by Playwright: talk to the worker through it.
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let next = 1;
  const call = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = next++;
      const onMessage = (e) => {
        if (e.sessionId !== sessionId) return;
        const reply = JSON.parse(e.message);
        if (reply.id !== id) return;
        cdp.off('Target.receivedMessageFromTarget', onMessage);
        if (reply.error) reject(new Error(reply.error.message));
        else resolve(reply.result);
      };
      cdp.on('Target.receivedMessageFromTarget', onMessage);
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
    });
  try {
    return await use(call);
  } finally {
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  }
}

async function workerHeap() {
  const used = await withWorker(async (call) => {
    await call('HeapProfiler.collectGarbage');
    return (await call('Runtime.getHeapUsage')).usedSize;
  });
  return used ?? NaN;
}

/**
 * The worker's stage marks (src/background/stages.ts) on the page's clock, from the press: the
 * worker's timeline has its own origin, so both are put on the wall clock first.
 */
async function workerStages(page, pressedAt) {
  const pageOrigin = await page.evaluate(() => performance.timeOrigin);
  const stages = await withWorker(async (call) => {
    const { result } = await call('Runtime.evaluate', {
      expression: `JSON.stringify({ origin: performance.timeOrigin, marks: performance.getEntriesByType('mark').filter((m) => m.name.startsWith('gloss:')).map((m) => [m.name.slice(6), m.startTime]) })`,
      returnByValue: true,
    });
    return JSON.parse(result.value);
  });
  if (!stages) return {};
  return Object.fromEntries(stages.marks.map(([name, t]) => [name, stages.origin + t - pageOrigin - pressedAt]));
}

// ---------------------------------------------------------------------------------------------

const rows = [];
const started = Date.now();
try {
  // A first click on a page of no interest: Chromium sometimes drops the very first press after start-up.
  const warmup = await gloss.context.newPage();
  await warmup.goto(`${server.url}${pages[0]}/source.html`);
  await clickToMarks(warmup).catch(() => undefined);
  await warmup.close();

  for (const [n, name] of pages.entries()) {
    const url = `${server.url}${name}/source.html`;
    const page = await gloss.context.newPage();
    try {
      await page.goto(url, { waitUntil: 'load' });
      const readability = await readabilityAlone(page);
      await page.reload({ waitUntil: 'load' });
      await stopWorker(page);
      const cold = await clickToMarks(page);
      await page.reload({ waitUntil: 'load' });
      const warm = await clickToMarks(page);
      const card = warm.ok ? await hoverToCard(page) : { shown: NaN, answered: NaN };
      const row = { page: name, readability: median(readability.durations), readabilityTask: readability.longestTask, cold, warm, card };
      rows.push(row);
      const status = warm.ok ? '' : warm.failed ? ' (Gloss declined the page)' : ' (no marks)';
      console.log(
        `${String(n + 1).padStart(3)}/${pages.length} ${name.padEnd(34)} readability ${ms(row.readability).padStart(8)}  warm ${ms(warm.painted).padStart(8)}  cold ${ms(cold.painted).padStart(8)}  card ${ms(card.shown).padStart(7)}${status}`,
      );
    } catch (e) {
      console.log(`${name}: ${e instanceof Error ? e.message : e}`);
    } finally {
      await page.close().catch(() => undefined);
    }
  }

  // One worker, twenty pages: its heap before and after.
  const memoryPage = await gloss.context.newPage();
  await memoryPage.goto(`${server.url}${pages[0]}/source.html`);
  await stopWorker(memoryPage);
  await clickToMarks(memoryPage);
  const heapBefore = await workerHeap();
  for (const name of pages.slice(0, MEMORY_PAGES)) {
    await memoryPage.goto(`${server.url}${name}/source.html`);
    await clickToMarks(memoryPage);
  }
  const heapAfter = await workerHeap();
  await memoryPage.close();

  const floor = await emptyExtensionClicks();
  await report(heapBefore, heapAfter, floor);
} finally {
  await gloss.close();
  await server.close();
}

/**
 * The same pages, cold and warm, with an extension that only injects a script on the click: what the
 * browser itself costs (waking a worker, injecting), which no extension can go below.
 */
async function emptyExtensionClicks() {
  await gloss.close();
  gloss = await launch(await writeEmptyExtension());
  cdp = await gloss.context.browser().newBrowserCDPSession();
  const warmup = await gloss.context.newPage();
  await warmup.goto(`${server.url}${pages[0]}/source.html`);
  await clickToMarks(warmup).catch(() => undefined);
  await warmup.close();
  const out = [];
  for (const name of pages) {
    const page = await gloss.context.newPage();
    try {
      await page.goto(`${server.url}${name}/source.html`, { waitUntil: 'load' });
      await stopWorker(page);
      const cold = await clickToMarks(page);
      await page.reload({ waitUntil: 'load' });
      const warm = await clickToMarks(page);
      out.push({ page: name, cold: cold.injected, warm: warm.injected });
    } catch (e) {
      console.log(`empty extension, ${name}: ${e instanceof Error ? e.message : e}`);
    } finally {
      await page.close().catch(() => undefined);
    }
  }
  return out;
}

/** `f(floor, row)` for every measured page the empty extension was also clicked on. */
function floorOf(done, floor, f) {
  return done.flatMap((r) => {
    const e = floor.find((x) => x.page === r.page);
    return e && Number.isFinite(e.warm) && Number.isFinite(e.cold) ? [f(e, r)] : [];
  });
}

function report(heapBefore, heapAfter, floor) {
  const done = rows.filter((r) => r.warm.ok && r.cold.ok);
  const col = (f) => done.map(f);
  const ratiosWarm = col((r) => r.warm.painted / r.readability);
  const ratiosCold = col((r) => r.cold.painted / r.readability);
  const ratiosFirstWarm = col((r) => r.warm.firstPainted / r.readability);
  const excessTask = col((r) => Math.max(0, r.warm.longestTask - Math.max(r.readabilityTask, r.readability)));
  const stage = (key, prev) => col((r) => r.warm[key] - (prev ? r.warm[prev] : 0));
  const summary = {
    pages: rows.length,
    measured: done.length,
    declined: rows.filter((r) => r.warm.failed).length,
    readability: spread(col((r) => r.readability)),
    warm: spread(col((r) => r.warm.painted)),
    cold: spread(col((r) => r.cold.painted)),
    ratioWarm: spread(ratiosWarm),
    ratioCold: spread(ratiosCold),
    /** Click → the first marks painted: the visible part's on a long article, else all of them. */
    firstWarm: spread(col((r) => r.warm.firstPainted)),
    firstCold: spread(col((r) => r.cold.firstPainted)),
    ratioFirstWarm: spread(ratiosFirstWarm),
    /** Warm stages, each from the previous one. */
    stages: {
      injection: median(stage('injected')),
      extraction: median(stage('extracted', 'injected')),
      worker: median(stage('analyzed', 'extracted')),
      painting: median(stage('painted', 'analyzed')),
    },
    card: {
      ...spread(rows.map((r) => r.card.shown)),
      answeredMedian: median(rows.map((r) => r.card.answered)),
    },
    longestTaskBeyondReadability: { max: Math.max(0, ...excessTask), over50: excessTask.filter((x) => x > TARGET.taskMs).length },
    workerHeap: { before: heapBefore, after: heapAfter, pages: MEMORY_PAGES },
    /** Click → script injected with an extension that does nothing else, and Gloss's own injection, cold and warm. */
    emptyExtension: {
      cold: spread(floor.map((f) => f.cold)),
      warm: spread(floor.map((f) => f.warm)),
    },
    glossInjection: {
      cold: spread(col((r) => r.cold.injected)),
      warm: spread(col((r) => r.warm.injected)),
    },
    /**
     * What no extension that must run Readability can go below, per page: the empty extension's click
     * → script injected, plus Readability alone, over Readability alone (the ratio target's floor).
     */
    floorRatioWarm: spread(floorOf(done, floor, (f, r) => (f.warm + r.readability) / r.readability)),
    /** The same floor in milliseconds, warm and cold: what the click → marks targets compare with. */
    floorWarm: spread(floorOf(done, floor, (f, r) => f.warm + r.readability)),
    floorCold: spread(floorOf(done, floor, (f, r) => f.cold + r.readability)),
    contentGzip,
  };
  const line = (what, value, target, pass) =>
    console.log(`  ${what.padEnd(44)} ${value.padEnd(28)} ${target.padEnd(16)} ${pass ? 'ok' : 'MISSED'}`);
  console.log(
    `\n${done.length} of ${rows.length} pages measured (${summary.declined} declined by Gloss), in ${Math.round((Date.now() - started) / 1000)} s`,
  );
  console.log(`  ${'what'.padEnd(44)} ${'median / p95'.padEnd(28)} ${'target'.padEnd(16)}`);
  line('Readability alone (clone + parse)', `${ms(summary.readability.median)} / ${ms(summary.readability.p95)}`, '(the floor)', true);
  // Click → marks (warm and cold, and the warm ratio to Readability) against the targets.
  const clickLines = (what, warm, cold, ratio) => {
    line(`click → ${what}, warm`, `${ms(warm.median)} / ${ms(warm.p95)}`, `p95 ≤ ${TARGET.warmP95} ms`, warm.p95 <= TARGET.warmP95);
    line(`click → ${what}, cold`, `${ms(cold.median)} / ${ms(cold.p95)}`, `p95 ≤ ${TARGET.coldP95} ms`, cold.p95 <= TARGET.coldP95);
    line(
      '  ratio to Readability, warm (per page)',
      `${times(ratio.median)} / ${times(ratio.p95)}`,
      `median ≤ ${TARGET.ratio}x`,
      ratio.median <= TARGET.ratio,
    );
  };
  clickLines('marks', summary.warm, summary.cold, summary.ratioWarm);
  line('  ratio to Readability, cold (per page)', `${times(summary.ratioCold.median)} / ${times(summary.ratioCold.p95)}`, '', true);
  clickLines('first marks (the visible part)', summary.firstWarm, summary.firstCold, summary.ratioFirstWarm);
  const s = summary.stages;
  console.log(
    `  warm stages (medians): injection ${ms(s.injection)}, extraction ${ms(s.extraction)}, worker ${ms(s.worker)}, painting ${ms(s.painting)}`,
  );
  line(
    'hover → card (asked → shown)',
    `${ms(summary.card.median)} / ${ms(summary.card.p95)}`,
    `p95 ≤ ${TARGET.cardP95} ms`,
    summary.card.p95 <= TARGET.cardP95,
  );
  console.log(`  of which the worker's answer (median): ${ms(summary.card.answeredMedian)}`);
  const t = summary.longestTaskBeyondReadability;
  line(
    'page task beyond Readability’s own',
    `max ${ms(t.max)}, ${t.over50} pages over 50`,
    `≤ ${TARGET.taskMs} ms`,
    t.max <= TARGET.taskMs,
  );
  const e = summary.emptyExtension;
  const g = summary.glossInjection;
  console.log(
    `  the browser's own floor, an empty extension's click → script injected: cold ${ms(e.cold.median)} / ${ms(e.cold.p95)}, warm ${ms(e.warm.median)} / ${ms(e.warm.p95)}`,
  );
  console.log(
    `    Gloss's click → script injected: cold ${ms(g.cold.median)} / ${ms(g.cold.p95)}, warm ${ms(g.warm.median)} / ${ms(g.warm.p95)}`,
  );
  console.log(
    `    the ratio's floor, (empty extension's injection + Readability) / Readability, warm, per page: ${times(summary.floorRatioWarm.median)} / ${times(summary.floorRatioWarm.p95)}`,
  );
  console.log(
    `    click → marks' floor, empty extension's injection + Readability: warm ${ms(summary.floorWarm.median)} / ${ms(summary.floorWarm.p95)}, cold ${ms(summary.floorCold.median)} / ${ms(summary.floorCold.p95)}`,
  );
  const mb = (b) => `${(b / 1024 / 1024).toFixed(1)} MB`;
  line(`worker heap, 1 → ${MEMORY_PAGES} pages`, `${mb(heapBefore)} → ${mb(heapAfter)}`, '', true);
  line(
    'content script, gzip',
    `${(contentGzip / 1024).toFixed(1)} KB`,
    `≤ ${TARGET.contentGzip / 1024} KB`,
    contentGzip <= TARGET.contentGzip,
  );
  return writeJson(summary, floor);
}

async function writeJson(summary, floor) {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  } catch {
    // Not a git checkout: the file is still written, under 'unknown'.
  }
  const file = argValue('--out') ?? join(repoRoot, 'bench-results', `browser-${commit}.json`);
  await mkdir(join(file, '..'), { recursive: true });
  await writeFile(file, JSON.stringify({ commit, date: new Date().toISOString(), summary, rows, floor }, null, 2));
  console.log(`\nwrote ${file}`);
}
