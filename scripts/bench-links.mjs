// Cards that know (issue 11), measured in the built extension in Debian's Chromium against the loopback knowledge
// server: (1) how long a card waits for a cached link, beside the card itself (the baseline: `card.get` for the
// same mark), both sent from the content script's own world so they take the page's real message path; (2) the
// worker's extra heap after looking up every name of a 100-name article, beside the same article with look-ups
// off (heap after a forced garbage collection, through DevTools attached to the service worker). Called by
// `npm run bench`; alone: node scripts/bench-links.mjs [--quick]
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CHROME_DIST, launchChromium } from './browsers.mjs';
import { startImageServer } from './image-server.mjs';
import { startKnowledgeServer } from './knowledge-server.mjs';
import { startServer } from './serve.mjs';

const FIRST = 'Alice Marcus Hannah Victor Irene Oscar Nadia Felix Greta Tobias'.split(' ');
const LAST = 'Brennan Holloway Castillo Lindqvist Okafor Petrov Yamada Delacroix Whitfield Moreau'.split(' ');

/** A news page naming 100 people (FIRST × LAST) and Gemini in a story about Google. */
function article() {
  const names = FIRST.flatMap((f) => LAST.map((l) => `${f} ${l}`));
  const paragraphs = [
    'Google said on Tuesday that Gemini, its family of large language models, can now read video, and its cloud unit will sell Gemini to businesses.',
  ];
  for (let i = 0; i < names.length; i += 4) {
    const [a, b, c, d] = names.slice(i, i + 4);
    paragraphs.push(`${a} told reporters that ${b} had met ${c} before the vote, while ${d} declined to comment on the plan.`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hundred names</title></head><body><main><article>
<h1>Hundred names</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></main></body></html>`;
}

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const fmtMs = (ms) => `${ms.toFixed(1)} ms`;
const fmtKb = (b) => `${(b / 1024).toFixed(0)} kB`;

/** A copy of the extension with look-ups' host permissions granted, as after the reader allowed them. */
async function grantedCopy(dir) {
  await cp(CHROME_DIST, dir, { recursive: true });
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = manifest.optional_host_permissions;
  delete manifest.optional_host_permissions;
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
}

/** DevTools on the extension's service worker (Playwright opens CDP sessions on pages only). */
async function workerDevtools(gloss) {
  const cdp = await gloss.context.browser().newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(gloss.origin));
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false });
  let next = 0;
  const waiting = new Map();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    if (e.sessionId !== sessionId) return;
    const m = JSON.parse(e.message);
    waiting.get(m.id)?.(m.result);
    waiting.delete(m.id);
  });
  const call = (method, params = {}) =>
    new Promise((resolve) => {
      const id = ++next;
      waiting.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
  return {
    async heap() {
      await call('HeapProfiler.collectGarbage');
      await call('HeapProfiler.collectGarbage');
      return (await call('Runtime.getHeapUsage')).usedSize;
    },
  };
}

/** Sends a message as Gloss's content script does, from its isolated world in `page`; resolves {ms, reply}. */
async function contentWorld(gloss, page) {
  const cdp = await page.context().newCDPSession(page);
  const contexts = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.origin === gloss.origin || c.name === 'Gloss');
  if (!world) throw new Error('bench-links: no Gloss content-script world in the page');
  return async (type, payload) => {
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
      expression: `(async () => { const t = performance.now(); const r = await chrome.runtime.sendMessage(${JSON.stringify({ type, payload })}); return { ms: performance.now() - t, reply: r }; })()`,
    });
    return result.value;
  };
}

/** One Chromium: the article, Gloss pressed, look-ups on or off; what the worker holds after every name's look-up. */
async function run({ extensionDir, knowledge, images, pageUrl, enabled, cards }) {
  const gloss = await launchChromium({ extensionDir, extraArgs: images.chromiumArgs });
  try {
    await gloss.worker.evaluate((s) => chrome.storage.local.set({ linkSettings: s }), {
      enabled,
      wikidata: knowledge.url,
      wikipedia: knowledge.url,
    });
    const page = await gloss.context.newPage();
    await page.goto(pageUrl);
    await gloss.clickAction(page);
    const end = Date.now() + 30_000;
    while (Date.now() < end && !(await page.evaluate(() => CSS.highlights.size > 0))) await new Promise((ok) => setTimeout(ok, 100));
    const marks = await page.evaluate(() => {
      let n = 0;
      CSS.highlights.forEach((h, name) => {
        if (/^gloss-(person|organization|place|product|other|money|percent|count|quantity|date|duration|fraction|unit)$/.test(name))
          n += h.size;
      });
      return n;
    });
    const send = await contentWorld(gloss, page);
    const devtools = await workerDevtools(gloss);
    await send('card.get', { markId: 0 }); // the analysis is in place
    const before = await devtools.heap();
    let gemini = -1;
    let linked = 0;
    for (let id = 0; id < marks; id++) {
      const r = await send('link.get', { markId: id });
      if (r.reply?.ok && r.reply.value.state === 'linked') linked++;
      if (r.reply?.ok && r.reply.value.qid === 'Q124232960') gemini = id;
    }
    const after = await devtools.heap();
    const link = [];
    const card = [];
    if (cards && gemini >= 0) {
      for (let i = 0; i < cards; i++) {
        // As the card asks them: both at once, when it opens.
        const [l, c] = await Promise.all([send('link.get', { markId: gemini }), send('card.get', { markId: gemini })]);
        link.push(l.ms);
        card.push(c.ms);
      }
    }
    return { marks, linked, heap: after - before, link, card, requests: knowledge.requests.length };
  } finally {
    await gloss.close();
  }
}

export async function benchLinks({ quick = false } = {}) {
  const work = await mkdtemp(join(tmpdir(), 'gloss-bench-links-'));
  const knowledge = await startKnowledgeServer();
  // Wikimedia's image host on this machine too: the figures are Gloss's, not this machine's DNS.
  const images = await startImageServer();
  await writeFile(join(work, 'names.html'), article());
  const pages = await startServer(work, { quiet: true });
  try {
    const extensionDir = join(work, 'granted');
    await grantedCopy(extensionDir);
    const pageUrl = `${pages.url}names.html`;
    const cards = quick ? 20 : 60;
    const t0 = performance.now();
    const on = await run({ extensionDir, knowledge, images, pageUrl, enabled: true, cards });
    knowledge.reset();
    const off = await run({ extensionDir, knowledge, images, pageUrl, enabled: false, cards: 0 });
    return { on, off, seconds: (performance.now() - t0) / 1000 };
  } finally {
    await pages.close();
    await knowledge.close();
    await images.close();
    await rm(work, { recursive: true, force: true });
  }
}

/** The bench's lines and its summary rows ([what, gloss, baseline, ratio, target, result]). */
export function linkRows({ on, off }) {
  const p = (xs, q) => (xs.length ? percentile(xs, q) : NaN);
  const lines = [
    `link cards: ${on.marks} marks, ${on.linked} linked look-ups, ${on.requests} requests to the knowledge server (look-ups off: ${off.requests})`,
    `  cached link, as the card asks it: median ${fmtMs(p(on.link, 50))}, p95 ${fmtMs(p(on.link, 95))} (${on.link.length} cards)`,
    `  the card itself (baseline):       median ${fmtMs(p(on.card, 50))}, p95 ${fmtMs(p(on.card, 95))}`,
    `  worker heap after every name's look-up: +${fmtKb(on.heap)}; with look-ups off: +${fmtKb(off.heap)}`,
  ];
  const rows = [
    [
      'cached link in the card, p95 (after it opens)',
      fmtMs(p(on.link, 95)),
      `${fmtMs(p(on.card, 95))} card`,
      `${(p(on.link, 95) / p(on.card, 95)).toFixed(2)}x`,
      '<= 50 ms',
      p(on.link, 95) <= 50 ? 'PASS' : 'FAIL',
    ],
    ['worker heap, 100-name article, look-ups on', `+${fmtKb(on.heap)}`, `+${fmtKb(off.heap)} off`, '-', '-', 'info'],
  ];
  return { lines, rows };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchLinks({ quick: process.argv.includes('--quick') });
  for (const line of linkRows(result).lines) console.log(line);
  console.log(`(took ${result.seconds.toFixed(1)} s)`);
}
