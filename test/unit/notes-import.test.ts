// The notes store's import: one strict transaction, newer copy wins, all or nothing.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotesError, openNotesStore, type NotesStore } from '../../src/background/notes-db';
import { describe as select } from '../../src/core/anchor';
import { parseImport } from '../../src/core/exchange/import';
import { toJsonLd } from '../../src/core/exchange/jsonld';
import type { Note } from '../../src/core/types';

const article = 'Microsoft will spend $80 billion on AI data centers this year, its president said on Friday.';
let dbCount = 0;
const stores: NotesStore[] = [];
function fresh(): NotesStore {
  const s = openNotesStore(`gloss-import-test-${++dbCount}`);
  stores.push(s);
  return s;
}
afterEach(() => {
  vi.restoreAllMocks();
  for (const s of stores.splice(0)) s.close();
});

function note(quote: string, text: string, modified = 1_000): Note {
  const start = article.indexOf(quote);
  const url = 'https://example.com/story';
  return {
    id: crypto.randomUUID(),
    url,
    urls: [url],
    title: 'AI spending',
    target: { source: url, selector: select(article, start, start + quote.length) },
    text,
    tags: [],
    entities: [],
    created: 500,
    modified,
  };
}

describe('importNotes', () => {
  it('adds notes whose id is absent, keeps the newer copy of one present, and counts each', async () => {
    const store = fresh();
    const kept = await store.create(note('Microsoft', 'mine, edited today'));
    const older = await store.create(note('on Friday', 'old text'));
    const incoming = [
      { ...kept, text: 'an older backup copy', modified: kept.modified - 10 },
      { ...older, text: 'newer text from another browser', modified: older.modified + 10 },
      note('$80 billion', 'only in the file'),
    ];
    expect(await store.importNotes(incoming)).toEqual({ added: 1, updated: 1, unchanged: 1 });
    expect((await store.get(kept.id))!.text).toBe('mine, edited today');
    expect((await store.get(older.id))!.text).toBe('newer text from another browser');
    expect(await store.get(incoming[2]!.id)).toEqual(incoming[2]);
    // The same file again adds nothing.
    expect(await store.importNotes(incoming)).toEqual({ added: 0, updated: 0, unchanged: 3 });
    expect(await store.all()).toHaveLength(3);
  });

  it('restores an export into an empty store, note for note', async () => {
    const source = fresh();
    await source.create(note('Microsoft', 'a'));
    await source.create(note('$80 billion', 'b'));
    const file = toJsonLd(await source.all());
    const target = fresh();
    expect(await target.importNotes(parseImport(file).notes)).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(toJsonLd(await target.all())).toBe(file);
  });

  it('writes in one strict transaction', async () => {
    const store = fresh();
    await store.all();
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    await store.importNotes([note('Microsoft', 'a'), note('on Friday', 'b'), note('$80 billion', 'c')]);
    const writes = transaction.mock.calls.flatMap((args, i) =>
      args[1] === 'readwrite' ? [(transaction.mock.results[i]!.value as IDBTransaction).durability] : [],
    );
    expect(writes).toEqual(['strict']);
  });

  it('changes nothing when one note cannot be stored', async () => {
    const store = fresh();
    const mine = await store.create(note('Microsoft', 'mine'));
    // A value IndexedDB cannot clone fails the third write, after two succeeded in the transaction.
    const broken = { ...note('on Friday', 'x'), tags: [() => 1] } as unknown as Note;
    await expect(
      store.importNotes([note('$80 billion', 'a'), { ...mine, text: 'newer', modified: mine.modified + 1 }, broken]),
    ).rejects.toBeInstanceOf(NotesError);
    expect(await store.all()).toEqual([mine]);
  });
});
