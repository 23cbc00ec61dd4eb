// Issue 10, point 7: a note on the headline, in real Chromium through the real toolbar button and
// panel. Readability drops the <h1> that repeats the title; the content script asks extractArticle
// for it as the article's first block, so words of the headline can be selected, noted, painted and
// found again on the next visit, whether the <h1> is inside the <article> or above it.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, waitForHighlights, type Gloss, type StaticServer } from './harness';
import { articleWith, hostileSite, type HostileSite } from './hostile/support';
import { addNote } from './notes';
import { uiTexts } from './shadow';

const HEADLINE = 'Chip makers race to power the next wave of AI models';
const QUOTE = 'race to power the next wave';
const NOTE = 'Headline oversells it: the story is about two firms.';

let site: HostileSite;
let server: StaticServer;
let gloss: Gloss;
let inside: string;

beforeAll(async () => {
  site = await hostileSite();
  server = await site.origin();
  inside = await articleWith('');
  expect(inside).toContain(`<h1>${HEADLINE}</h1>`);
  gloss = await launchChromium();
});
afterAll(async () => {
  await gloss?.close();
  await site?.close();
});
afterEach(async () => {
  for (const p of gloss.context.pages()) if (p.url() !== 'about:blank') await p.close().catch(() => undefined);
});

/** Presses Gloss's toolbar button on `page` and waits for its marks. */
async function activate(page: Page): Promise<void> {
  await gloss.clickAction(page);
  await waitForHighlights(page, 5).catch(async (e: Error) => {
    throw new Error(`${e.message}; UI: ${JSON.stringify(await uiTexts(page, 'notice'))} ${JSON.stringify(await uiTexts(page, 'legend'))}`);
  });
}

/** The texts of the note highlight's ranges that lie inside the page's <h1>. */
function notesInHeadline(page: Page): Promise<string[]> {
  const fn = `() => {
    const out = [];
    const h = CSS.highlights.get('gloss-note');
    if (h) h.forEach((r) => {
      const a = r.startContainer.parentElement, b = r.endContainer.parentElement;
      if (a && b && a.closest('h1') && b.closest('h1')) out.push(String(r.toString()));
    });
    return out;
  }`;
  return page.evaluate((body) => (0, eval)(body)() as string[], fn);
}

describe('a note on the headline', () => {
  const layouts: [string, () => string][] = [
    ['the <h1> inside the article, which Readability drops', () => inside],
    [
      'the <h1> above the article element',
      () => inside.replace(`<h1>${HEADLINE}</h1>`, '').replace('<article>', `<div class="headline"><h1>${HEADLINE}</h1></div>\n<article>`),
    ],
  ];
  layouts.forEach(([name, html], n) => {
    test(`${name}: selected, noted, painted on the headline, and back there after a reload`, async () => {
      const path = `head/story-${n}.html`;
      const doc = html();
      expect(doc.split(HEADLINE).length - 1).toBeGreaterThanOrEqual(1);
      await site.write(path, doc);
      const page = await gloss.context.newPage();
      await page.goto(`${server.url}${path}`);
      await activate(page);

      // The first occurrence of the quote in the page is the headline's.
      const panel = await addNote(gloss, page, QUOTE, NOTE, 'h1');
      await expect.poll(() => notesInHeadline(page)).toEqual([QUOTE]);
      await panel.close();

      await page.reload();
      await activate(page);
      await expect.poll(() => notesInHeadline(page), { timeout: 15_000 }).toEqual([QUOTE]);
      const again = await gloss.openPanel(page);
      await again.locator('.note', { hasText: NOTE }).waitFor();
      await expect.poll(() => again.locator('.note', { hasText: NOTE }).getAttribute('data-state')).toBe('placed');
      await again.close();
    });
  });
});
