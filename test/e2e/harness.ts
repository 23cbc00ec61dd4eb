// What the end-to-end tests need to drive the built extension in real browsers. The launch and
// click code lives in scripts/browsers.mjs so that `npm start` uses the very same path; this
// module adds the page-side helpers the tests share.
import type { Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium, launchFirefox, type ChromiumGloss, type FirefoxGloss } from '../../scripts/browsers.mjs';
import { startServer as serve, type StaticServer } from '../../scripts/serve.mjs';

export {
  blend,
  CHROME_DIST,
  countInPng,
  countPixels,
  diffPixels,
  findMark,
  FIREFOX_DIST,
  FIREFOX_UUID,
  GECKO_ID,
  hoverForCard,
  launchChromium,
  launchFirefox,
} from '../../scripts/browsers.mjs';
export type { ChromiumGloss, ClickOptions, FirefoxGloss, LaunchChromiumOptions, MarkBox, Rect } from '../../scripts/browsers.mjs';
export type { StaticServer } from '../../scripts/serve.mjs';

/** Chromium's gloss handle under the name the tests use. */
export type Gloss = ChromiumGloss;

/**
 * One Chromium with the built extension and a fixture server, shared by the tests of a file and
 * handed to `ready` before the first runs. Tabs a test leaves open are closed after it: they would
 * share the next test's article URL.
 */
export function chromiumForFile(ready: (gloss: Gloss, server: StaticServer) => void): void {
  let gloss: Gloss | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await startServer();
    gloss = await launchChromium();
    ready(gloss, server);
  });
  afterAll(async () => {
    await gloss?.close();
    await server?.close();
  });
  afterEach(async () => {
    for (const p of gloss?.context.pages() ?? []) if (p.url() !== 'about:blank') await p.close().catch(() => undefined);
  });
}

/** The same for Firefox ESR with the built add-on: one browser and fixture server for the tests of a file. */
export function firefoxForFile(ready: (gloss: FirefoxGloss, server: StaticServer) => void): void {
  let gloss: FirefoxGloss | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await startServer();
    gloss = await launchFirefox();
    ready(gloss, server);
  });
  afterAll(async () => {
    await gloss?.close();
    await server?.close();
  });
}

/**
 * A static server on 127.0.0.1 at a free port. With no argument it serves test/fixtures at /
 * and assets/demo under /demo/ (so `${url}article.html`, `${url}demo/article.html`).
 */
export function startServer(dir?: string): Promise<StaticServer> {
  return serve(dir, { quiet: true });
}

type AnyPage = Page | PuppeteerPage;

export interface HighlightInfo {
  name: string;
  /** Number of ranges in the highlight. */
  size: number;
  /** The text of the first few ranges, in registry order. */
  texts: string[];
}

/**
 * The Gloss highlights registered in the page (names starting 'gloss-'), read from the page's own
 * JS world: CSS.highlights is one registry per document, shared with content scripts.
 */
export async function glossHighlights(page: AnyPage, prefix = 'gloss-'): Promise<HighlightInfo[]> {
  // A string body: the page's JS may have replaced Array.prototype.map and friends (see
  // test/fixtures/hostile.html), so this avoids them.
  const fn = `(prefix) => {
    const out = [];
    CSS.highlights.forEach((h, name) => {
      if (!String(name).startsWith(prefix)) return;
      const texts = [];
      let i = 0;
      h.forEach((r) => { if (i++ < 8) texts.push(String(r.toString())); });
      out.push({ name: String(name), size: h.size, texts });
    });
    return out;
  }`;
  return (page as Page).evaluate(([body, p]) => (0, eval)(body)(p) as HighlightInfo[], [fn, prefix] as const);
}

/**
 * Whether the marks painted are the whole article's: a long article first shows the marks of its visible part
 * (`gloss:previewed`), then the whole article's (`gloss:painted`), as the session's stage marks in the page's
 * timeline say.
 */
function wholeArticlePainted(page: AnyPage): Promise<boolean> {
  const fn = `() => performance.getEntriesByName('gloss:previewed').length === 0 || performance.getEntriesByName('gloss:painted').length > 0`;
  return (page as Page).evaluate((body) => (0, eval)(body)() as boolean, fn);
}

/** Waits until the whole article's Gloss highlights hold at least `min` ranges in total; returns them. */
export async function waitForHighlights(page: AnyPage, min = 1, timeout = 15_000): Promise<HighlightInfo[]> {
  const end = Date.now() + timeout;
  let last: HighlightInfo[] = [];
  while (Date.now() < end) {
    last = await glossHighlights(page).catch(() => []);
    if (last.reduce((n, h) => n + h.size, 0) >= min && (await wholeArticlePainted(page).catch(() => false))) return last;
    await new Promise((ok) => setTimeout(ok, 150));
  }
  throw new Error(`no Gloss highlights after ${timeout} ms (saw ${JSON.stringify(last)})`);
}

/**
 * The viewport rectangle of the first range of highlight `name` (scrolled into view first unless
 * `scroll: false`), or null if there is none. Feed it to countPixels.
 */
export async function firstRangeRect(
  page: AnyPage,
  name: string,
  { scroll = true }: { scroll?: boolean } = {},
): Promise<{ x: number; y: number; width: number; height: number; text: string } | null> {
  const fn = `([name, scroll]) => {
    const h = CSS.highlights.get(name);
    if (!h) return null;
    let first = null;
    h.forEach((r) => { if (!first && !r.collapsed) first = r; });
    if (!first) return null;
    const el = first.startContainer.parentElement;
    if (el && scroll) el.scrollIntoView({ block: 'center' });
    const b = first.getBoundingClientRect();
    return { x: b.x, y: b.y, width: b.width, height: b.height, text: String(first.toString()) };
  }`;
  return (page as Page).evaluate(([body, n, s]) => (0, eval)(body)([n, s]), [fn, name, scroll] as const);
}

/**
 * Viewport rect of the first occurrence of `phrase` in the text under `within` (the article by
 * default), scrolled to the middle of the viewport first.
 */
export async function phraseRect(
  page: AnyPage,
  phrase: string,
  within = 'article',
): Promise<{ x: number; y: number; width: number; height: number }> {
  return (page as Page).evaluate(
    ([p, sel]) => {
      const walker = document.createTreeWalker(document.querySelector(sel)!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.nodeValue!.indexOf(p);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + p.length);
        n.parentElement!.scrollIntoView({ block: 'center' });
        const b = r.getClientRects()[0]!;
        return { x: b.x, y: b.y, width: b.width, height: b.height };
      }
      throw new Error(`phrase not found: ${p}`);
    },
    [phrase, within] as const,
  );
}

/** Selects the first occurrence of `phrase` under `within` (the article by default), scrolled into view. */
export async function selectPhrase(page: AnyPage, phrase: string, within = 'article'): Promise<void> {
  await (page as Page).evaluate(
    ([p, sel]) => {
      const walker = document.createTreeWalker(document.querySelector(sel)!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.nodeValue!.indexOf(p);
        if (i < 0) continue;
        n.parentElement!.scrollIntoView({ block: 'center' });
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + p.length);
        const s = getSelection()!;
        s.removeAllRanges();
        s.addRange(r);
        return;
      }
      throw new Error(`phrase not found: ${p}`);
    },
    [phrase, within] as const,
  );
}
