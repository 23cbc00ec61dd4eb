// Findings 1 and 2 of the hostile-page review, in real Chromium: whatever the page's own script
// does, it reads no word of the reader's notes, and its forged events are not obeyed.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { glossHighlights, launchChromium, phraseRect, waitForHighlights, type Gloss } from '../harness';
import { addNote } from '../notes';
import { uiTexts, waitForUiText } from '../shadow';
import { articleWith, forgeReaderInput, hostileSite, probe, PROBE_SCRIPT, type HostileSite } from './support';

const QUOTE = 'expected to spend more than $10 billion on data centre equipment';
const SECRET = 'Zanzibarquux';

let site: HostileSite;
let origin: string;
let gloss: Gloss;

beforeAll(async () => {
  site = await hostileSite();
  await site.write('probe.html', await articleWith(PROBE_SCRIPT));
  origin = (await site.origin()).url;
  gloss = await launchChromium();
});
afterAll(async () => {
  await gloss?.close();
  await site?.close();
});

async function openProbePage(query = ''): Promise<Page> {
  const page = await gloss.context.newPage();
  await page.goto(`${origin}probe.html${query}`);
  await gloss.clickAction(page);
  await waitForHighlights(page, 5);
  return page;
}

describe("the page cannot read the reader's notes", () => {
  test('with custom elements and attachInternals, window.find and Selection.modify, while the card is open', async () => {
    const page = await openProbePage();
    const panel = await addNote(gloss, page, QUOTE, `${SECRET} is my private remark on capex`);
    await panel.close();
    await page.bringToFront();
    await expect.poll(async () => (await glossHighlights(page)).find((h) => h.name === 'gloss-note')?.size).toBe(1);
    await page.evaluate(() => getSelection()?.removeAllRanges());

    // Open the card of the mark inside the note with the real mouse.
    const m = await phraseRect(page, '$10 billion');
    await page.mouse.move(m.x + 8, m.y + m.height / 2);
    await waitForUiText(page, 'card', 'You have a note here.');

    // Control: the probes do reach into Gloss's closed shadow root: the card's own words are found.
    expect(await probe<boolean>(page, "find('You have a note here')")).toBe(true);
    expect(await probe<string>(page, "readAround('You have a note here')")).toContain('Read in the notes panel');
    // The card is still open (the probes only move the selection).
    expect((await uiTexts(page, 'card')).join(' ')).toContain('You have a note here.');

    // Not one word of the note, by any of the routes.
    expect(await probe<boolean>(page, `find('${SECRET}')`)).toBe(false);
    expect(await probe<boolean>(page, "find('private remark')")).toBe(false);
    expect(await probe<string>(page, "readAround('You have a note here')")).not.toContain(SECRET);
    expect(await probe<string>(page, 'shadowText()')).not.toContain(SECRET);
    // The page never holds Gloss's shadow root, even with its custom elements waiting for it.
    expect(await probe<number>(page, 'rootsHeld()')).toBe(0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain(SECRET);
    await page.close();
  });
});

describe('forged input is ignored', () => {
  test('synthetic Alt+J and mouse moves open no card; the real ones do', async () => {
    const page = await openProbePage('?forged');
    const m = await phraseRect(page, 'Mustafa Suleyman');
    // The page forges what a reader would do: move over a mark, press Alt+J, several times.
    await forgeReaderInput(page, { x: m.x + 8, y: m.y + m.height / 2 });
    // Gloss opens a card 180 ms after a move; a second is long enough to see one on any machine
    // that passes the controls below.
    await page.waitForTimeout(1000);
    expect(await uiTexts(page, 'card')).toEqual([]);
    expect((await glossHighlights(page)).some((h) => h.name === 'gloss-focus')).toBe(false);

    // Controls: the same gestures from the reader (trusted input) do open cards.
    await page.keyboard.press('Alt+KeyJ');
    await waitForUiText(page, 'card', /\w/);
    await page.keyboard.press('Escape');
    await expect.poll(async () => uiTexts(page, 'card')).toEqual([]);
    await page.mouse.move(m.x + 8, m.y + m.height / 2);
    await waitForUiText(page, 'card', 'Mustafa Suleyman');
    await page.close();
  });

  test("a forged click on the card's button does nothing", async () => {
    const page = await openProbePage('?forged-click');
    const panel = await addNote(gloss, page, QUOTE, 'forged click check');
    await panel.close();
    await page.bringToFront();
    await page.evaluate(() => getSelection()?.removeAllRanges());
    const m = await phraseRect(page, '$10 billion');
    await page.mouse.move(m.x + 8, m.y + m.height / 2);
    await waitForUiText(page, 'card', 'You have a note here.');
    const tabId = await gloss.tabIdOf(page);
    const focusOf = () =>
      gloss.worker.evaluate(async (id) => (await chrome.storage.session.get(`focus:${id}`))[`focus:${id}`] ?? null, tabId);
    expect(await focusOf()).toBeNull();
    // The page can reach the button only through the selection trick; it clicks what it can.
    await page.evaluate(() => {
      (window as unknown as { __probe: { find(w: string): boolean } }).__probe.find('Read in the notes panel');
      const node = getSelection()?.anchorNode;
      const el = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
      el?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      (el as HTMLElement | null)?.click?.();
    });
    await page.waitForTimeout(500);
    expect(await focusOf()).toBeNull();
    await page.close();
  });
});
