// The note-leak and forged-input findings of the hostile-page review, in Firefox ESR: the page
// reads no word of a note with the card open, and its synthetic events open no card.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { glossHighlights, launchFirefox, phraseRect, waitForHighlights, type FirefoxGloss } from '../harness';
import { articleWith, forgeReaderInput, hostileSite, probe, PROBE_SCRIPT, type HostileSite } from './support';
import { addNoteInFirefox } from '../notes';

const SECRET = 'Zanzibarquux';
let site: HostileSite;
let origin: string;
let gloss: FirefoxGloss;

beforeAll(async () => {
  site = await hostileSite();
  await site.write('probe.html', await articleWith(PROBE_SCRIPT));
  origin = (await site.origin()).url;
  gloss = await launchFirefox();
});
afterAll(async () => {
  await gloss?.close();
  await site?.close();
});

async function openProbePage(query: string): Promise<Page> {
  const page = await gloss.newPage();
  await page.goto(`${origin}probe.html?${query}`);
  await gloss.clickAction(page);
  await waitForHighlights(page, 5);
  return page;
}

/** Polls the page's own probe: the card's words are readable by the page, which is how it is seen to be open. */
async function waitForCardWords(page: Page, words: string): Promise<void> {
  await expect.poll(() => probe<boolean>(page, `find(${JSON.stringify(words)})`), { timeout: 15_000, interval: 300 }).toBe(true);
}

test('with the card open, the page finds no word of the note', async () => {
  const page = await openProbePage('leak');
  const quote = 'expected to spend more than $10 billion on data centre equipment';
  const panel = await addNoteInFirefox(gloss, page, quote, `${SECRET} private remark`);
  await panel.close();

  await page.bringToFront();
  await expect.poll(async () => (await glossHighlights(page)).find((h) => h.name === 'gloss-note')?.size, { timeout: 10_000 }).toBe(1);
  await page.evaluate(() => getSelection()?.removeAllRanges());
  const m = await phraseRect(page, '$10 billion');
  await page.mouse.move(m.x + 8, m.y + m.height / 2);
  // Control: the probe reaches the card's own text in Gloss's closed shadow root.
  await waitForCardWords(page, 'You have a note here');
  // (Firefox's Selection.modify leaves the shadow root for the page's text; it reads, all the same.)
  expect((await probe<string>(page, "readAround('You have a note here')")).length).toBeGreaterThan(100);
  // Not one word of the note.
  expect(await probe<boolean>(page, `find('${SECRET}')`)).toBe(false);
  expect(await probe<boolean>(page, "find('private remark')")).toBe(false);
  expect(await probe<string>(page, "readAround('You have a note here')")).not.toContain(SECRET);
  expect(await probe<string>(page, 'shadowText()')).not.toContain(SECRET);
  expect(await probe<number>(page, 'rootsHeld()')).toBe(0);
  await page.close();
});

test('synthetic moves and Alt+J open no card; the real mouse does', async () => {
  const page = await openProbePage('forged');
  const m = await phraseRect(page, 'Mustafa Suleyman');
  await forgeReaderInput(page, { x: m.x + 8, y: m.y + m.height / 2 });
  await new Promise((ok) => setTimeout(ok, 1000)); // a card opens 180 ms after a move
  expect(await probe<boolean>(page, "find('Mentioned')")).toBe(false);
  expect((await glossHighlights(page)).some((h) => h.name === 'gloss-focus')).toBe(false);
  // Control: the reader's own mouse opens the card.
  await page.mouse.move(m.x + 8, m.y + m.height / 2);
  await waitForCardWords(page, 'Mentioned');
  await page.close();
});
