import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { NotesError, OUT_OF_SPACE, openNotesStore, type NotesStore } from '../../src/background/notes-db';
import { describe as select } from '../../src/core/anchor';
import type { Note } from '../../src/core/types';

const article = 'Microsoft will spend $80 billion on AI data centers this year, its president said on Friday.';

let dbCount = 0;
const stores: NotesStore[] = [];
function fresh(): NotesStore {
  // A database per test: no state leaks between tests.
  const s = openNotesStore(`gloss-test-${++dbCount}`);
  stores.push(s);
  return s;
}
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  for (const s of stores.splice(0)) s.close();
});

function draft(quote: string, text: string, url = 'https://example.com/story', title = 'AI spending') {
  const start = article.indexOf(quote);
  return { url, title, text, target: { source: url, selector: select(article, start, start + quote.length) } };
}

describe('notes store', () => {
  it('creates notes with a fresh id and timestamps, and reads them back', async () => {
    const store = fresh();
    const before = Date.now();
    const a = await store.create(draft('$80 billion', 'Bigger than last year.'));
    const b = await store.create(draft('this year', 'Which fiscal year?'));
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.id).not.toBe(b.id);
    expect(a.created).toBeGreaterThanOrEqual(before);
    expect(a.modified).toBe(a.created);
    expect(await store.get(a.id)).toEqual(a);
    expect(await store.get('missing')).toBeNull();
  });

  it('lists the notes of a page in article order', async () => {
    const store = fresh();
    const late = await store.create(draft('on Friday', 'When exactly?'));
    const early = await store.create(draft('Microsoft', 'The company.'));
    const middle = await store.create(draft('$80 billion', 'How much in 2024?'));
    await store.create(draft('Microsoft', 'Elsewhere.', 'https://example.com/other'));
    expect((await store.forUrl('https://example.com/story')).map((n) => n.id)).toEqual([early.id, middle.id, late.id]);
    expect(await store.forUrl('https://example.com/none')).toEqual([]);
  });

  it('updates the text and modified time, keeps the rest', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1_000_000);
    const store = fresh();
    const note = await store.create(draft('$80 billion', 'first'));
    vi.setSystemTime(2_000_000);
    const updated = await store.update(note.id, 'second');
    expect(updated).toEqual({ ...note, text: 'second', modified: 2_000_000 });
    expect(await store.get(note.id)).toEqual(updated);
  });

  it('removes notes', async () => {
    const store = fresh();
    const a = await store.create(draft('$80 billion', 'a'));
    const b = await store.create(draft('this year', 'b'));
    await store.remove(a.id);
    expect(await store.get(a.id)).toBeNull();
    expect((await store.all()).map((n) => n.id)).toEqual([b.id]);
  });

  it('says clearly when a note to update or remove does not exist', async () => {
    const store = fresh();
    const kept = await store.create(draft('$80 billion', 'kept'));
    for (const attempt of [() => store.update('nope', 'x'), () => store.remove('nope')]) {
      const e = await attempt().catch((x: unknown) => x);
      expect(e).toBeInstanceOf(NotesError);
      expect((e as NotesError).code).toBe('not-found');
      expect((e as Error).message).toMatch(/no longer exists/);
    }
    expect(await store.all()).toEqual([kept]);
  });

  it('searches quote, text and title in any case, newest first; all notes for an empty query', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const store = fresh();
    vi.setSystemTime(1000);
    const byQuote = await store.create(draft('$80 billion', 'Big number.'));
    vi.setSystemTime(2000);
    const byText = await store.create(draft('this year', 'Check the BILLION figure in the filing.', 'https://example.com/b', 'Other'));
    vi.setSystemTime(3000);
    const byTitle = await store.create(draft('on Friday', 'A date.', 'https://example.com/c', 'Billions for AI'));
    vi.setSystemTime(4000);
    const none = await store.create(draft('Microsoft', 'The company.', 'https://example.com/d', 'Other'));

    const ids = (list: Note[]) => list.map((n) => n.id);
    expect(ids(await store.search('billion'))).toEqual([byTitle.id, byText.id, byQuote.id]);
    expect(ids(await store.search('  BILLION   filing '))).toEqual([byText.id]);
    expect(ids(await store.search('microsoft company'))).toEqual([none.id]);
    expect(await store.search('zebra')).toEqual([]);
    expect(ids(await store.search(''))).toEqual([none.id, byTitle.id, byText.id, byQuote.id]);
    expect(ids(await store.search('   '))).toEqual(ids(await store.all()));

    vi.setSystemTime(5000);
    await store.update(byQuote.id, 'Big number, edited.');
    expect(ids(await store.all())[0]).toBe(byQuote.id);
  });

  it('keeps notes across connections (the worker restarts)', async () => {
    const name = `gloss-test-${++dbCount}`;
    const first = openNotesStore(name);
    const note = await first.create(draft('$80 billion', 'persisted'));
    first.close();
    const second = openNotesStore(name);
    stores.push(second);
    expect(await second.all()).toEqual([note]);
  });

  it('creates the schema version 1: notes keyed by id, indexed by url and modified', async () => {
    const name = `gloss-test-${++dbCount}`;
    const store = openNotesStore(name);
    await store.all();
    store.close();
    const db = await openDB(name);
    const tx = db.transaction('notes');
    expect(db.version).toBe(1);
    expect(tx.store.keyPath).toBe('id');
    expect([...tx.store.indexNames].sort()).toEqual(['modified', 'url']);
    db.close();
  });
});

describe('out of storage space', () => {
  function quotaOnWrite(how: 'throw' | 'abort') {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    for (const method of ['add', 'put'] as const) {
      const original = IDBObjectStore.prototype[method];
      vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args) {
        if (how === 'throw') throw quota;
        // As browsers do when the disk fills at commit: the request succeeds, then the
        // transaction aborts with a QuotaExceededError.
        const request = original.apply(this, args as Parameters<typeof original>);
        const tx = this.transaction;
        request.addEventListener('success', () => {
          tx.abort();
          Object.defineProperty(tx, 'error', { value: quota, configurable: true });
        });
        return request;
      });
    }
  }

  for (const how of ['throw', 'abort'] as const) {
    it(`rejects with a readable message and keeps existing notes (${how})`, async () => {
      const store = fresh();
      const a = await store.create(draft('$80 billion', 'first'));
      const b = await store.create(draft('this year', 'second'));

      quotaOnWrite(how);
      for (const attempt of [() => store.create(draft('Microsoft', 'third')), () => store.update(a.id, 'changed')]) {
        const e = await attempt().catch((x: unknown) => x);
        expect(e).toBeInstanceOf(NotesError);
        expect((e as NotesError).code).toBe('storage');
        expect((e as Error).message).toBe(OUT_OF_SPACE);
      }
      vi.restoreAllMocks();

      const all = await store.all();
      expect(all.map((n) => [n.id, n.text]).sort()).toEqual(
        [
          [a.id, 'first'],
          [b.id, 'second'],
        ].sort(),
      );
      // The store still works once space is freed.
      const c = await store.create(draft('Microsoft', 'third'));
      expect((await store.all()).map((n) => n.id)).toContain(c.id);
    });
  }

  it('explains other storage failures without calling them quota problems', async () => {
    const store = fresh();
    await store.create(draft('$80 billion', 'first'));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('Disk I/O failed', 'UnknownError');
    });
    const e = await store.update((await store.all())[0]!.id, 'x').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(NotesError);
    expect((e as Error).message).toMatch(/could not save.*nothing was changed.*Disk I\/O failed/);
  });
});
