import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import {
  BLOCKED,
  MAX_URLS_PER_NOTE,
  NEWER_VERSION,
  NotesError,
  OUT_OF_SPACE,
  SCHEMA_VERSION,
  openNotesStore,
  type NotesStore,
} from '../../src/background/notes-db';
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
  // The id is the reader's draft's, chosen before the note is saved.
  return {
    id: crypto.randomUUID(),
    url,
    urls: [url],
    title,
    text,
    tags: [],
    entities: [],
    target: { source: url, selector: select(article, start, start + quote.length) },
  };
}

/** Lets fake-indexeddb run its queued tasks (it schedules with setImmediate). */
async function ticks(n = 20) {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
}

/** How a promise stands, without waiting for it. */
function track<T>(p: Promise<T>) {
  const state: { settled: boolean; value?: T; error?: unknown } = { settled: false };
  p.then(
    (value) => Object.assign(state, { settled: true, value }),
    (error: unknown) => Object.assign(state, { settled: true, error }),
  );
  return state;
}

describe('notes store', () => {
  it("creates notes under the caller's id with timestamps, and reads them back", async () => {
    const store = fresh();
    const before = Date.now();
    const first = draft('$80 billion', 'Bigger than last year.');
    const a = await store.create(first);
    const b = await store.create(draft('this year', 'Which fiscal year?'));
    expect(a).toEqual({ ...first, created: a.created, modified: a.created });
    expect(a.id).not.toBe(b.id);
    expect(a.created).toBeGreaterThanOrEqual(before);
    expect(a.modified).toBe(a.created);
    expect(await store.get(a.id)).toEqual(a);
    expect(await store.get('missing')).toBeNull();
  });

  it('creates once per id: a retry returns the stored note unchanged', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1_000_000);
    const store = fresh();
    const d = draft('$80 billion', 'first try');
    const saved = await store.create(d);
    vi.setSystemTime(2_000_000);
    // The reply was lost and the panel retries (here with different text, which must not win).
    expect(await store.create({ ...d, text: 'retry' })).toEqual(saved);
    expect(saved).toMatchObject({ text: 'first try', created: 1_000_000, modified: 1_000_000 });
    expect(await store.all()).toEqual([saved]);
  });

  it('gives one note for concurrent creates with the same id', async () => {
    const store = fresh();
    const d = draft('$80 billion', 'once');
    const results = await Promise.all([store.create(d), store.create({ ...d, text: 'twice' }), store.create(d)]);
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
    expect(await store.all()).toEqual([results[0]]);
  });

  it('writes with strict durability', async () => {
    const store = fresh();
    await store.all(); // Opened before spying: the upgrade transaction is not ours to choose.
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const note = await store.create(draft('$80 billion', 'a'));
    await store.create(note);
    await store.update(note.id, 'b');
    await store.remove(note.id);
    const writes = transaction.mock.calls.flatMap((args, i) =>
      args[1] === 'readwrite' ? [(transaction.mock.results[i]!.value as IDBTransaction).durability] : [],
    );
    expect(writes).toEqual(['strict', 'strict', 'strict', 'strict']);
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

  it('finds a page by any of its keys, each note once, in article order', async () => {
    const store = fresh();
    const a = await store.create({ ...draft('this year', 'later'), urls: ['https://example.com/story', 'https://example.com/amp'] });
    const b = await store.create({ ...draft('$80 billion', 'earlier'), urls: ['https://example.com/story'] });
    await store.create({ ...draft('Microsoft', 'elsewhere'), url: 'https://example.com/other', urls: ['https://example.com/other'] });
    const found = await store.forUrls(['https://example.com/amp', 'https://example.com/story', 'https://example.com/story']);
    expect(found.map((n) => n.id)).toEqual([b.id, a.id]);
    expect(await store.forUrls([])).toEqual([]);
  });

  it('records missing keys on notes without touching their modified time, up to a cap', async () => {
    const store = fresh();
    const a = await store.create(draft('$80 billion', 'x'));
    await store.addUrls([a.id, 'deleted-meanwhile'], ['https://example.com/story', 'https://example.com/canonical']);
    const now = (await store.get(a.id))!;
    expect(now.urls).toEqual(['https://example.com/story', 'https://example.com/canonical']);
    expect(now.modified).toBe(a.modified);
    expect((await store.forUrl('https://example.com/canonical')).map((n) => n.id)).toEqual([a.id]);
    const many = Array.from({ length: MAX_URLS_PER_NOTE + 10 }, (_, i) => `https://example.com/v${i}`);
    await store.addUrls([a.id], many);
    expect((await store.get(a.id))!.urls).toHaveLength(MAX_URLS_PER_NOTE);
  });

  it('creates the current schema: notes keyed by id, indexed by url, every url, tags, entities and modified', async () => {
    const name = `gloss-test-${++dbCount}`;
    const store = openNotesStore(name);
    await store.all();
    store.close();
    const db = await openDB(name);
    const tx = db.transaction('notes');
    expect(db.version).toBe(SCHEMA_VERSION);
    expect(tx.store.keyPath).toBe('id');
    expect([...tx.store.indexNames].sort()).toEqual(['entities', 'modified', 'tags', 'url', 'urls']);
    expect(tx.store.index('urls').multiEntry).toBe(true);
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

describe('opening the database', () => {
  const name = () => `gloss-test-${++dbCount}`;

  it('closes for a newer Gloss that upgrades, then says the notes need the newer version', async () => {
    const db = name();
    const store = openNotesStore(db);
    stores.push(store);
    const note = await store.create(draft('$80 billion', 'kept'));

    // The newer version's open must not be reported blocked by this connection.
    const newer = await new Promise<'opened' | 'blocked'>((resolve) => {
      void openDB(db, SCHEMA_VERSION + 1, { blocked: () => resolve('blocked') }).then((d) => {
        d.close();
        resolve('opened');
      });
    });
    expect(newer).toBe('opened');

    const e = await store.all().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(NotesError);
    expect((e as Error).message).toBe(NEWER_VERSION);
    const reopened = await openDB(db);
    expect(await reopened.getAll('notes')).toEqual([note]);
    reopened.close();
  });

  it('explains a database from a newer Gloss and leaves its notes alone', async () => {
    const db = name();
    const theirs = { ...draft('$80 billion', 'from the future'), created: 1, modified: 1 };
    const newer = await openDB(db, SCHEMA_VERSION + 1, {
      upgrade(d) {
        d.createObjectStore('notes', { keyPath: 'id' });
      },
    });
    await newer.put('notes', theirs);
    newer.close();

    const store = openNotesStore(db);
    stores.push(store);
    for (const attempt of [() => store.all(), () => store.create(draft('this year', 'mine')), () => store.remove(theirs.id)]) {
      const e = await attempt().catch((x: unknown) => x);
      expect(e).toBeInstanceOf(NotesError);
      expect((e as NotesError).code).toBe('storage');
      expect((e as Error).message).toBe(NEWER_VERSION);
    }
    store.close();

    const again = await openDB(db, SCHEMA_VERSION + 1);
    expect(again.version).toBe(SCHEMA_VERSION + 1);
    expect(await again.getAll('notes')).toEqual([theirs]);
    again.close();
  });

  it('waits for an older connection, tells callers if it stays open, and opens once it closes', async () => {
    const db = name();
    const setup = openNotesStore(db);
    const note = await setup.create(draft('$80 billion', 'kept'));
    setup.close();
    // An older connection that ignores versionchange, as a stuck older Gloss would.
    const older = await openDB(db, SCHEMA_VERSION);

    // The store behaves as the next version of Gloss; the test watches its open request.
    const open = indexedDB.open.bind(indexedDB);
    let blocked = false;
    vi.spyOn(indexedDB, 'open').mockImplementation((n, version) => {
      const request = open(n, (version ?? 1) + 1);
      request.addEventListener('blocked', () => (blocked = true));
      return request;
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

    const store = openNotesStore(db);
    stores.push(store);
    const first = track(store.all());
    for (let i = 0; i < 100 && !blocked; i++) await ticks(1);
    expect(blocked).toBe(true);
    expect(warn).toHaveBeenCalled();
    await ticks();
    expect(first.settled).toBe(false); // Still waiting: the older connection may yet close.

    await vi.advanceTimersByTimeAsync(60_000);
    await ticks();
    expect(first.settled).toBe(true);
    expect(first.error).toBeInstanceOf(NotesError);
    expect((first.error as Error).message).toBe(BLOCKED);

    // Still blocked: later calls are told at once rather than waiting again.
    await expect(store.get(note.id)).rejects.toThrow(BLOCKED);

    // The open went on; once the older connection has closed, calls work and the notes are there.
    older.close();
    await ticks();
    expect(await store.all()).toEqual([note]);
    expect(indexedDB.open).toHaveBeenCalledTimes(1);
  });
});
