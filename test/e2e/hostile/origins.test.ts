// Findings 3, 4, 5 (navigation) and 7 of the hostile-page review, in real Chromium: a page cannot
// claim another origin's notes through its canonical link, a draft never crosses to another page,
// a page changing its own URL cannot make the worker forget it, and a save whose reply is lost
// is stored once.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { glossHighlights, launchChromium, phraseRect, selectPhrase, waitForHighlights, type Gloss } from '../harness';
import { addNote } from '../notes';
import { clickUiButton, waitForUiText } from '../shadow';
import { articleWith, hostileSite, type HostileSite } from './support';

const QUOTE = 'only one in four dollars spent on AI hardware';

let site: HostileSite;
let gloss: Gloss;
/** Two origins over the same folder (same host, other ports). */
let a: string;
let b: string;

// *.test names all lead to this machine, so host-name variants (www., m., www42.) can be tried.
const HOSTS = ['medium.test', 'm.medium.test', 'substack.test', 'www42.substack.test', 'news.test', 'www.news.test'];

beforeAll(async () => {
  site = await hostileSite();
  await site.write('article.html', await articleWith(''));
  a = (await site.origin()).url;
  b = (await site.origin()).url;
  gloss = await launchChromium({
    extraArgs: [`--host-resolver-rules=${HOSTS.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}`, '--disable-features=HttpsUpgrades'],
  });
});
afterAll(async () => {
  await gloss?.close();
  await site?.close();
});

async function open(url: string): Promise<Page> {
  const page = await gloss.context.newPage();
  await page.goto(url);
  await gloss.clickAction(page);
  await waitForHighlights(page, 5);
  return page;
}

const noteTexts = async (page: Page) => (await glossHighlights(page)).find((h) => h.name === 'gloss-note')?.texts ?? [];
const analyses = () => gloss.worker.evaluate(() => globalThis.__glossAnalyses ?? 0);

describe('canonical links', () => {
  const canonicalTo = (href: string) => articleWith(`<link rel="canonical" href="${href}">`);
  /** A note on `victim`, then a page at `attacker` naming `victim` as canonical: does it see the note? */
  async function claim(victim: string, attacker: string): Promise<string[]> {
    const page = await open(victim);
    (await addNote(gloss, page, QUOTE, `note on ${victim}`)).close();
    await page.close();
    const copy = await open(attacker);
    // Whatever it is going to get comes with the analysis the marks came from.
    const seen = await noteTexts(copy);
    await copy.close();
    return seen;
  }

  test('another port of the same host is another origin', async () => {
    const port = new URL(b).port;
    await site.write(`claims-${port}.html`, await canonicalTo(`${a}article.html`));
    expect(await claim(`${a}article.html`, `${b}claims-${port}.html`)).toEqual([]);
  });

  test('numbered and mobile host labels cannot claim the bare host (shared hosts)', async () => {
    const port = new URL(a).port;
    await site.write('@victim/p/story.html', await articleWith(''));
    await site.write('copy-substack.html', await canonicalTo(`http://substack.test:${port}/@victim/p/story.html`));
    expect(
      await claim(`http://substack.test:${port}/@victim/p/story.html`, `http://www42.substack.test:${port}/copy-substack.html`),
    ).toEqual([]);
    await site.write('@victim/story.html', await articleWith(''));
    await site.write('copy-medium.html', await canonicalTo(`http://medium.test:${port}/@victim/story.html`));
    expect(await claim(`http://medium.test:${port}/@victim/story.html`, `http://m.medium.test:${port}/copy-medium.html`)).toEqual([]);
  });

  test('control: a www. page naming its bare host is the same page, and gets its notes', async () => {
    const port = new URL(a).port;
    await site.write('news/story.html', await articleWith(''));
    await site.write('news/www-copy.html', await canonicalTo(`http://news.test:${port}/news/story.html`));
    expect(await claim(`http://news.test:${port}/news/story.html`, `http://www.news.test:${port}/news/www-copy.html`)).toEqual([QUOTE]);
  });
});

describe('a draft belongs to its page', () => {
  test('a draft made on site A, saved after the tab moved to site B, reaches only A', async () => {
    const quote = 'a single new campus in Wisconsin';
    await site.write('other.html', await articleWith(''));
    const page = await open(`${a}article.html?draft`);
    await selectPhrase(page, quote);
    await waitForUiText(page, 'note-button', 'Note');
    await clickUiButton(page, 'Note');
    await expect.poll(async () => (await glossHighlights(page)).find((h) => h.name === 'gloss-draft')?.texts[0]).toBe(quote);
    const panel = await gloss.openPanel(page);
    await panel.getByLabel('Note text').fill('written for A');

    // The tab goes to site B (the same article text, so an anchor would land), and Gloss is on there.
    await page.bringToFront();
    await page.goto(`${b}other.html`);
    await gloss.clickAction(page);
    await waitForHighlights(page, 5);
    // The panel still holds the draft and says whose it is; saving it keeps the reader's words.
    await panel.bringToFront();
    await panel.getByText('the page you were on').waitFor();
    await panel.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => panel.locator('.draft').count()).toBe(0);
    // The worker pushes a saved note's place before it answers the save: B got nothing.
    expect(await noteTexts(page)).toEqual([]);
    expect((await glossHighlights(page)).some((h) => h.name === 'gloss-draft')).toBe(false);

    // Nothing lost: back on A, the note is there.
    await page.bringToFront();
    await page.goto(`${a}article.html?draft`);
    await gloss.clickAction(page);
    await expect.poll(() => noteTexts(page)).toEqual([quote]);
    await panel.close();
    await page.close();
  });
});

describe('the page changing its own URL', () => {
  test('pushState and a hash change keep the session: badge on, marks, cards, no second analysis', async () => {
    const page = await open(`${a}article.html?spa`);
    const before = await analyses();
    const tabId = await gloss.tabIdOf(page);
    await page.evaluate(() => {
      history.pushState({}, '', '/elsewhere/story?x=1');
      location.hash = '#comments';
    });
    // The worker has seen the tab's new URL (tabs.onUpdated has fired) before we go on.
    await expect
      .poll(() => gloss.worker.evaluate(async (id) => (await chrome.tabs.get(id)).url ?? '', tabId))
      .toMatch(/\/elsewhere\/story\?x=1#comments$/);
    expect(await gloss.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('on');
    const m = await phraseRect(page, 'Mustafa Suleyman');
    await page.mouse.move(m.x + 8, m.y + m.height / 2);
    await waitForUiText(page, 'card', 'Mustafa Suleyman');
    expect(await analyses()).toBe(before);
    expect((await glossHighlights(page)).some((h) => h.name === 'gloss-person')).toBe(true);
    await page.close();
  });

  test('after an idle worker was stopped (its port closed), pushState still keeps the session', async () => {
    const page = await open(`${a}article.html?spa-restart`);
    const tabId = await gloss.tabIdOf(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.evaluate(() => history.pushState({}, '', '/elsewhere/after-restart'));
    await expect
      .poll(() => gloss.worker.evaluate(async (id) => (await chrome.tabs.get(id)).url ?? '', tabId))
      .toMatch(/\/elsewhere\/after-restart$/);
    // The worker asked the page's Gloss whether it is still there, and it is.
    await page.waitForTimeout(300);
    expect(await gloss.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('on');
    const m = await phraseRect(page, 'Mustafa Suleyman');
    await page.mouse.move(m.x + 8, m.y + m.height / 2);
    await waitForUiText(page, 'card', 'Mustafa Suleyman');
    await page.close();
  });

  test('a real navigation ends the session: badge off', async () => {
    const page = await open(`${a}article.html?nav`);
    const tabId = await gloss.tabIdOf(page);
    await page.goto(`${b}article.html?after`);
    await expect.poll(() => gloss.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    await page.close();
  });
});

describe('a save whose reply is lost', () => {
  const quotes = [
    'the output of two large nuclear reactors',
    'a single new campus in Wisconsin',
    'will outstrip supply until at least 2027',
    'expected to spend more than $10 billion',
  ];

  test('the same draft saved twice is one note', async () => {
    const page = await open(`${a}article.html?twice`);
    await selectPhrase(page, quotes[0]!);
    await waitForUiText(page, 'note-button', 'Note');
    await clickUiButton(page, 'Note');
    const panel = await gloss.openPanel(page);
    await panel.getByLabel('Note text').waitFor();
    const tabId = await gloss.tabIdOf(page);
    // What a panel retrying after a lost reply sends: the very same request, twice.
    const ids = await panel.evaluate(async (id: number) => {
      const state = (await chrome.runtime.sendMessage({ type: 'panel.state', payload: { tabId: id } })) as {
        value: { draft: unknown };
      };
      const save = () =>
        chrome.runtime.sendMessage({ type: 'note.create', payload: { draft: state.value.draft, text: 'savedtwicemarker' } });
      const [first, second] = (await Promise.all([save(), save()])) as { ok: boolean; value: { id: string } }[];
      const again = (await save()) as { ok: boolean; value: { id: string } };
      return [first!.value.id, second!.value.id, again.value.id];
    }, tabId);
    expect(new Set(ids).size).toBe(1);
    const search = await panel.evaluate(
      async (q) =>
        ((await chrome.runtime.sendMessage({ type: 'notes.search', payload: { query: q } })) as { value: unknown[] }).value.length,
      'savedtwicemarker',
    );
    expect(search).toBe(1);
    await panel.close();
    await page.close();
  });

  test('the worker stopped right after Save: after the reader retries, each note is stored once', async () => {
    for (const [i, delay] of [0, 5, 10, 20].entries()) {
      const quote = quotes[i]!;
      const page = await open(`${a}article.html?stop=${i}`);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await selectPhrase(page, quote);
      await waitForUiText(page, 'note-button', 'Note');
      await clickUiButton(page, 'Note');
      const panel = await gloss.openPanel(page);
      const marker = `stoppedafter${delay}ms`;
      await panel.getByLabel('Note text').fill(marker);
      await Promise.all([
        panel.getByRole('button', { name: 'Save note' }).click(),
        new Promise((ok) => setTimeout(ok, delay)).then(() => cdp.send('ServiceWorker.stopAllWorkers')),
      ]);
      // A reader seeing an error (the draft still there, Save enabled again) presses Save again.
      const save = panel.getByRole('button', { name: 'Save note' });
      for (let tries = 0; tries < 20 && (await panel.locator('.draft').count()) > 0; tries++) {
        await panel.waitForTimeout(500);
        if ((await panel.locator('.draft').count()) > 0 && (await save.isEnabled().catch(() => false)))
          await save.click().catch(() => undefined);
      }
      await expect.poll(() => panel.locator('.draft').count(), { timeout: 30_000 }).toBe(0);
      const stored = await panel.evaluate(
        async (q) =>
          ((await chrome.runtime.sendMessage({ type: 'notes.search', payload: { query: q } })) as { value: unknown[] }).value.length,
        marker,
      );
      expect(stored, `notes stored with "${marker}"`).toBe(1);
      await panel.close();
      await page.close();
    }
  });
});
