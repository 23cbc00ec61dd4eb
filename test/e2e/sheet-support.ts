// Pages for the highlight sheet's tests (content/highlight-sheet.ts), in Chromium and Firefox.
import type { Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { expect } from 'vitest';
import { KIND_STYLE } from '../../src/core/palette';
import { countPixels, phraseRect, waitForHighlights } from './harness';
import { plainArticle } from './hostile/support';

const STORY = [
  'Mustafa Suleyman, who leads the consumer AI group at Microsoft, said on Tuesday that the company would spend $10 billion on new data centres in Wisconsin.',
  'Analysts at Jefferies said the plan would add 5,000 jobs in the state over three years, most of them in construction.',
  'Shares in Microsoft rose 2% in New York after the announcement, while Alphabet fell slightly.',
  'The company said the first of the buildings would open in 2027 and draw on power from a new solar farm near Madison.',
  'Local officials welcomed the investment, though some residents asked how much water the site would need in summer.',
  'Microsoft did not say how many of the new jobs would remain once construction ends, or what the servers would run.',
];
const PERSON_LINE = KIND_STYLE.person.line.match(/\d+/g)!.map(Number) as [number, number, number];

/** No style of any kind may load: no <style>, no style attribute, no stylesheet link; and no script. */
export const CSP_PAGE = plainArticle('Microsoft plans a data centre', ...STORY).replace(
  '<meta charset="utf-8">',
  `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="style-src 'none'; script-src 'none'">`,
);

/** The page adopts a sheet of its own (its paragraphs in green) before Gloss runs. */
export const OWN_SHEET_PAGE = plainArticle('Microsoft plans a data centre', ...STORY).replace(
  '</body>',
  `<script>const s = new CSSStyleSheet(); s.replaceSync('p { color: rgb(0, 128, 0); }'); document.adoptedStyleSheets = [s];</script></body>`,
);

/**
 * Presses Gloss's button with `press` on a page of STORY and checks that the first person's mark is
 * painted: its line's colour under the name, beyond what was there before.
 */
export async function expectPersonPainted(page: Page | PuppeteerPage, press: () => Promise<void>): Promise<void> {
  const name = await phraseRect(page, 'Mustafa Suleyman');
  const before = await countPixels(page, name, PERSON_LINE, 12);
  await press();
  const highlights = await waitForHighlights(page, 3);
  expect(highlights.find((h) => h.name === 'gloss-person')?.texts).toContain('Mustafa Suleyman');
  await expect.poll(() => countPixels(page, name, PERSON_LINE, 12), { timeout: 10_000 }).toBeGreaterThan(before + name.width);
}
