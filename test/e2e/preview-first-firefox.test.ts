// Issue 12 in Firefox: the visible part of a long article is marked first, then the whole article.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchFirefox, waitForHighlights, type FirefoxGloss, type StaticServer } from './harness';
import { hostileSite, type HostileSite } from './hostile/support';
import { LONG_ARTICLE, PARAGRAPHS, seenStates, watchHighlights } from './preview-support';

let site: HostileSite;
let server: StaticServer;
let gloss: FirefoxGloss;
beforeAll(async () => {
  site = await hostileSite();
  await site.write('preview/long.html', LONG_ARTICLE);
  server = await site.origin();
  gloss = await launchFirefox();
});
afterAll(async () => {
  await gloss?.close();
  await site?.close();
});

test('the first marks are the screenful’s, then every paragraph is marked', async () => {
  const page = await gloss.newPage();
  await page.goto(`${server.url}preview/long.html`);
  await watchHighlights(page);
  await gloss.clickAction(page);
  await waitForHighlights(page, PARAGRAPHS, 60_000);
  const states = await seenStates(page);
  expect(Math.max(...states[0]!)).toBeLessThan(60);
  expect(states[0]).toContain(0);
  expect(states[states.length - 1]!.length).toBe(PARAGRAPHS);
  await page.close();
});
