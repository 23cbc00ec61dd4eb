// The highlight sheet is the page's own adopted sheet (content/highlight-sheet.ts), not one the worker
// inserts: it must paint under a Content-Security-Policy that forbids every style, leave the page's
// own adopted sheets alone, and go when Gloss is turned off. Real Chromium, the real toolbar button.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { KIND_STYLE } from '../../src/core/palette';
import { chromiumForFile, countPixels, glossHighlights, phraseRect, waitForHighlights, type Gloss, type StaticServer } from './harness';
import { hostileSite, plainArticle, type HostileSite } from './hostile/support';

const STORY = [
  'Mustafa Suleyman, who leads the consumer AI group at Microsoft, said on Tuesday that the company would spend $10 billion on new data centres in Wisconsin.',
  'Analysts at Jefferies said the plan would add 5,000 jobs in the state over three years, most of them in construction.',
  'Shares in Microsoft rose 2% in New York after the announcement, while Alphabet fell slightly.',
  'The company said the first of the buildings would open in 2027 and draw on power from a new solar farm near Madison.',
  'Local officials welcomed the investment, though some residents asked how much water the site would need in summer.',
  'Microsoft did not say how many of the new jobs would remain once construction ends, or what the servers would run.',
];
const PERSON_LINE = KIND_STYLE.person.line.match(/\d+/g)!.map(Number) as [number, number, number];

let site: HostileSite;
let server: StaticServer;
let gloss: Gloss;
beforeAll(async () => {
  site = await hostileSite();
  // No style of any kind may load: no <style>, no style attribute, no stylesheet link.
  await site.write(
    'sheet/csp.html',
    plainArticle('Microsoft plans a data centre', ...STORY).replace(
      '<meta charset="utf-8">',
      `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="style-src 'none'; script-src 'none'">`,
    ),
  );
  // The page adopts a sheet of its own (its links in green) before Gloss runs.
  await site.write(
    'sheet/own.html',
    plainArticle('Microsoft plans a data centre', ...STORY).replace(
      '</body>',
      `<script>const s = new CSSStyleSheet(); s.replaceSync('p { color: rgb(0, 128, 0); }'); document.adoptedStyleSheets = [s];</script></body>`,
    ),
  );
  server = await site.origin();
});
afterAll(async () => {
  await site?.close();
});
chromiumForFile((g) => {
  gloss = g;
});

const sheetRules = (page: Page) =>
  page.evaluate(() => document.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join(' ')));

test('marks are painted on a page whose Content-Security-Policy forbids every style', async () => {
  const page = await gloss.context.newPage();
  await page.goto(`${server.url}sheet/csp.html`);
  const name = await phraseRect(page, 'Mustafa Suleyman');
  const before = await countPixels(page, name, PERSON_LINE, 12);
  await gloss.clickAction(page);
  const highlights = await waitForHighlights(page, 3);
  expect(highlights.find((h) => h.name === 'gloss-person')?.texts).toContain('Mustafa Suleyman');
  await expect.poll(() => countPixels(page, name, PERSON_LINE, 12)).toBeGreaterThan(before + name.width);
  await page.close();
});

test("the page's own adopted sheet stays; Gloss's goes when it is turned off", async () => {
  const page = await gloss.context.newPage();
  await page.goto(`${server.url}sheet/own.html`);
  const own = await sheetRules(page);
  expect(own).toEqual([expect.stringContaining('rgb(0, 128, 0)')]);
  await gloss.clickAction(page);
  await waitForHighlights(page, 3);
  const on = await sheetRules(page);
  expect(on).toHaveLength(2);
  expect(on[0]).toBe(own[0]);
  expect(on[1]).toMatch(/::highlight\(gloss-person\)/);
  await gloss.clickAction(page);
  await expect.poll(async () => (await glossHighlights(page)).length, { timeout: 10_000 }).toBe(0);
  await expect.poll(() => sheetRules(page)).toEqual(own);
  await page.close();
});
