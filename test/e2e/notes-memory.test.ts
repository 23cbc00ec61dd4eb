// Tags, page notes and memory across articles (issue 10, point 7), in real Chromium through the
// real toolbar button and panel: #tags become chips that filter; a note on the whole page; an
// entity's card shows, in a frame of the extension's origin, the reader's notes about it from other
// articles, while the page's own document holds none of it.
import type { Frame, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chromiumForFile, phraseRect, waitForHighlights, type Gloss, type StaticServer } from './harness';
import { addNote } from './notes';
import { uiAttribute, uiBox, waitForUiText } from './shadow';

/** The frame's height in the card (ui-styles.ts): fixed, whatever it holds. */
const MEMORY_FRAME_HEIGHT = 96;

let server: StaticServer;
let gloss: Gloss;
chromiumForFile((g, s) => {
  gloss = g;
  server = s;
});

async function openOn(path: string): Promise<Page> {
  const page = await gloss.context.newPage();
  await page.goto(`${server.url}${path}`);
  await gloss.clickAction(page);
  await waitForHighlights(page, 5);
  return page;
}

/** The card's memory frame, once it has loaded memory.html from the extension. */
async function memoryFrame(page: Page): Promise<Frame> {
  let frame: Frame | undefined;
  await expect.poll(() => (frame = page.frames().find((f) => new URL(f.url()).pathname === '/memory.html')) !== undefined).toBe(true);
  return frame!;
}

/** Everything the page's own scripts can read of its document: its HTML and its text, shadow roots aside. */
function pageKnows(page: Page): Promise<string> {
  return page.evaluate(() => `${document.documentElement.outerHTML}\n${document.body.innerText}`);
}

describe('memory across articles', () => {
  test('a note on a name in one article is listed in that name’s card in another, inside the extension’s frame only', async () => {
    const first = await openOn('memory/one.html?m=1');
    const panel = await addNote(gloss, first, 'Anthropic said on Tuesday', 'Third European office #expansion');
    // Closed, so the article opened from the card below is the only tab at its address.
    await panel.close();
    await first.close();

    const second = await openOn('memory/two.html?m=1');
    const at = await phraseRect(second, 'Anthropic');
    await second.mouse.move(at.x + 5, at.y + at.height / 2);
    await waitForUiText(second, 'card', 'Anthropic');
    const frame = await memoryFrame(second);
    await frame.getByText('Your notes on Anthropic: 1, in 1 other article').waitFor();
    // Framed under Chromium's per-session dynamic id (use_dynamic_url), not the extension's id,
    // which a page could use to fingerprint the reader's browser.
    const src = new URL((await uiAttribute(second, 'memory', 'src'))!);
    expect(src.host).not.toBe(gloss.extensionId);
    expect(src.host).toBe(await gloss.worker.evaluate(() => (chrome.runtime as unknown as { dynamicId: string }).dynamicId));
    expect(src.searchParams.get('name')).toBe('Anthropic');
    const link = frame.getByRole('button', { name: /Anthropic opens a research office/ });
    await link.waitFor();
    const known = await pageKnows(second);
    // window.find reaches into closed shadow roots (SECURITY.md), not into another origin's frame.
    expect(await second.evaluate(() => (window as unknown as { find(s: string): boolean }).find('Your notes on'))).toBe(false);
    expect(known).not.toContain('Your notes on');
    expect(known).not.toContain('research office');
    expect(known).not.toContain('Third European office');

    // "All your notes on Anthropic": the panel shows the notes on that name from every article.
    await frame.getByRole('button', { name: 'All your notes on Anthropic, in the notes panel' }).click();
    // The click in the frame is the reader's gesture: the real side panel opens.
    await expect
      .poll(
        async () =>
          (await gloss.worker.evaluate(() => chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as chrome.runtime.ContextType] })))
            .length,
      )
      .toBeGreaterThan(0);
    const notesPanel = await gloss.openPanel(second);
    await notesPanel.getByText('Notes on Anthropic').waitFor();
    await notesPanel.locator('.note', { hasText: 'Third European office' }).waitFor();
    // Its title says which article it is from.
    await notesPanel.locator('.note', { hasText: 'Anthropic opens a research office in Lisbon' }).waitFor();
    await notesPanel.getByRole('button', { name: 'Stop showing only notes on Anthropic' }).click();
    await notesPanel.getByText('No notes on this page yet.').waitFor();

    // An article's link opens that article, beside this one.
    const opened = gloss.context.waitForEvent('page');
    await second.bringToFront();
    await second.mouse.move(at.x + 5, at.y + at.height / 2);
    await waitForUiText(second, 'card', 'Anthropic');
    await (await memoryFrame(second)).getByRole('button', { name: /Anthropic opens a research office/ }).click();
    const article = await opened;
    expect(article.url()).toContain('memory/one.html?m=1');
    // The panel, in that article's tab, shows the notes on Anthropic at the note.
    // Opened by Gloss, so without the activeTab grant its address is hidden from the extension: found as the active tab.
    const articleTab = await gloss.worker.evaluate(
      async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!,
    );
    const atNote = await gloss.context.newPage();
    await atNote.goto(`${gloss.origin}/sidepanel.html?tabId=${articleTab}`);
    await atNote.locator('.note.focused', { hasText: 'Third European office' }).waitFor();
    await atNote.getByText('Notes on Anthropic').waitFor();
  });

  test('a name with no notes elsewhere says so; the frame keeps its size and takes a dark page’s scheme', async () => {
    const page = await gloss.context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' }); // the fixture turns dark with the reader's scheme
    await page.goto(`${server.url}memory/two.html?m=none`);
    await gloss.clickAction(page);
    await waitForHighlights(page, 5);
    const at = await phraseRect(page, 'Maria Lindqvist');
    await page.mouse.move(at.x + 5, at.y + at.height / 2);
    await waitForUiText(page, 'card', 'Maria Lindqvist');
    const frame = await memoryFrame(page);
    await frame.getByText('No notes of yours on Maria Lindqvist in other articles yet.').waitFor();
    expect((await uiBox(page, 'memory'))?.height).toBe(MEMORY_FRAME_HEIGHT);
    expect(new URL((await uiAttribute(page, 'memory', 'src'))!).searchParams.get('dark')).toBe('1');
    expect(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(31, 35, 40)');
  });
});

describe('tags, filters and page notes', () => {
  test('#tags typed in a note become chips that filter the list; sort by article order, newest, oldest', async () => {
    const page = await openOn('memory/one.html?t=1');
    await (await addNote(gloss, page, 'Ines Carvalho', 'Hiring lead #People #lisbon')).close();
    const panel = await addNote(gloss, page, 'tax breaks for foreign workers', 'Policy angle #Lisbon #tax');
    const items = panel.locator('.note');
    await expect.poll(() => items.count()).toBe(2);
    // Chips, lower case, each tag once.
    await expect.poll(() => items.nth(0).locator('.chip.tag').allInnerTexts()).toEqual(['#people', '#lisbon']);
    await expect.poll(() => items.nth(1).locator('.chip.tag').allInnerTexts()).toEqual(['#lisbon', '#tax']);
    // The names the quote mentions are chips too.
    await expect.poll(() => items.nth(0).locator('.chip.entity').allInnerTexts()).toEqual(['Ines Carvalho']);

    await items.nth(1).getByRole('button', { name: '#tax' }).click();
    await expect.poll(() => items.count()).toBe(1);
    await expect.poll(() => items.nth(0).innerText()).toContain('Policy angle');
    await items.nth(0).getByRole('button', { name: '#tax' }).click(); // pressed again: every note
    await expect.poll(() => items.count()).toBe(2);
    await panel.getByLabel('Tag').selectOption('people');
    await expect.poll(() => items.allInnerTexts()).toEqual([expect.stringContaining('Hiring lead')]);
    await panel.getByLabel('Tag').selectOption('');

    await panel.getByLabel('Sort').selectOption('newest');
    await expect.poll(async () => (await items.allInnerTexts()).map((t) => /Hiring|Policy/.exec(t)?.[0])).toEqual(['Policy', 'Hiring']);
    await panel.getByLabel('Sort').selectOption('oldest');
    await expect.poll(async () => (await items.allInnerTexts()).map((t) => /Hiring|Policy/.exec(t)?.[0])).toEqual(['Hiring', 'Policy']);
    expect(await pageKnows(page)).not.toMatch(/Hiring lead|#people|Policy angle/);
  });

  test('a note on the whole page, without a selection, is listed first', async () => {
    const page = await openOn('memory/one.html?p=1');
    const panel = await addNote(gloss, page, 'lower salaries', 'Cost argument');
    await panel.getByRole('button', { name: '✎ Note on this page' }).click();
    await panel.getByLabel('Page note text').fill('Worth a follow-up in spring #followup');
    await panel.getByRole('button', { name: 'Save page note' }).click();
    const items = panel.locator('.note');
    await expect.poll(() => items.count()).toBe(2);
    await expect.poll(() => items.nth(0).innerText()).toContain('On the whole page');
    await expect.poll(() => items.nth(0).innerText()).toContain('Worth a follow-up in spring');
    await expect.poll(() => items.nth(0).locator('.chip.tag').allInnerTexts()).toEqual(['#followup']);
    // Kept: it is there after the panel is opened again.
    await panel.reload();
    await panel.locator('.note', { hasText: 'Worth a follow-up in spring' }).waitFor();
    expect(await pageKnows(page)).not.toContain('follow-up');
  });
});
