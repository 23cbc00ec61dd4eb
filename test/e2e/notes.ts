// Writing a note as a reader does: select, press ✎ Note in the page, type in the panel, save.
// Chromium drives the page through Playwright, Firefox through Puppeteer (WebDriver BiDi), hence two.
import type { Page } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { expect } from 'vitest';
import { glossHighlights, selectPhrase, type FirefoxGloss, type Gloss } from './harness';
import { clickUiButton, waitForUiText } from './shadow';

/** Notes `quote` (first occurrence under `within`, the article by default) with `text`; returns the panel, opened as a tab. */
export async function addNote(g: Gloss, page: Page, quote: string, text: string, within = 'article'): Promise<Page> {
  await selectPhrase(page, quote, within);
  await waitForUiText(page, 'note-button', 'Note');
  await clickUiButton(page, 'Note');
  await expect.poll(async () => (await glossHighlights(page)).find((h) => h.name === 'gloss-draft')?.texts[0]).toBe(quote);
  const panel = await g.openPanel(page);
  await panel.getByText(quote).first().waitFor();
  await panel.getByLabel('Note text').fill(text);
  await panel.getByRole('button', { name: 'Save note' }).click();
  await panel.locator('.note .text', { hasText: text }).waitFor();
  return panel;
}

/**
 * The same in Firefox: the page's closed shadow root is out of Puppeteer's reach, so the ✎ Note button is
 * pressed where Gloss draws it, under the end of the selection's last line. Returns the sidebar page.
 */
export async function addNoteInFirefox(g: FirefoxGloss, page: FirefoxPage, quote: string, text: string): Promise<FirefoxPage> {
  await selectPhrase(page, quote);
  await new Promise((ok) => setTimeout(ok, 500)); // the button follows selectionchange
  const end = await page.evaluate(() => {
    const rects = getSelection()!.getRangeAt(0).getClientRects();
    const last = rects[rects.length - 1]!;
    return { right: last.right, bottom: last.bottom };
  });
  await page.mouse.click(end.right - 20, end.bottom + 18);
  await expect
    .poll(async () => (await glossHighlights(page)).find((h) => h.name === 'gloss-draft')?.texts[0], { timeout: 10_000 })
    .toBe(quote);
  const panel = await g.openPanel(page);
  await panel.waitForSelector('textarea');
  expect(await panel.evaluate(() => document.querySelector('.draft blockquote')?.textContent)).toBe(quote);
  await panel.type('textarea', text);
  await panel.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Save note')!.click());
  await panel.waitForFunction((t) => document.querySelector('.note .text')?.textContent === t, {}, text);
  return panel;
}
