// The highlight sheet in Firefox ESR (content/highlight-sheet.ts): adopted from the content script's
// sandbox, it paints under a Content-Security-Policy that forbids every style, and goes with Gloss.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { glossHighlights, launchFirefox, type FirefoxGloss, type StaticServer } from './harness';
import { hostileSite, type HostileSite } from './hostile/support';
import { CSP_PAGE, expectPersonPainted } from './sheet-support';

let site: HostileSite;
let server: StaticServer;
let gloss: FirefoxGloss;
beforeAll(async () => {
  site = await hostileSite();
  await site.write('sheet/csp.html', CSP_PAGE);
  server = await site.origin();
  gloss = await launchFirefox();
});
afterAll(async () => {
  await gloss?.close();
  await site?.close();
});

test('marks are painted on a page whose Content-Security-Policy forbids every style, and unpainted when Gloss is off', async () => {
  const page = await gloss.newPage();
  await page.goto(`${server.url}sheet/csp.html`);
  await expectPersonPainted(page, () => gloss.clickAction(page));
  await gloss.clickAction(page);
  await expect.poll(() => glossHighlights(page).then((h) => h.length), { timeout: 10_000 }).toBe(0);
  expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
  await page.close();
});
