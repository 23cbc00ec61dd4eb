// Tags, page notes and memory across articles (issue 10, point 7), in real Chromium through the
// real toolbar button and panel: #tags become chips that filter; a note on the whole page; an
// entity's card shows, in a frame of the extension's origin, the reader's notes about it from other
// articles, while the page's own document holds none of it.
import type { Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, phraseRect, startServer, waitForHighlights, type Gloss, type StaticServer } from './harness';
import { addNote } from './notes';
import { waitForUiText } from './shadow';

let server: StaticServer;
let gloss: Gloss;

beforeAll(async () => {
  server = await startServer();
  gloss = await launchChromium();
});
afterAll(async () => {
  await gloss?.close();
  await server?.close();
});
afterEach(async () => {
  for (const p of gloss.context.pages()) if (p.url() !== 'about:blank') await p.close().catch(() => undefined);
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
    await panel.close();

    const second = await openOn('memory/two.html?m=1');
    const at = await phraseRect(second, 'Anthropic');
    await second.mouse.move(at.x + 5, at.y + at.height / 2);
    await waitForUiText(second, 'card', 'Anthropic');
    const frame = await memoryFrame(second);
    await frame.getByText('Your notes on Anthropic: 1, in 1 other article').waitFor();
    // Chromium's dynamic id (use_dynamic_url), not the extension's id the page could fingerprint.
    expect(new URL(frame.url()).host).not.toBe(gloss.extensionId);
    const link = frame.getByRole('button', { name: /Anthropic opens a research office/ });
    await link.waitFor();
    const known = await pageKnows(second);
    expect(known).not.toContain('Your notes on');
    expect(known).not.toContain('research office');
    expect(known).not.toContain('Third European office');
  });
});
