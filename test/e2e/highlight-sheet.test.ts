// The highlight sheet is the page's own adopted sheet (content/highlight-sheet.ts), not one the worker
// inserts: it must paint under a Content-Security-Policy that forbids every style, leave the page's
// own adopted sheets alone, and go when Gloss is turned off. Real Chromium, the real toolbar button.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { chromiumForFile, glossHighlights, waitForHighlights, type Gloss, type StaticServer } from './harness';
import { hostileSite, type HostileSite } from './hostile/support';
import { CSP_PAGE, OWN_SHEET_PAGE, expectPersonPainted } from './sheet-support';

let site: HostileSite;
let server: StaticServer;
let gloss: Gloss;
beforeAll(async () => {
  site = await hostileSite();
  await site.write('sheet/csp.html', CSP_PAGE);
  await site.write('sheet/own.html', OWN_SHEET_PAGE);
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
  await expectPersonPainted(page, () => gloss.clickAction(page));
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
