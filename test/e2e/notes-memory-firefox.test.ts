// The card's memory frame in Firefox ESR: memory.html is framed from the add-on's moz-extension://
// origin (Firefox has no dynamic ids; its per-install UUID serves), asks the background page, and
// lists the note from the other article; the page's own document holds none of it.
import type { Frame } from 'puppeteer-core';
import { expect, test } from 'vitest';
import { addNoteInFirefox } from './notes';
import { firefoxForFile, phraseRect, waitForHighlights, type FirefoxGloss, type StaticServer } from './harness';

let server: StaticServer;
let gloss: FirefoxGloss;
firefoxForFile((g, s) => {
  gloss = g;
  server = s;
});

/** The frame's text once memory.html has answered (Puppeteer's BiDi frames report their address as about:blank, so it is read inside). */
async function memoryText(frames: () => Frame[]): Promise<string> {
  let text = '';
  await expect
    .poll(
      async () => {
        for (const f of frames()) {
          const seen = await f.evaluate(() => (location.pathname === '/memory.html' ? document.body.innerText : '')).catch(() => '');
          if (seen.startsWith('Your notes')) text = seen;
        }
        return text;
      },
      { timeout: 20_000 },
    )
    .toMatch(/^Your notes/);
  return text;
}

test('a note on a name in one article is listed in its card in another, in the add-on’s frame only', async () => {
  const first = await gloss.newPage();
  await first.goto(`${server.url}memory/one.html?firefox=1`);
  await gloss.clickAction(first);
  await waitForHighlights(first, 5);
  await addNoteInFirefox(gloss, first, 'Anthropic said on Tuesday', 'Firefox memory note');

  const page = await gloss.newPage();
  await page.goto(`${server.url}memory/two.html?firefox=1`);
  await gloss.clickAction(page);
  await waitForHighlights(page, 5);
  const at = await phraseRect(page, 'Anthropic');
  await page.mouse.move(at.x + 5, at.y + at.height / 2);
  const text = await memoryText(() => page.frames().slice(1));
  expect(text).toContain('Your notes on Anthropic: 1, in 1 other article');
  expect(text).toContain('Anthropic opens a research office in Lisbon');
  const known = await page.evaluate(() => `${document.documentElement.outerHTML}\n${document.body.innerText}`);
  expect(known).not.toMatch(/Your notes on|research office|Firefox memory note/);
});
