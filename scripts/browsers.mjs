// Launches Debian's Chromium and Firefox ESR with the built extension and presses its toolbar
// button for real. Shared by the end-to-end tests (test/e2e/harness.ts) and `npm start`
// (scripts/start.mjs). The recipe and the browser quirks it works around are in
// shared/BROWSER-TESTING.md; each workaround below names the behaviour it answers.
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { repoRoot } from './serve.mjs';

export const CHROME_DIST = join(repoRoot, 'dist/chrome');
export const FIREFOX_DIST = join(repoRoot, 'dist/firefox');
/** Must match browser_specific_settings.gecko.id written by scripts/build.mjs. */
import { GECKO_ID } from './lib/ids.mjs';
export { GECKO_ID };
/** Pinned through the extensions.webextensions.uuids pref so moz-extension:// URLs are known in advance. */
export const FIREFOX_UUID = '3c7a0f5e-6d1b-4b8e-9a61-0f6c2d9e4b17';

export function chromiumPath() {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}
export function firefoxPath() {
  return process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
}

/** @param {string} extensionDir */
export function chromiumArgs(extensionDir) {
  return [
    // The machines run everything as root, where Chromium refuses to start sandboxed.
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}

// Temp profiles made here, removed on close(); and, should a test run die before that, when
// Node exits (Playwright already kills the browsers it started then).
const ownedDirs = new Set();
process.once('exit', () => {
  for (const dir of ownedDirs) {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
    } catch {
      // A browser still writing there; it lives in the temp folder anyway.
    }
  }
});

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Polls `check` until it returns a truthy value or `ms` pass; returns the last value. */
async function poll(check, ms, every = 100) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check().catch(() => undefined);
    if (v || Date.now() >= end) return v;
    await sleep(every);
  }
}

/** @param {string} dir @param {string} what */
function requireBuilt(dir, what) {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`${what}: no manifest.json in ${dir}. Build the extension first: node scripts/build.mjs`);
  }
}

// ---------------------------------------------------------------------------------------------
// Chromium (playwright-core)

/**
 * @param {{ extensionDir?: string, userDataDir?: string, headless?: boolean, executablePath?: string,
 *   viewport?: { width: number, height: number } | null, extraArgs?: string[] }} [opts]
 *   extraArgs: more command-line switches (e.g. --host-resolver-rules for tests that need several host names).
 */
export async function launchChromium(opts = {}) {
  const { chromium } = await import('playwright-core');
  const extensionDir = opts.extensionDir ?? CHROME_DIST;
  requireBuilt(extensionDir, 'launchChromium');
  const ownDir = !opts.userDataDir;
  const userDataDir = opts.userDataDir ?? (await mkdtemp(join(tmpdir(), 'gloss-chromium-')));
  if (ownDir) ownedDirs.add(userDataDir);
  const headless = opts.headless ?? true;

  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: opts.executablePath ?? chromiumPath(),
      headless,
      args: [...chromiumArgs(extensionDir), ...(opts.extraArgs ?? [])],
      // Playwright adds --disable-extensions by default; --disable-extensions-except wins over it
      // today, but that is not a promise worth depending on.
      ignoreDefaultArgs: ['--disable-extensions'],
      viewport: opts.viewport === undefined ? { width: 1280, height: 800 } : opts.viewport,
    });
  } catch (e) {
    if (ownDir) await rm(userDataDir, { recursive: true, force: true });
    ownedDirs.delete(userDataDir);
    throw e;
  }

  const closeAll = async () => {
    await context.close().catch(() => {});
    if (ownDir) await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
    ownedDirs.delete(userDataDir);
  };

  try {
    const isOurs = (w) => w.url().startsWith('chrome-extension://');
    const first =
      context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }));
    const extensionId = new URL(first.url()).host;
    const origin = `chrome-extension://${extensionId}`;
    const browser = context.browser();
    if (!browser) throw new Error('launchChromium: Playwright gave no browser for the persistent context');
    const cdp = await browser.newBrowserCDPSession();

    /** The worker may be stopped and restarted by Chrome; always hand out the live one. */
    const currentWorker = () => context.serviceWorkers().find((w) => w.url().startsWith(origin)) ?? first;

    const clicks = async () => {
      const n = await currentWorker().evaluate(() => /** @type {any} */ (globalThis).__glossClicks ?? 0);
      return typeof n === 'number' ? n : 0;
    };

    /** The tab target (not the page target) is what Extensions.triggerAction wants. */
    const tabTargetId = async (page) => {
      const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
      const url = page.url();
      const same = targetInfos.filter((t) => t.url === url);
      if (same.length === 1) return same[0].targetId;
      // Several tabs on one URL: tag this page's title for a moment; tab targets report titles.
      const token = `gloss-tab-${Math.random().toString(36).slice(2)}`;
      const title = await page.evaluate((t) => {
        const old = document.title;
        document.title = t;
        return old;
      }, token);
      try {
        const found = await poll(async () => {
          const r = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
          return r.targetInfos.find((t) => t.title === token)?.targetId;
        }, 2000);
        if (!found) throw new Error(`clickAction: no browser tab holds ${url}`);
        return found;
      } finally {
        await page.evaluate((t) => {
          document.title = t;
        }, title);
      }
    };

    const tabIdOf = async (page) => {
      const url = page.url();
      const id = await poll(
        () => currentWorker().evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u || t.pendingUrl === u)?.id, url),
        5000,
      );
      if (typeof id !== 'number') throw new Error(`tabIdOf: the extension sees no tab with URL ${url}`);
      return id;
    };

    return {
      browserName: /** @type {const} */ ('chromium'),
      context,
      extensionId,
      origin,
      userDataDir,
      get worker() {
        return currentWorker();
      },
      clicks,
      tabIdOf,
      /**
       * Presses the toolbar button for `page` the way a person would. The press toggles Gloss, so
       * it is repeated only when the worker's click counter shows the press never arrived
       * (Chromium sometimes accepts Extensions.triggerAction just after start-up and drops it).
       */
      async clickAction(page, { attempts = 4, wait = 1500 } = {}) {
        await page.bringToFront();
        const before = await clicks().catch(() => 0);
        for (let i = 1; i <= attempts; i++) {
          const targetId = await tabTargetId(page);
          await cdp.send('Extensions.triggerAction', { id: extensionId, targetId });
          // A worker restarted in between starts counting from 0 again: any change means it arrived.
          const arrived = await poll(async () => {
            const now = await clicks();
            return now !== before;
          }, wait);
          if (arrived) return;
        }
        throw new Error(`clickAction: ${attempts} presses of the toolbar button never reached the worker`);
      },
      async openPanel(tabPage) {
        const tabId = await tabIdOf(tabPage);
        const panel = await context.newPage();
        await panel.goto(`${origin}/sidepanel.html?tabId=${tabId}`);
        return panel;
      },
      close: closeAll,
    };
  } catch (e) {
    await closeAll();
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Firefox ESR (puppeteer-core over WebDriver BiDi)

/** @param {{ extensionDir?: string, headless?: boolean, executablePath?: string }} [opts] */
export async function launchFirefox(opts = {}) {
  const { default: puppeteer } = await import('puppeteer-core');
  const extensionDir = opts.extensionDir ?? FIREFOX_DIST;
  requireBuilt(extensionDir, 'launchFirefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: opts.executablePath ?? firefoxPath(),
    headless: opts.headless ?? true,
    // Lets BiDi evaluate in the browser's own (chrome) scope, where the toolbar button lives.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }) },
    defaultViewport: { width: 1280, height: 800 },
  });
  const close = async () => {
    await browser.close().catch(() => {});
  };
  try {
    // launch({ enableExtensions }) does not wait for the add-on to be ready; installExtension does.
    const addonId = await browser.installExtension(extensionDir);
    if (addonId !== GECKO_ID) throw new Error(`launchFirefox: installed ${addonId}, expected ${GECKO_ID}`);
    const origin = `moz-extension://${FIREFOX_UUID}`;
    const bidi = /** @type {any} */ (browser).connection;
    const send = async (method, params) => (await bidi.send(method, params)).result;

    const chromeEval = async (expression) => {
      const { contexts } = await send('browsingContext.getTree', { 'moz:scope': 'chrome' });
      const top = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml') ?? contexts[0];
      const r = await send('script.evaluate', {
        expression,
        target: { context: top.context },
        awaitPromise: true,
        resultOwnership: 'none',
      });
      if (r.type === 'exception') throw new Error(`chrome-scope script failed: ${r.exceptionDetails?.text ?? 'unknown'}`);
      return r.result?.value;
    };

    /** Opens an extension page in a new tab. page.goto never resolves for moz-extension:// URLs. */
    const openExtensionPage = async (path) => {
      const page = await browser.newPage();
      await send('browsingContext.navigate', {
        context: /** @type {any} */ (page.mainFrame())._id,
        url: `${origin}/${path.replace(/^\//, '')}`,
        wait: 'none',
      });
      await page.waitForFunction((o) => location.origin === o && document.readyState === 'complete', { timeout: 10_000 }, origin);
      return page;
    };

    // An extension page kept open only to ask the background page questions. Opened on first use,
    // because it is a tab and some tests count tabs.
    let probe;
    const probePage = async () => {
      if (!probe || probe.isClosed()) probe = await openExtensionPage('sidepanel.html?gloss-probe=1');
      return probe;
    };
    const clicks = async () => {
      const p = await probePage();
      return p.evaluate(async () => {
        const bg = /** @type {any} */ (await browser.runtime.getBackgroundPage());
        return bg?.__glossClicks ?? 0;
      });
    };
    const tabIdOf = async (page) => {
      const p = await probePage();
      const url = page.url();
      const id = await poll(() => p.evaluate(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id, url), 5000);
      if (typeof id !== 'number') throw new Error(`tabIdOf: the extension sees no tab with URL ${url}`);
      return id;
    };
    const trigger = () =>
      chromeEval(`(() => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const policy = WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)});
        if (!policy) throw new Error('Gloss is not installed');
        const win = Services.wm.getMostRecentWindow('navigator:browser');
        ExtensionParent.apiManager.global.browserActionFor(policy.extension).triggerAction(win);
        return true;
      })()`);

    return {
      browserName: /** @type {const} */ ('firefox'),
      browser,
      extensionId: GECKO_ID,
      uuid: FIREFOX_UUID,
      origin,
      send,
      chromeEval,
      openExtensionPage,
      clicks,
      tabIdOf,
      async newPage() {
        return browser.newPage();
      },
      /**
       * Presses the toolbar button of the window's selected tab, so `page` is brought to the
       * front first. With `verify` (default), checks the background page's click counter and
       * presses again only if the press never arrived.
       */
      async clickAction(page, { verify = true, attempts = 3, wait = 3000 } = {}) {
        const before = verify ? await clicks() : 0;
        for (let i = 1; i <= attempts; i++) {
          await page.bringToFront();
          await trigger();
          if (!verify) return;
          if (await poll(async () => (await clicks()) !== before, wait)) return;
        }
        throw new Error(`clickAction: ${attempts} presses of the toolbar button never reached the background page`);
      },
      async openPanel(tabPage) {
        const tabId = await tabIdOf(tabPage);
        return openExtensionPage(`sidepanel.html?tabId=${tabId}`);
      },
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Pixels

/**
 * The opaque colour a translucent highlight shows over a background (white by default), which
 * is what a screenshot sees.
 * @param {[number, number, number, number]} rgba @param {[number, number, number]} [under]
 * @returns {[number, number, number]}
 */
export function blend([r, g, b, a], under = [255, 255, 255]) {
  return [Math.round(r * a + under[0] * (1 - a)), Math.round(g * a + under[1] * (1 - a)), Math.round(b * a + under[2] * (1 - a))];
}

/**
 * Counts the pixels near `rgb` (each channel within `tolerance`) in a screenshot of `rect`, given
 * in viewport CSS pixels (as getBoundingClientRect returns). Works with Playwright and
 * puppeteer pages. Take the same count before turning Gloss on as the control.
 * @param {any} page
 * @param {{ x: number, y: number, width: number, height: number }} rect
 * @param {[number, number, number]} rgb
 */
export async function countPixels(page, rect, rgb, tolerance = 12) {
  const vp = await page.evaluate(() => ({ w: innerWidth, h: innerHeight, left: scrollX, top: scrollY }));
  const x = Math.max(0, Math.floor(rect.x));
  const y = Math.max(0, Math.floor(rect.y));
  const clip = {
    x,
    y,
    width: Math.max(1, Math.min(vp.w, Math.ceil(rect.x + rect.width)) - x),
    height: Math.max(1, Math.min(vp.h, Math.ceil(rect.y + rect.height)) - y),
  };
  // Playwright clips in viewport coordinates; puppeteer always in document coordinates (it
  // subtracts the scroll offset itself when told to stay inside the viewport).
  const isPuppeteer = typeof page.setViewport === 'function';
  const shot = isPuppeteer
    ? await page.screenshot({ clip: { ...clip, x: clip.x + vp.left, y: clip.y + vp.top }, captureBeyondViewport: false })
    : await page.screenshot({ clip });
  return countInPng(Buffer.from(shot), null, rgb, tolerance);
}

/**
 * Counts the pixels near `rgb` in a PNG image, inside `rect` (image pixels) or all of it.
 * Lets a test count a control area in a screenshot taken before a change.
 * @param {Uint8Array} png
 * @param {{ x: number, y: number, width: number, height: number } | null} rect
 * @param {[number, number, number]} rgb
 */
export function countInPng(png, rect, rgb, tolerance = 12) {
  const img = PNG.sync.read(Buffer.from(png));
  const x0 = rect ? Math.max(0, Math.floor(rect.x)) : 0;
  const y0 = rect ? Math.max(0, Math.floor(rect.y)) : 0;
  const x1 = rect ? Math.min(img.width, Math.ceil(rect.x + rect.width)) : img.width;
  const y1 = rect ? Math.min(img.height, Math.ceil(rect.y + rect.height)) : img.height;
  let n = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * img.width + x) * 4;
      if (
        Math.abs((img.data[i] ?? 0) - rgb[0]) <= tolerance &&
        Math.abs((img.data[i + 1] ?? 0) - rgb[1]) <= tolerance &&
        Math.abs((img.data[i + 2] ?? 0) - rgb[2]) <= tolerance
      ) {
        n++;
      }
    }
  }
  return n;
}

/** Number of pixels that differ between two PNG images of the same size (any channel off by more than `tolerance`). */
export function diffPixels(a, b, tolerance = 8) {
  const x = PNG.sync.read(Buffer.from(a));
  const y = PNG.sync.read(Buffer.from(b));
  if (x.width !== y.width || x.height !== y.height) return x.width * x.height;
  let n = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    for (let c = 0; c < 3; c++) {
      if (Math.abs((x.data[i + c] ?? 0) - (y.data[i + c] ?? 0)) > tolerance) {
        n++;
        break;
      }
    }
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// Marks and cards, seen from the page

/**
 * The first range of the first Gloss highlight found among `names` (in that order), scrolled to
 * the middle of the viewport. Read from the page's JS world: CSS.highlights is one registry per
 * document, shared with content scripts.
 * @param {any} page
 * @param {string[]} names
 * @param {string} [within] a CSS selector the mark must be inside (e.g. 'article > p').
 * @param {string | null} [text] only a mark that reads exactly this.
 * @returns {Promise<{ name: string, text: string, x: number, y: number, width: number, height: number } | null>}
 */
export async function findMark(page, names, within = '*', text = null) {
  return page.evaluate(
    ([wanted, sel, exact]) => {
      for (const name of wanted) {
        const h = CSS.highlights.get(name);
        if (!h) continue;
        let first = null;
        h.forEach((r) => {
          if (!first && !r.collapsed && r.startContainer.parentElement?.closest(sel) && (!exact || String(r) === exact)) first = r;
        });
        if (!first) continue;
        first.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        // Only the first line box: a mark that wraps has a bounding box that covers other words.
        const box = first.getClientRects()[0] ?? first.getBoundingClientRect();
        return { name, text: String(first), x: box.x, y: box.y, width: box.width, height: box.height };
      }
      return null;
    },
    [names, within, text],
  );
}

/**
 * Moves the mouse onto the middle of a mark and waits until the page looks different (the fact
 * card), comparing screenshots. Returns the number of changed pixels (0 if nothing appeared).
 * @param {any} page a Playwright page
 * @param {{ x: number, y: number, width: number, height: number }} mark
 */
export async function hoverForCard(page, mark, { timeout = 4000, minChanged = 2000 } = {}) {
  // Start away from the mark so the move is a real enter.
  await page.mouse.move(2, 2);
  await sleep(100);
  const before = await page.screenshot();
  const cx = mark.x + Math.min(mark.width / 2, 20);
  const cy = mark.y + mark.height / 2;
  await page.mouse.move(cx - 4, cy, { steps: 2 });
  await page.mouse.move(cx, cy, { steps: 2 });
  const end = Date.now() + timeout;
  let changed = 0;
  while (Date.now() < end) {
    await sleep(200);
    changed = diffPixels(before, await page.screenshot());
    if (changed >= minChanged) return changed;
  }
  return changed;
}
