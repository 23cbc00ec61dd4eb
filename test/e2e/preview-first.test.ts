// Issue 12: the part of a long article the reader sees is marked first (core/preview.ts), the whole
// article's marks after it. Real Chromium, the real toolbar button; the page's own world watches the
// highlight registry every frame and keeps each state it saw, which is what the reader saw.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chromiumForFile, waitForHighlights, type Gloss, type StaticServer } from './harness';
import { hostileSite, plainArticle, type HostileSite } from './hostile/support';
import { afterAll, beforeAll } from 'vitest';

const PARAGRAPHS = 400;
/** Paragraph i names its own figure, "$<1000 + i> million", so a painted mark says where it is. */
const paragraph = (i: number) =>
  `In its filing number ${i}, the company said sales in the region rose to $${1000 + i} million over the year, ` +
  'as shoppers returned to its stores and its online orders kept growing through the winter months. ' +
  'The board said it would keep investing in new warehouses, delivery vans and the staff to run them.';

let site: HostileSite;
let server: StaticServer;
let gloss: Gloss;
beforeAll(async () => {
  site = await hostileSite();
  await site.write(
    'preview/long.html',
    plainArticle('A long annual report', ...Array.from({ length: PARAGRAPHS }, (_, i) => paragraph(i))),
  );
  await site.write('preview/short.html', plainArticle('A short note', paragraph(0), paragraph(1), paragraph(2)));
  server = await site.origin();
});
afterAll(async () => {
  await site?.close();
});
chromiumForFile((g) => {
  gloss = g;
});

/** From now on the page records, once per frame, which paragraphs' figures are highlighted when that changes. */
async function watchHighlights(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __seen: number[][] };
    w.__seen = [];
    let last = -1;
    const frame = () => {
      const paragraphs: number[] = [];
      CSS.highlights.forEach((h, name) => {
        if (!String(name).startsWith('gloss-')) return;
        h.forEach((r) => {
          const m = /^\$(\d+) million$/.exec(String(r));
          if (m) paragraphs.push(Number(m[1]) - 1000);
        });
      });
      if (paragraphs.length !== last) w.__seen.push(paragraphs.sort((a, b) => a - b));
      last = paragraphs.length;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

const seen = (page: Page) => page.evaluate(() => (window as unknown as { __seen: number[][] }).__seen);
const stageMarks = (page: Page) => page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));

describe('the visible part of a long article is marked first', () => {
  test('at the top: its first paragraphs, then every paragraph', async () => {
    const page = await gloss.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(`${server.url}preview/long.html`);
    await watchHighlights(page);
    await gloss.clickAction(page);
    await waitForHighlights(page, PARAGRAPHS);
    const states = (await seen(page)).filter((s) => s.length > 0);
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
    const first = (await seen(page)).find((s) => s.length > 0)!;
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
