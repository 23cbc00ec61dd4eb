// Export, import and backup of notes in real Chromium, through the real toolbar button and the
// notes panel: export JSON-LD, delete, import it back (re-anchored in the page), import again
// (nothing added), a malformed file (refused, nothing changed), a Hypothesis export; and the backup
// folder written by the worker after each change.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { glossHighlights, chromiumForFile, waitForHighlights, type Gloss, type StaticServer } from './harness';
import { addNote } from './notes';

let server: StaticServer;
let gloss: Gloss;
chromiumForFile((g, s) => {
  gloss = g;
  server = s;
});

const FIRST = 'expected to spend more than $10 billion on data centre equipment';
const SECOND = 'roughly the output of two large nuclear reactors';
const THIRD = 'only one in four dollars spent on AI hardware';

async function openArticle(path: string): Promise<Page> {
  const page = await gloss.context.newPage();
  await page.goto(`${server.url}${path}`);
  await gloss.clickAction(page);
  await waitForHighlights(page, 5);
  return page;
}

const noteHighlights = async (page: Page) => ((await glossHighlights(page)).find((h) => h.name === 'gloss-note')?.texts ?? []).sort();

/** Presses "Export JSON-LD" in the panel and reads the file the browser downloaded. */
async function exportJsonLd(panel: Page): Promise<string> {
  const download = panel.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export JSON-LD' }).click();
  const d = await download;
  expect(d.suggestedFilename()).toMatch(/^gloss-notes-\d{4}-\d{2}-\d{2}\.jsonld$/);
  return readFile((await d.path())!, 'utf8');
}

async function importFile(panel: Page, name: string, text: string): Promise<void> {
  await panel.getByLabel(/Import notes/).setInputFiles({ name, mimeType: 'application/ld+json', buffer: Buffer.from(text) });
}

const statusOf = (panel: Page) => panel.locator('.exchange [role=status]').textContent();

/** Notes of every page, through the panel's own message to the worker (what "all pages" shows). */
async function allNotes(panel: Page): Promise<{ id: string; text: string }[]> {
  return panel.evaluate(async () => {
    const r = await chrome.runtime.sendMessage({ type: 'notes.search', payload: { query: '' } });
    return r.value as { id: string; text: string }[];
  });
}

describe('export and import', () => {
  test('export JSON-LD, delete, import: notes back in place; again: no duplicates; malformed: refused, nothing changed', async () => {
    const page = await openArticle('article.html?exchange=1');
    await (await addNote(gloss, page, FIRST, 'Capex guidance: $8bn last year.')).close();
    const panel = await addNote(gloss, page, SECOND, 'Two reactors: check the capacity factor.');
    await expect.poll(() => noteHighlights(page)).toEqual([FIRST, SECOND].sort());

    const exported = await exportJsonLd(panel);
    const doc = JSON.parse(exported);
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    const ours = doc.first.items.filter((a: { target: { source: string } }) => a.target.source.includes('exchange=1'));
    expect(ours.map((a: { target: { selector: { exact: string }[] } }) => a.target.selector[0]!.exact).sort()).toEqual(
      [FIRST, SECOND].sort(),
    );
    await expect.poll(() => statusOf(panel)).toMatch(/^Exported \d+ notes? to gloss-notes-/);

    // Delete both, as a reader does.
    for (const quote of [FIRST, SECOND]) {
      const item = panel.locator('.note', { hasText: quote });
      await item.getByRole('button', { name: 'Delete' }).click();
      await item.getByRole('button', { name: 'Delete' }).click();
      await item.waitFor({ state: 'detached' });
    }
    await panel.getByText('No notes on this page yet.').waitFor();
    await expect.poll(() => noteHighlights(page)).toEqual([]);

    // Import the exported file through the file input: both notes come back, in the panel and in the page.
    await importFile(panel, 'gloss-notes.jsonld', exported);
    await expect.poll(() => statusOf(panel)).toMatch(/“gloss-notes\.jsonld”: 2 notes added/);
    await panel.locator('.note .text', { hasText: 'Capex guidance: $8bn last year.' }).waitFor();
    await panel.locator('.note .text', { hasText: 'Two reactors: check the capacity factor.' }).waitFor();
    await expect.poll(() => noteHighlights(page)).toEqual([FIRST, SECOND].sort());
    const count = (await allNotes(panel)).length;

    // The same file again adds nothing.
    await importFile(panel, 'gloss-notes.jsonld', exported);
    await expect.poll(() => statusOf(panel)).toMatch(/0 notes added, \d+ already here/);
    expect(await allNotes(panel)).toHaveLength(count);
    expect(await panel.locator('.note').count()).toBe(2);

    // A malformed file: the message says where, and nothing changed (the export is byte for byte the same).
    await importFile(panel, 'broken.jsonld', exported.replace('"type": "AnnotationCollection",', '"type": "AnnotationCollection"'));
    await expect.poll(() => statusOf(panel)).toMatch(/“broken\.jsonld” was not imported\. line 5, column \d+: this file is not valid JSON/);
    const wrongField = JSON.parse(exported);
    wrongField.first.items[0].created = 'last Tuesday';
    await importFile(panel, 'wrong.jsonld', JSON.stringify(wrongField));
    await expect.poll(() => statusOf(panel)).toMatch(/first\.items\[0\]\.created: expected an ISO 8601 date.*Nothing was imported\./);
    await importFile(panel, 'package.json', '{"name": "not-notes", "version": "1.0.0"}');
    await expect.poll(() => statusOf(panel)).toMatch(/This is not a Gloss or Hypothesis export/);
    expect(await exportJsonLd(panel)).toBe(exported);
    expect(await panel.locator('.note').count()).toBe(2);
  });

  test('a Hypothesis export is imported and anchored on its page; a second import adds nothing', async () => {
    const page = await openArticle('article.html?exchange=hypothesis');
    const panel = await gloss.openPanel(page);
    await panel.getByText('No notes on this page yet.').waitFor();
    const hypothesis = {
      export_date: '2026-11-20T10:00:00.000Z',
      export_userid: 'acct:reader@hypothes.is',
      client_version: '1.1500.0',
      annotations: [
        {
          id: 'Xy3kP2abQ0eD1fG2hI3jKl',
          created: '2026-11-19T08:30:00.123456+00:00',
          updated: '2026-11-19T09:00:00.654321+00:00',
          uri: `${page.url()}#from-hypothesis`,
          text: 'Imported from Hypothesis',
          tags: ['AI hardware'],
          target: [
            { source: page.url(), selector: [{ type: 'TextQuoteSelector', exact: THIRD, prefix: 'estimates that ', suffix: ' in 2024' }] },
          ],
          document: { title: ['Hypothesis title'] },
        },
      ],
    };
    await importFile(panel, 'hypothesis.json', JSON.stringify(hypothesis));
    await expect.poll(() => statusOf(panel)).toMatch(/“hypothesis\.json”: 1 note added\./);
    await panel.locator('.note .text', { hasText: 'Imported from Hypothesis' }).waitFor();
    await expect.poll(() => noteHighlights(page)).toEqual([THIRD]);
    await importFile(panel, 'hypothesis.json', JSON.stringify(hypothesis));
    await expect.poll(() => statusOf(panel)).toMatch(/0 notes added, 1 already here/);
    expect(await panel.locator('.note').count()).toBe(1);
  });

  test('Markdown export: a section per article with its quotes', async () => {
    const page = await openArticle('article.html?exchange=markdown');
    const panel = await addNote(gloss, page, SECOND, 'Reactors, in *Markdown*');
    const download = panel.waitForEvent('download');
    await panel.getByRole('button', { name: 'Export Markdown' }).click();
    const d = await download;
    expect(d.suggestedFilename()).toMatch(/\.md$/);
    const md = await readFile((await d.path())!, 'utf8');
    expect(md).toContain(`<${page.url()}>`);
    expect(md).toContain(`> ${SECOND}`);
    expect(md).toContain('Reactors, in \\*Markdown\\*');
  });
});

/** Files of a folder in the extension's origin-private file system, read from an extension page. */
async function opfsFiles(panel: Page, folder: string): Promise<Record<string, string>> {
  return panel.evaluate(async (name) => {
    const out: Record<string, string> = {};
    const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(name, { create: true });
    const read = async (d: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [entry, handle] of (d as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        if (handle.kind === 'file') out[prefix + entry] = await (await (handle as FileSystemFileHandle).getFile()).text();
        else await read(handle as FileSystemDirectoryHandle, `${prefix}${entry}/`);
      }
    };
    await read(dir, '');
    return out;
  }, folder);
}

describe('backup folder', () => {
  // The directory picker is a native dialog no test can drive. A folder of the origin-private file
  // system has the same FileSystemDirectoryHandle interface and is stored where the picked folder
  // would be; everything after the pick (the worker writing after each change) is the real path.
  test('the worker rewrites gloss-notes.jsonld and the article Markdown after every change, with the panel closed', async () => {
    const page = await openArticle('article.html?exchange=backup');
    let panel = await gloss.openPanel(page);
    const state = await panel.evaluate(async () => {
      const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('gloss-backup-test', { create: true });
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('gloss-backup', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('folder');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('folder', 'readwrite');
          tx.objectStore('folder').put(dir, 'folder');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      });
      return (await chrome.runtime.sendMessage({ type: 'backup.configure', payload: { mode: 'folder', periodHours: 24 } })).value;
    });
    expect(state).toMatchObject({ mode: 'folder', folderName: 'gloss-backup-test', problem: null, needsPermission: false });
    expect(state.lastWritten).toBeGreaterThan(0);
    await panel.reload();
    await panel.getByText(/written to the folder “gloss-backup-test” after every change/).waitFor();
    await panel.close();

    // A note written, the panel closed at once: the worker alone writes the backup.
    panel = await addNote(gloss, page, THIRD, 'Backed up without a click');
    await panel.close();
    const probe = await gloss.context.newPage();
    await probe.goto(`${gloss.origin}/sidepanel.html?tabId=0`);
    await expect
      .poll(async () => (await opfsFiles(probe, 'gloss-backup-test'))['gloss-notes.jsonld'] ?? '', { timeout: 20_000 })
      .toContain('Backed up without a click');
    const files = await opfsFiles(probe, 'gloss-backup-test');
    const md = Object.entries(files).filter(([name]) => name.startsWith('articles/') && files[name]!.includes(page.url()));
    expect(md).toHaveLength(1);
    expect(md[0]![1]).toContain(`> ${THIRD}`);
    expect(md[0]![1]).toContain('Backed up without a click');

    // Deleted: gone from the JSON-LD, and the article's Markdown file removed.
    panel = await gloss.openPanel(page);
    const item = panel.locator('.note', { hasText: THIRD });
    await item.getByRole('button', { name: 'Delete' }).click();
    await item.getByRole('button', { name: 'Delete' }).click();
    await panel.close();
    await expect
      .poll(async () => (await opfsFiles(probe, 'gloss-backup-test'))['gloss-notes.jsonld'] ?? '', { timeout: 20_000 })
      .not.toContain('Backed up without a click');
    expect(Object.keys(await opfsFiles(probe, 'gloss-backup-test'))).not.toContain(md[0]![0]);

    // Off: later changes are not written.
    await probe.evaluate(() => chrome.runtime.sendMessage({ type: 'backup.configure', payload: { mode: 'off', periodHours: 24 } }));
  });
});
