// Writing a note as a reader does in Chromium: select, press ✎ Note in the page, type in the panel, save.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { glossHighlights, selectPhrase, type Gloss } from './harness';
import { clickUiButton, waitForUiText } from './shadow';

/** Notes `quote` (first occurrence in the article) with `text`; returns the panel, opened as a tab. */
export async function addNote(g: Gloss, page: Page, quote: string, text: string): Promise<Page> {
  await selectPhrase(page, quote);
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
