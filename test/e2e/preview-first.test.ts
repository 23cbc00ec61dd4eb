// Issue 12: the part of a long article the reader sees is marked first (core/preview.ts), the whole
// article's marks after it. Real Chromium, the real toolbar button; the page's own world watches the
// highlight registry every frame and keeps each state it saw, which is what the reader saw.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumForFile, waitForHighlights, type Gloss, type StaticServer } from './harness';
import { hostileSite, type HostileSite } from './hostile/support';
import { LONG_ARTICLE, PARAGRAPHS, SHORT_ARTICLE, seenStates, watchHighlights } from './preview-support';

let site: HostileSite;
let server: StaticServer;
let gloss: Gloss;
beforeAll(async () => {
  site = await hostileSite();
  await site.write('preview/long.html', LONG_ARTICLE);
  await site.write('preview/short.html', SHORT_ARTICLE);
  server = await site.origin();
});
afterAll(async () => {
  await site?.close();
});
chromiumForFile((g) => {
  gloss = g;
});

const stageMarks = (page: Page) => page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));

describe('the visible part of a long article is marked first', () => {
  test('at the top: its first paragraphs, then every paragraph', async () => {
    const page = await gloss.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(`${server.url}preview/long.html`);
    await watchHighlights(page);
    await gloss.clickAction(page);
    await waitForHighlights(page, PARAGRAPHS);
    const states = await seenStates(page);
    // The first marks the reader saw were the screenful's and a little around it, never the far end of the story.
    const first = states[0]!;
    expect(first.length).toBeGreaterThan(0);
    expect(Math.max(...first)).toBeLessThan(60);
    expect(first).toContain(0);
    // Then the whole article's, from the first paragraph to the last.
    const all = states[states.length - 1]!;
    expect(all.length).toBe(PARAGRAPHS);
    expect(all[PARAGRAPHS - 1]).toBe(PARAGRAPHS - 1);
    expect(await stageMarks(page)).toEqual(expect.arrayContaining(['gloss:previewed', 'gloss:first-painted', 'gloss:painted']));
  });

  test('scrolled down: the paragraphs in view come first', async () => {
    const page = await gloss.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(`${server.url}preview/long.html`);
    // Paragraph 250 at the top of the viewport.
    await page.evaluate(() => document.querySelectorAll('p')[250]!.scrollIntoView());
    await watchHighlights(page);
    await gloss.clickAction(page);
    await waitForHighlights(page, PARAGRAPHS);
    const first = (await seenStates(page))[0]!;
    expect(first).toContain(250);
    expect(Math.min(...first)).toBeGreaterThan(200);
    expect(Math.max(...first)).toBeLessThan(320);
  });

  test('a short article is marked whole at once: nothing to preview', async () => {
    const page = await gloss.context.newPage();
    await page.goto(`${server.url}preview/short.html`);
    await gloss.clickAction(page);
    await waitForHighlights(page, 3);
    await expect.poll(() => stageMarks(page)).toContain('gloss:painted');
    const marks = await stageMarks(page);
    expect(marks).toContain('gloss:first-painted');
    expect(marks).not.toContain('gloss:previewed');
  });
});
