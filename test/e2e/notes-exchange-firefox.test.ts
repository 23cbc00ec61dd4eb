// The periodic download backup in Firefox ESR, which has no folder picker: turned on from the
// panel, it saves gloss-notes.jsonld through the downloads API. The optional `downloads` permission
// is granted beforehand in the browser's own scope, because a headless browser cannot answer the
// permission prompt; the panel's request then resolves at once, as it does for a reader who allowed it.
import { readFile, rm } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { GECKO_ID, firefoxForFile, waitForHighlights, type FirefoxGloss, type StaticServer } from './harness';
import { addNoteInFirefox } from './notes';

let server: StaticServer;
let gloss: FirefoxGloss;
firefoxForFile((g, s) => {
  gloss = g;
  server = s;
});

test('Download a backup periodically: the JSON-LD of every note is saved in the downloads folder', async () => {
  const page = await gloss.newPage();
  await page.goto(`${server.url}article.html?backup=firefox`);
  await gloss.clickAction(page);
  await waitForHighlights(page, 5);
  const panel = await addNoteInFirefox(gloss, page, 'roughly the output of two large nuclear reactors', 'Firefox backup note');

  await gloss.chromeEval(`(async () => {
    const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
    const policy = WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)});
    await ExtensionPermissions.add(${JSON.stringify(GECKO_ID)}, { permissions: ['downloads'], origins: [] }, policy.extension);
    return true;
  })()`);

  // No folder picker in Firefox: only the download is offered.
  const buttons = await panel.evaluate(() => [...document.querySelectorAll('button')].map((b) => b.textContent));
  expect(buttons).not.toContain('Back up to a folder…');
  // A real click: Firefox lets permissions.request() run only inside the reader's own input.
  await panel.locator('::-p-text(Download a backup periodically)').click();
  await panel
    .waitForFunction(() => document.body.textContent!.includes('is saved every day when they changed'), { timeout: 20_000 })
    .catch(async (e: unknown) => {
      throw new Error(`${String(e)}; the panel says: ${await panel.evaluate(() => document.querySelector('.backup')?.textContent)}`);
    });

  const saved = await panel.waitForFunction(
    async () => {
      const [item] = await (globalThis as any).browser.downloads.search({ filenameRegex: 'gloss-notes\\.jsonld$', state: 'complete' });
      return item?.filename ?? null;
    },
    { timeout: 20_000, polling: 200 },
  );
  const file = (await saved.jsonValue()) as string;
  expect(file).toMatch(/Gloss backup[/\\]gloss-notes\.jsonld$/);
  const doc = JSON.parse(await readFile(file, 'utf8'));
  await rm(file); // the browser profile is temporary, its downloads folder is not
  expect(doc.type).toBe('AnnotationCollection');
  expect(doc.first.items.map((a: { body: { value: string }[] }) => a.body[0]!.value)).toContain('Firefox backup note');
  const alarm = await panel.evaluate(
    async () => (await (globalThis as any).browser.runtime.sendMessage({ type: 'backup.state', payload: {} })).value,
  );
  expect(alarm).toMatchObject({ mode: 'download', periodHours: 24, problem: null });
});
