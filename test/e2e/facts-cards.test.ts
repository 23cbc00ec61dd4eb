// Issue 11, point 1: a card says what a place, a country or a listed company is, from the tables Gloss ships,
// with look-ups off (the default) and so with no network. Real Chromium, the real toolbar button, the card
// read inside its closed shadow root.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, phraseRect, waitForHighlights, type Gloss, type StaticServer } from './harness';
import { hostileSite, plainArticle, type HostileSite } from './hostile/support';
import { uiStyle, uiTexts, waitForUiText } from './shadow';

const PAGE = plainArticle(
  'A new data centre for the cloud',
  'Amazon said on Tuesday that it would build a new data centre near Seattle, the city where the company was founded in 1994. The investment, worth $2 billion, is the largest the company has announced this year.',
  'The retailer also plans a research office in France, where it already employs 2,000 people. Andy Jassy, the chief executive, said the two projects would create 500 jobs.',
  'Shares of Amazon rose 2% after the announcement. Analysts said the spending showed how much the company expects demand for cloud computing to grow.',
);

let site: HostileSite;
let server: StaticServer;
let gloss: Gloss;

beforeAll(async () => {
  site = await hostileSite();
  await site.write('facts/story.html', PAGE);
  // The same story on a page that follows the reader's dark scheme, so Gloss's card turns dark with it.
  await site.write(
    'facts/dark.html',
    PAGE.replace(
      '<head>',
      '<head><meta name="color-scheme" content="light dark"><style>@media (prefers-color-scheme: dark) { body { background: #111; color: #eee; } }</style>',
    ),
  );
  server = await site.origin();
  gloss = await launchChromium();
});
afterAll(async () => {
  await gloss?.close();
  await site?.close();
});
afterEach(async () => {
  for (const p of gloss.context.pages()) if (p.url() !== 'about:blank') await p.close().catch(() => undefined);
});

declare global {
  var __factsTestFetched: string[] | undefined;
}

/** From now on, the worker notes every URL it fetches (facts.ts calls the global fetch when a card needs it). */
function recordWorkerFetches(): Promise<void> {
  return gloss.worker.evaluate(() => {
    const original = globalThis.fetch;
    globalThis.__factsTestFetched = [];
    globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      globalThis.__factsTestFetched!.push(input instanceof Request ? input.url : String(input));
      return original(input, init);
    };
  });
}

function workerFetches(): Promise<string[]> {
  return gloss.worker.evaluate(() => globalThis.__factsTestFetched ?? ['(the worker restarted: nothing recorded)']);
}

/** Hovers the first `name` of the article and returns the card's text once it shows the name. */
async function cardOf(page: Page, name: string): Promise<string> {
  await page.mouse.move(3, 3);
  await page.keyboard.press('Escape');
  const r = await phraseRect(page, name);
  await page.mouse.move(r.x + Math.min(10, r.width / 2), r.y + r.height / 2);
  // The card of this name (it starts with it), not the last one still closing; headings are shown in capitals.
  return waitForUiText(page, 'card', new RegExp(`^${name} .*mentioned \\d+ time`, 'i'));
}

describe('offline facts in entity cards', () => {
  test('a city, a country and a listed company say what they are, with their sources, and nothing leaves the machine', async () => {
    const page = await gloss.context.newPage();
    await page.goto(`${server.url}facts/story.html`);
    await recordWorkerFetches();
    await gloss.clickAction(page);
    await waitForHighlights(page, 3);
    // The page names places and firms: the tables load after its marks are sent, before any card asks (so the first
    // card does not wait for them), and once only.
    await expect.poll(async () => (await workerFetches()).filter((u) => u.includes('/facts/')).length).toBe(3);

    // A person: no table speaks of people, and the card says nothing of the kind.
    expect(await cardOf(page, 'Andy Jassy')).not.toMatch(/what it is/i);

    const seattle = await cardOf(page, 'Seattle');
    expect(seattle).toContain('Seattle');
    expect(seattle).toMatch(/what it is/i);
    expect(seattle).toContain('City in Washington, United States \u00b7 population 680,000');
    expect(seattle).toContain('Source: GeoNames, CC BY 4.0');

    const france = await cardOf(page, 'France');
    expect(france).toContain('Country in Europe \u00b7 capital Paris \u00b7 currency euro (EUR)');
    expect(france).toContain('Source: countries-list, MIT');

    const amazon = await cardOf(page, 'Amazon');
    expect(amazon).toContain('US-listed company \u00b7 ticker AMZN');
    expect(amazon).toContain('Source: SEC EDGAR');
    // After the article's own facts: what it is comes below the mentions and the names it appears with.
    expect(amazon.search(/what it is/i)).toBeGreaterThan(amazon.search(/mentioned/i));

    // The fact line is its own element of the card, in the closed shadow root.
    expect(await uiTexts(page, 'fact')).toEqual(['US-listed company \u00b7 ticker AMZN']);

    // No network: the worker fetched its own packaged files only, the three tables once each.
    const fetched = await workerFetches();
    const origin = `chrome-extension://${new URL(gloss.worker.url()).host}`;
    expect(fetched.filter((u) => !u.startsWith(`${origin}/`))).toEqual([]);
    expect(fetched.filter((u) => u.includes('/facts/')).sort()).toEqual(
      ['companies.json', 'countries.json', 'places.json'].map((f) => `${origin}/facts/${f}`),
    );
  });

  test('the keyboard reaches the same card, and a dark page gets the dark card, source line included', async () => {
    const page = await gloss.context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${server.url}facts/dark.html`);
    await gloss.clickAction(page);
    await waitForHighlights(page, 3);
    await page.mouse.move(1, 1);
    await page.keyboard.press('Alt+KeyJ'); // the first mark: "Amazon", the story's first word
    const card = await waitForUiText(page, 'card', /what it is/i);
    expect(card).toContain('US-listed company \u00b7 ticker AMZN');
    // The dark card's colours (src/content/ui-styles.ts): text #e6edf3, the source line muted #9198a1.
    expect(await uiStyle(page, 'fact', 'color')).toBe('rgb(230, 237, 243)');
    expect(await uiStyle(page, 'source', 'color')).toBe('rgb(145, 152, 161)');
  });
});
