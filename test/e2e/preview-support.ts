// What the preview tests share (issue 12: the visible part of a long article is marked first): a long
// article whose every paragraph names its own figure, and a watcher in the page's own world that keeps,
// frame by frame, which paragraphs' figures the highlight registry holds, which is what the reader saw.
import type { Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { plainArticle } from './hostile/support';

export const PARAGRAPHS = 400;

/** Paragraph i names its own figure, "$<1000 + i> million", so a painted mark says where it is. */
function paragraph(i: number): string {
  return (
    `In its filing number ${i}, the company said sales in the region rose to $${1000 + i} million over the year, ` +
    'as shoppers returned to its stores and its online orders kept growing through the winter months. ' +
    'The board said it would keep investing in new warehouses, delivery vans and the staff to run them.'
  );
}

export const LONG_ARTICLE = plainArticle('A long annual report', ...Array.from({ length: PARAGRAPHS }, (_, i) => paragraph(i)));
export const SHORT_ARTICLE = plainArticle('A short note', paragraph(0), paragraph(1), paragraph(2));

type AnyPage = Page | PuppeteerPage;

/** From now on the page records, once per frame, the paragraphs whose figures are highlighted, when that changes. */
export async function watchHighlights(page: AnyPage): Promise<void> {
  // A string: evaluated alike by Playwright (Chromium) and Puppeteer (Firefox).
  await (page as Page).evaluate(`(() => {
    window.__seen = [];
    let last = -1;
    const frame = () => {
      const paragraphs = [];
      CSS.highlights.forEach((h, name) => {
        if (!String(name).startsWith('gloss-')) return;
        h.forEach((r) => {
          const m = /^\\$(\\d+) million$/.exec(String(r));
          if (m) paragraphs.push(Number(m[1]) - 1000);
        });
      });
      if (paragraphs.length !== last) window.__seen.push(paragraphs.sort((a, b) => a - b));
      last = paragraphs.length;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  })()`);
}

/** Each highlighted state the watcher saw with at least one figure, in order. */
export async function seenStates(page: AnyPage): Promise<number[][]> {
  const all = (await (page as Page).evaluate('window.__seen')) as number[][];
  return all.filter((s) => s.length > 0);
}
