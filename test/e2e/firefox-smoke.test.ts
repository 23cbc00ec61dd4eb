// Firefox ESR smoke test: the built add-on (dist/firefox) installs, its toolbar button reaches
// the background page, and the marks it registers are really painted on a news article.
import { expect, test } from 'vitest';
import { KIND_STYLE } from '../../src/core/palette';
import type { MarkKind } from '../../src/core/types';
import { addNoteInFirefox } from './notes';
import {
  countInPng,
  countPixels,
  firstRangeRect,
  glossHighlights,
  firefoxForFile,
  waitForHighlights,
  type FirefoxGloss,
  type StaticServer,
} from './harness';

let server: StaticServer;
let gloss: FirefoxGloss;
firefoxForFile((g, s) => {
  gloss = g;
  server = s;
});

test('the toolbar button marks entities on an article, painted, and a second press removes them', async () => {
  const page = await gloss.newPage();
  await page.goto(`${server.url}article.html`);
  expect(await glossHighlights(page)).toEqual([]);
  // Control: the viewport before Gloss runs, to count the same colour in the same place later.
  const before = await page.screenshot({ captureBeyondViewport: false });

  const clicksBefore = await gloss.clicks();
  await gloss.clickAction(page);
  expect(await gloss.clicks()).toBe(clicksBefore + 1);

  const highlights = await waitForHighlights(page, 5);
  const names = highlights.map((h) => h.name);
  expect(names.every((n) => n.startsWith('gloss-'))).toBe(true);
  // The first paragraph names a person and a sum of money; both must be found.
  expect(names).toContain('gloss-person');
  expect(names).toContain('gloss-money');
  const people = highlights.find((h) => h.name === 'gloss-person')?.texts.join(' | ') ?? '';
  expect(people).toMatch(/Suleyman/);

  // A highlight registered but not painted (say, the stylesheet was never inserted) would pass
  // the checks above; the pixels would not.
  const rect = await firstRangeRect(page, 'gloss-person', { scroll: false });
  expect(rect, 'first person mark').not.toBeNull();
  if (!rect) return;
  // The quiet default: a line in the kind's colour under the mark.
  const colour = KIND_STYLE['person' satisfies MarkKind].line.match(/\d+/g)!.map(Number) as [number, number, number];
  const painted = await countPixels(page, rect, colour, 10);
  const control = countInPng(before, rect, colour, 10);
  expect(painted, `pixels of ${colour} in ${JSON.stringify(rect)}`).toBeGreaterThan(Math.max(30, control * 4));

  // The same button turns Gloss off again, marks and paint gone.
  await gloss.clickAction(page);
  await expect.poll(() => glossHighlights(page).then((h) => h.reduce((n, x) => n + x.size, 0)), { timeout: 10_000 }).toBe(0);
  expect(await countPixels(page, rect, colour, 10)).toBeLessThanOrEqual(control + 5);
});

test('a note written in the Firefox sidebar page is stored and highlighted in the article', async () => {
  const page = await gloss.newPage();
  await page.goto(`${server.url}article.html?firefox-note=1`);
  await gloss.clickAction(page);
  await waitForHighlights(page, 5);
  const quote = 'a single new campus in Wisconsin';
  await addNoteInFirefox(gloss, page, quote, 'Which utility supplies it?');
  await expect
    .poll(async () => (await glossHighlights(page)).find((h) => h.name === 'gloss-note')?.texts, { timeout: 10_000 })
    .toEqual([quote]);
});
