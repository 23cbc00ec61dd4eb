// Cards that know (issue 11) in real Chromium with the built extension and the real toolbar button: the
// settings page points Gloss at the loopback knowledge server and turns look-ups on; hovering "Gemini" in a
// story about Google shows what it is (description, extract, image, attribution) and repaints its marks as a
// product; with the server failing the cached card says "as of"; with look-ups off nothing is requested and the
// first card offers them. Wikimedia's image host is this machine too (--host-resolver-rules, a throwaway
// certificate), so the image really goes through the worker's fetch.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startImageServer, type ImageServer } from '../../scripts/image-server.mjs';
import { startKnowledgeServer, type KnowledgeServer } from '../../scripts/knowledge-server.mjs';
import {
  CHROME_DIST,
  launchChromium,
  launchFirefox,
  startServer,
  waitForHighlights,
  glossHighlights,
  type FirefoxGloss,
  type Gloss,
  type StaticServer,
} from './harness';
import { clickUiButton, uiAttribute, uiTexts, waitForUiText } from './shadow';

const ARTICLE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Google unveils new Gemini models</title></head>
<body><main><article>
<h1>Google unveils new Gemini models</h1>
<p>Google said on Tuesday that Gemini, its family of large language models, can now read hours of video and answer
questions about what happens in it. The company said the new models would reach its cloud customers first.</p>
<p>The company's cloud unit will sell Gemini to businesses from next month, said Sundar Pichai, Google's chief
executive, at an event in Mountain View. Prices were not disclosed, and the company gave no figures for usage.</p>
<p>Analysts said Gemini puts Google ahead of OpenAI in some tests, though the lead in such benchmarks has changed
hands several times this year. Investors have pressed the company to show returns on its spending on chips.</p>
<p>Google has spent heavily on data centres to train and run its models, and on its own chips, which it designs
in-house. Pichai said the spending would continue next year as demand for the models keeps rising.</p>
</article></main></body></html>`;
/** Words of the article that must never reach the knowledge server (only the name may). */
const CONTEXT_WORDS = ['Pichai', 'Tuesday', 'video', 'OpenAI', 'Mountain', 'Analysts', 'data centres'];

let knowledge: KnowledgeServer;
let pages: StaticServer;
let images: ImageServer;
let work: string;
let grantedDir: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'gloss-link-cards-'));
  await writeFile(join(work, 'gemini.html'), ARTICLE);
  pages = await startServer(work);
  knowledge = await startKnowledgeServer();
  images = await startImageServer();
  // The permission prompt is a native dialog headless Chromium cannot show or answer, so the reader's "Allow"
  // is stood in for by a copy of the extension with its optional host permissions granted at install: the state
  // the browser is in after the reader allowed them (as notes-panel.test.ts does for "tabs").
  grantedDir = join(work, 'granted');
  await cp(CHROME_DIST, grantedDir, { recursive: true });
  const manifest = JSON.parse(await readFile(join(grantedDir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  expect(manifest.optional_host_permissions).toEqual(expect.arrayContaining(['https://www.wikidata.org/*', 'https://*.wikipedia.org/*']));
  manifest.host_permissions = manifest.optional_host_permissions;
  delete manifest.optional_host_permissions;
  await writeFile(join(grantedDir, 'manifest.json'), JSON.stringify(manifest));
});

afterAll(async () => {
  await knowledge?.close();
  await pages?.close();
  await images?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

async function launch(extensionDir?: string): Promise<Gloss> {
  return launchChromium({ ...(extensionDir ? { extensionDir } : {}), extraArgs: images.chromiumArgs });
}

async function openArticle(gloss: Gloss): Promise<Page> {
  const page = await gloss.context.newPage();
  await page.goto(`${pages.url}gemini.html`);
  await gloss.clickAction(page);
  await waitForHighlights(page, 5);
  return page;
}

/** Moves the real mouse onto the first painted "Gemini" (away first, so it is a fresh hover). */
async function hoverGemini(page: Page): Promise<void> {
  await page.mouse.move(2, 2);
  await expect.poll(() => uiTexts(page, 'card')).toEqual([]);
  const box = await page.evaluate(() => {
    let found: DOMRect | null = null;
    CSS.highlights.forEach((h) =>
      h.forEach((r) => {
        if (!found && String(r) === 'Gemini' && r.startContainer.parentElement?.closest('article p'))
          found = (r as Range).getClientRects()[0]!;
      }),
    );
    const f = found as DOMRect | null;
    return f && { x: f.x, y: f.y, width: f.width, height: f.height };
  });
  if (!box) throw new Error('no painted "Gemini" in the article');
  await page.mouse.move(box.x + box.width / 2 - 3, box.y + box.height / 2, { steps: 2 });
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 2 });
}

/** Which highlight (kind) the painted "Gemini" marks are in. */
async function geminiKinds(page: Page): Promise<string[]> {
  return (await glossHighlights(page)).filter((h) => !h.name.startsWith('gloss-fill') && h.texts.includes('Gemini')).map((h) => h.name);
}

describe('look-ups on', () => {
  let gloss: Gloss;
  beforeAll(async () => {
    gloss = await launch(grantedDir);
  });
  afterAll(() => gloss?.close());

  test('the settings page refuses a bad address with a clear line, and turns look-ups on for the loopback server', async () => {
    const settings = await gloss.context.newPage();
    await settings.goto(`${gloss.origin}/options.html`);
    const toggle = settings.getByLabel('Look up names on Wikidata and Wikipedia');
    expect(await toggle.isChecked()).toBe(false); // off by default
    await settings.getByText('Only the name you hover').waitFor();

    await settings.getByLabel('Wikidata address').fill('http://wikidata.example.org');
    await toggle.click();
    await settings.getByText(/Only https addresses are allowed/).waitFor();
    await settings.getByText('Correct the addresses below first; look-ups stay off.').waitFor();
    expect(await toggle.isChecked()).toBe(false);

    // The keyboard path: Tab to each field, type, Space on the switch.
    await settings.getByLabel('Wikidata address').fill(knowledge.url);
    await settings.getByLabel('Wikipedia address').fill(knowledge.url);
    await toggle.focus();
    await settings.keyboard.press('Space');
    await settings.getByText('Look-ups are on.').waitFor();
    expect(await toggle.isChecked()).toBe(true);
    const stored = await gloss.worker.evaluate(() => chrome.storage.local.get('linkSettings'));
    expect(stored).toEqual({ linkSettings: { enabled: true, wikidata: knowledge.url, wikipedia: knowledge.url } });
    expect(knowledge.requests).toHaveLength(0); // turning on sends nothing
    await settings.close();
  });

  test('hovering "Gemini" in a story about Google: what it is, from Wikipedia, and its marks become a product', async () => {
    knowledge.reset();
    images.requests.length = 0;
    const page = await openArticle(gloss);
    expect(await geminiKinds(page)).not.toContain('gloss-product');
    await hoverGemini(page);
    const card = await waitForUiText(page, 'card', 'From Wikipedia, CC BY-SA', 20_000);
    expect(card).toContain('family of multimodal large language models developed by Google DeepMind');
    expect(card).toContain('the successor to LaMDA and PaLM 2');
    expect(card).toContain('Gemini (language model) on Wikipedia');
    expect(card).not.toContain('As of');
    // The article's own facts come first.
    const lower = card.toLowerCase();
    expect(lower.indexOf('mentioned 4 times')).toBeGreaterThanOrEqual(0);
    expect(lower.indexOf('mentioned 4 times')).toBeLessThan(lower.indexOf('successor to lamda'));
    expect(card).toMatch(/Gemini\s*Product/); // the header says the corrected type
    expect(await uiAttribute(page, 'thumb', 'src')).toMatch(/^data:image\/png;base64,/);
    expect(await uiAttribute(page, 'source', 'class')).toBeTruthy();
    await expect.poll(() => geminiKinds(page)).toEqual(['gloss-product']);

    // The image went through the worker: once, no cookie, no referrer; the page itself asked Wikimedia nothing.
    expect(images.requests).toHaveLength(1);
    expect(images.requests[0]!.headers.referer).toBeUndefined();
    expect(images.requests[0]!.headers.cookie).toBeUndefined();
    expect(await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))).not.toEqual(
      expect.arrayContaining([expect.stringContaining('wikimedia')]),
    );

    // Only the name (then ids and a title) reached the server: never the page's address or its words.
    expect(knowledge.requests.length).toBeGreaterThan(0);
    const sent = knowledge.requests.map((r) => `${decodeURIComponent(r.url)} ${JSON.stringify(r.headers)}`).join('\n');
    expect(sent).not.toContain(pages.url.replace(/\/$/, ''));
    expect(sent).not.toContain('gemini.html');
    for (const word of CONTEXT_WORDS) expect(sent).not.toContain(word);
    for (const r of knowledge.requests) expect(r.headers.referer).toBeUndefined();
    expect(new URL(knowledge.requests[0]!.url, knowledge.url).searchParams.get('search')).toBe('Gemini');

    // Offline later: the worker's cache, aged past its freshness, is what the card shows, "as of" its date.
    await gloss.worker.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('gloss-links');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('entries', 'readwrite');
            const store = tx.objectStore('entries');
            store.openCursor().onsuccess = (e) => {
              const cursor = (e.target as IDBRequest<IDBCursorWithValue | null>).result;
              if (!cursor) return;
              cursor.update({ ...cursor.value, fetchedAt: cursor.value.fetchedAt - 60 * 24 * 3600 * 1000 });
              cursor.continue();
            };
            tx.oncomplete = () => done();
            tx.onerror = () => fail(tx.error);
          };
        }),
    );
    knowledge.reset();
    knowledge.fault = { kind: 'status', status: 503 };
    await hoverGemini(page);
    const cached = await waitForUiText(page, 'card', 'As of', 20_000);
    expect(cached).toContain('Wikipedia could not be reached just now');
    expect(cached).toContain('the successor to LaMDA and PaLM 2');
    expect(await uiAttribute(page, 'thumb', 'src')).toMatch(/^data:image\/png;base64,/);
    expect(knowledge.requests.length).toBeGreaterThan(0); // it did ask, and the server failed
    expect(images.requests).toHaveLength(1); // the image came from the cache
    knowledge.fault = null;
  });
});

describe('look-ups off (the default)', () => {
  let gloss: Gloss;
  beforeAll(async () => {
    gloss = await launch();
  });
  afterAll(() => gloss?.close());

  test('nothing is requested, the first card offers them, and its button opens the settings page', async () => {
    knowledge.reset();
    const page = await openArticle(gloss);
    await hoverGemini(page);
    const card = await waitForUiText(page, 'card', 'Look up what names are', 20_000);
    expect(card).not.toContain('From Wikipedia');
    const opened = gloss.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/options.html') });
    await clickUiButton(page, 'Settings');
    const settings = await opened;
    await settings.getByLabel('Look up names on Wikidata and Wikipedia').waitFor();

    // A second card does not offer again; still nothing was sent anywhere.
    await page.bringToFront();
    await hoverGemini(page);
    await waitForUiText(page, 'card', /mentioned 4 times/i);
    expect((await uiTexts(page, 'card')).join(' ')).not.toContain('Look up what names are');
    expect(knowledge.requests).toHaveLength(0);
  });
});

describe('Firefox ESR', () => {
  let firefox: FirefoxGloss;
  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(() => firefox?.close());

  test('the settings page: off by default, a bad address refused, addresses saved', async () => {
    const settings = await firefox.openExtensionPage('options.html');
    const text = () => settings.evaluate(() => document.body.innerText);
    await settings.waitForFunction(() => document.querySelector('input[type=checkbox]') !== null);
    expect(await settings.$eval('input[type=checkbox]', (e) => (e as HTMLInputElement).checked)).toBe(false);
    expect(await text()).toContain('Only the name you hover');

    await settings.locator('#wikipedia').fill('http://en.wikipedia.org');
    await settings.locator('button[type=submit]').click();
    await settings.waitForFunction(() => document.body.innerText.includes('Only https addresses are allowed'));

    await settings.locator('#wikidata').fill(knowledge.url);
    await settings.locator('#wikipedia').fill(knowledge.url);
    await settings.locator('button[type=submit]').click();
    await settings.waitForFunction(() => document.body.innerText.includes('Addresses saved.'));
    const stored = await settings.evaluate(() => browser.storage.local.get('linkSettings'));
    expect(stored).toEqual({ linkSettings: { enabled: false, wikidata: knowledge.url, wikipedia: knowledge.url } });
  });
});
