// The schema ladder from a real v1 database: notes stored by the first Gloss (no `urls`, `tags`
// or `entities`), upgraded by today's openNotesStore. Nothing may be lost on the way.
import 'fake-indexeddb/auto';
import { openDB, type IDBPDatabase } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, openNotesStore, type NotesStore } from '../../src/background/notes-db';
import { describe as select } from '../../src/core/anchor';
import { pageUrls } from '../../src/core/urls';

const article = 'Microsoft will spend $80 billion on AI data centers this year, its president said on Friday.';

/** A note exactly as v1 stored it (src/core/types.ts at v1: no urls, tags or entities). */
function v1Note(id: string, url: string, quote: string, text: string, created: number) {
  const start = article.indexOf(quote);
  return {
    id,
    url,
    title: 'AI spending',
    target: { source: url, selector: select(article, start, start + quote.length) },
    text,
    created,
    modified: created,
  };
}

/** The v1 database, built as v1's openNotesStore built it: one store keyed by id, indexed by url and modified. */
async function v1Database(name: string, notes: ReturnType<typeof v1Note>[]): Promise<void> {
  const db = await openDB(name, 1, {
    upgrade(d) {
      const store = d.createObjectStore('notes', { keyPath: 'id' });
      store.createIndex('url', 'url');
      store.createIndex('modified', 'modified');
    },
  });
  for (const n of notes) await db.put('notes', n);
  db.close();
}

let count = 0;
const stores: NotesStore[] = [];
const opened: IDBPDatabase[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of opened.splice(0)) d.close();
});

const STORY = 'https://www.example.com/story';
const OTHER = 'https://example.com/other?id=2';
const fixture = [
  v1Note('a', STORY, '$80 billion', 'first', 1_000),
  v1Note('b', STORY, 'its president', 'second', 2_000),
  v1Note('c', OTHER, 'AI data centers', 'third', 3_000),
];

describe('upgrading a v1 database', () => {
  it('keeps every note, files each under its url, and finds it by that url and by the page’s other keys', async () => {
    const name = `gloss-upgrade-${++count}`;
    await v1Database(name, fixture);
    const store = openNotesStore(name);
    stores.push(store);

    const all = await store.all();
    expect(all).toHaveLength(fixture.length);
    for (const old of fixture) {
      const now = all.find((n) => n.id === old.id)!;
      // Every v1 field kept as it was; the v2 fields added.
      expect(now).toEqual({ ...old, urls: [old.url], tags: [], entities: [] });
    }
    expect((await store.forUrl(STORY)).map((n) => n.id)).toEqual(['a', 'b']);
    expect((await store.forUrl(OTHER)).map((n) => n.id)).toEqual(['c']);
    // The page as a v2 worker sees it (its http, bare-host copy): its keys include the v1 url.
    expect((await store.forUrls(pageUrls('http://example.com/story?utm_source=x', null, null))).map((n) => n.id)).toEqual([]);
    expect((await store.forUrls(pageUrls('https://www.example.com/story?utm_source=x', null, null))).map((n) => n.id)).toEqual(['a', 'b']);

    const db = await openDB(name);
    opened.push(db);
    expect(db.version).toBe(SCHEMA_VERSION);
    expect([...db.transaction('notes').store.indexNames].sort()).toEqual(['entities', 'modified', 'tags', 'url', 'urls']);
  });

  it('records the page’s other keys on upgraded notes, so the bare and http copies find them next time', async () => {
    const name = `gloss-upgrade-${++count}`;
    await v1Database(name, fixture);
    const store = openNotesStore(name);
    stores.push(store);
    const keys = pageUrls('https://www.example.com/story', null, null);
    const found = await store.forUrls(keys);
    await store.addUrls(
      found.map((n) => n.id),
      keys,
    );
    const viaHttp = pageUrls('http://example.com/story', null, null);
    expect((await store.forUrls(viaHttp)).map((n) => n.id)).toEqual(['a', 'b']);
    // Recording keys is not an edit.
    expect((await store.get('a'))!.modified).toBe(1_000);
  });

  it('upgrades while a v1 Gloss still has the database open, once that connection steps aside', async () => {
    const name = `gloss-upgrade-${++count}`;
    await v1Database(name, fixture);
    // A v1 worker still running: it closes on versionchange, as v1's `blocking` handler did.
    const old = await openDB(name, 1, {
      blocking(_current, _next, event) {
        (event.target as IDBDatabase).close();
      },
    });
    let versionChanged = false;
    old.addEventListener('versionchange', () => (versionChanged = true));
    const store = openNotesStore(name);
    stores.push(store);
    expect((await store.all()).map((n) => n.id).sort()).toEqual(['a', 'b', 'c']);
    expect(versionChanged).toBe(true);
    // The old connection is closed: using it fails, the data is safe in the new one.
    expect(() => old.transaction('notes')).toThrow();
    expect((await store.forUrl(OTHER)).map((n) => n.id)).toEqual(['c']);
  });
});
