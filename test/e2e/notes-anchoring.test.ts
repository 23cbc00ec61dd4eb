// Notes on an article the publisher edits, in real Chromium through the real toolbar button and
// panel: a note is written on one version of a page, the file behind the same URL is swapped for
// an edited version, and the page is visited again. Also one page under several URLs: www. and
// bare hosts, share parameters, and a canonical link that appears only on a later visit.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { glossHighlights, launchChromium, phraseRect, waitForHighlights, type Gloss, type StaticServer } from './harness';
import { articleWith, hostileSite, type HostileSite } from './hostile/support';
import { addNote } from './notes';
import { waitForUiText } from './shadow';

const QUOTE = 'expected to spend more than $10 billion on data centre equipment';
const NOTE = 'Check this against the capex guidance.';
// The quote's whole sentence in the fixture, for edits around it.
const SENTENCE =
  'Mustafa Suleyman, the chief executive of Microsoft AI, told an industry gathering in San Francisco on Thursday that the company expected to spend more than $10 billion on data centre equipment in the next 18 months, a figure that would have seemed fanciful when he co-founded Inflection AI in 2022.';
// *.test names lead to this machine, so www. and bare hosts of one site can be visited.
const HOSTS = ['news.test', 'www.news.test', 'm.news.test'];

let site: HostileSite;
let server: StaticServer;
let gloss: Gloss;
let original: string;

beforeAll(async () => {
  site = await hostileSite();
  server = await site.origin();
  original = await articleWith('');
  expect(original).toContain(SENTENCE);
  gloss = await launchChromium({
    extraArgs: [`--host-resolver-rules=${HOSTS.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}`, '--disable-features=HttpsUpgrades'],
  });
});
afterAll(async () => {
  await gloss?.close();
  await site?.close();
});
afterEach(async () => {
  for (const p of gloss.context.pages()) if (p.url() !== 'about:blank') await p.close().catch(() => undefined);
});

/** Opens `url` in a new tab and presses Gloss's toolbar button. */
async function visit(url: string): Promise<Page> {
  const page = await gloss.context.newPage();
  await page.goto(url);
  await gloss.clickAction(page);
  await waitForHighlights(page, 5);
  return page;
}

/** Text of the note highlights painted in the page, once the analysis that carries them is in. */
async function noteTexts(page: Page): Promise<string[]> {
  return (await glossHighlights(page)).find((h) => h.name === 'gloss-note')?.texts ?? [];
}

/** Writes `first` at `path`, notes QUOTE there, then puts `edited` behind the same URL and comes back. */
async function noteThenEdit(path: string, first: string, edited: string): Promise<{ page: Page; panel: Page }> {
  await site.write(path, first);
  const url = `${server.url}${path}`;
  const before = await visit(url);
  await (await addNote(gloss, before, QUOTE, NOTE)).close();
  await before.close();
  await site.write(path, edited);
  const page = await visit(url);
  const panel = await gloss.openPanel(page);
  await panel.locator('.note', { hasText: NOTE }).waitFor();
  await page.bringToFront();
  return { page, panel };
}

/** The note item in the panel, once the worker has said how the note sits on this visit. */
async function placement(panel: Page): Promise<string | null> {
  const item = panel.locator('.note', { hasText: NOTE });
  await expect.poll(() => item.getAttribute('data-state')).not.toBeNull();
  return item.getAttribute('data-state');
}

describe('a note on an article the publisher edited', () => {
  test('a word changed inside the quote: re-attached, on the edited words', async () => {
    const edited = original.replace('the company expected to spend', 'the company forecast to spend');
    const { page, panel } = await noteThenEdit('word.html', original, edited);
    await expect.poll(() => noteTexts(page)).toEqual(['forecast to spend more than $10 billion on data centre equipment']);
    expect(await placement(panel)).toBe('placed');
    expect(await panel.locator('.figure-changed').count()).toBe(0);
  });

  test('a number changed inside the quote: re-attached, and the panel and the card say which figure changed', async () => {
    const edited = original.replace('more than $10 billion on data centre', 'more than $12 billion on data centre');
    const { page, panel } = await noteThenEdit('number.html', original, edited);
    await expect.poll(() => noteTexts(page)).toEqual(['expected to spend more than $12 billion on data centre equipment']);
    expect(await placement(panel)).toBe('changed');
    const flag = panel.locator('.note', { hasText: NOTE }).locator('.figure-changed');
    await expect.poll(() => flag.textContent()).toBe('Figure changed: was $10 billion, now $12 billion');

    // The card over the noted figure says the same, and still not a word of the note.
    await page.evaluate(() => getSelection()?.removeAllRanges());
    const m = await phraseRect(page, '$12 billion');
    await page.mouse.move(m.x + 8, m.y + m.height / 2);
    const card = await waitForUiText(page, 'card', 'Figure changed: was $10 billion, now $12 billion');
    expect(card).toContain('You have a note here.');
    expect(card).not.toContain('capex');
    expect(await page.evaluate(() => document.documentElement.outerHTML.includes('capex guidance'))).toBe(false);
  });

  test('a paragraph inserted before: the same words, where they moved', async () => {
    const inserted = '<p>Update: this article was corrected on Friday to add comment from Microsoft and from two analysts.</p>\n';
    const edited = original.replace(`<p>${SENTENCE}`, `${inserted}<p>${SENTENCE}`);
    expect(edited).not.toBe(original);
    const { page, panel } = await noteThenEdit('inserted.html', original, edited);
    await expect.poll(() => noteTexts(page)).toEqual([QUOTE]);
    expect(await placement(panel)).toBe('placed');
  });

  test('a typo fixed next to the quote: the same words', async () => {
    const typo = original.replace('on Thursday that the company expected', 'on Thursdy that the compnay expected');
    expect(typo).not.toBe(original);
    const { page, panel } = await noteThenEdit('typo.html', typo, original);
    await expect.poll(() => noteTexts(page)).toEqual([QUOTE]);
    expect(await placement(panel)).toBe('placed');
  });

  test('the passage deleted: nothing highlighted, and the panel lists the note as not found', async () => {
    const edited = original.replace(SENTENCE, 'Mustafa Suleyman, the chief executive of Microsoft AI, spoke in San Francisco on Thursday.');
    const { page, panel } = await noteThenEdit('deleted.html', original, edited);
    expect(await placement(panel)).toBe('orphan');
    // The analysis that placed nothing is the one whose marks are painted: no note highlight.
    expect(await noteTexts(page)).toEqual([]);
    // Listed apart, under its own heading, never among the placed notes.
    await panel.locator('.orphans', { hasText: 'Not found on this page (1)' }).locator('.note', { hasText: NOTE }).waitFor();
    expect(await panel.locator('ol[aria-label="Notes"] .note', { hasText: NOTE }).count()).toBe(0);
  });

  test('the sentence duplicated as a pull quote before it: the note stays on the copy it was written on', async () => {
    const pull = '<p>“The company expected to spend more than $10 billion on data centre equipment in the next 18 months.”</p>\n';
    const edited = original.replace(`<p>${SENTENCE}`, `${pull}<p>${SENTENCE}`);
    const { page, panel } = await noteThenEdit('duplicated.html', original, edited);
    await expect.poll(() => noteTexts(page)).toEqual([QUOTE]);
    // The highlighted copy is the one in Suleyman's paragraph, not the pull quote.
    const paragraph = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('gloss-note') ?? [])][0] as Range | undefined;
      return range?.startContainer.parentElement?.textContent ?? '';
    });
    expect(paragraph).toContain('Mustafa Suleyman');
    expect(await placement(panel)).toBe('placed');
  });
});

describe('one page, many URLs', () => {
  test('a canonical link that appears on a later visit does not hide the note; the canonical URL then finds it too', async () => {
    await site.write('story-draft.html', original);
    const url = `${server.url}story-draft.html`;
    const first = await visit(url);
    await (await addNote(gloss, first, QUOTE, NOTE)).close();
    await first.close();

    await site.write('story-draft.html', await articleWith('<link rel="canonical" href="/story-final.html">'));
    const again = await visit(url);
    await expect.poll(() => noteTexts(again)).toEqual([QUOTE]);
    const panel = await gloss.openPanel(again);
    await panel.locator('.note', { hasText: NOTE }).waitFor();
    await again.close();

    // Seen under the canonical link once, the note is filed under it as well.
    await site.write('story-final.html', original);
    const canonical = await visit(`${server.url}story-final.html`);
    await expect.poll(() => noteTexts(canonical)).toEqual([QUOTE]);
  });

  test('an og:url that appears on a later visit files the note under it too', async () => {
    await site.write('og-draft.html', original);
    const first = await visit(`${server.url}og-draft.html`);
    await (await addNote(gloss, first, QUOTE, NOTE)).close();
    await first.close();
    await site.write('og-draft.html', await articleWith('<meta property="og:url" content="/og-final.html">'));
    const again = await visit(`${server.url}og-draft.html`);
    await expect.poll(() => noteTexts(again)).toEqual([QUOTE]);
    await again.close();
    await site.write('og-final.html', original);
    const shared = await visit(`${server.url}og-final.html?utm_source=newsletter`);
    await expect.poll(() => noteTexts(shared)).toEqual([QUOTE]);
  });

  test('www. and bare hosts, and share parameters, are one page', async () => {
    await site.write('hosts.html', original);
    const port = new URL(server.url).port;
    const first = await visit(`http://www.news.test:${port}/hosts.html`);
    await (await addNote(gloss, first, QUOTE, NOTE)).close();
    await first.close();
    for (const url of [
      `http://news.test:${port}/hosts.html?utm_source=x&ref=share`,
      `http://m.news.test:${port}/hosts.html?CMP=share_btn_tw`,
    ]) {
      const page = await visit(url);
      await expect.poll(() => noteTexts(page)).toEqual([QUOTE]);
      await page.close();
    }
  });
});
