// The look-up cache in the extension's IndexedDB, in a database of its own ('gloss-links'): the notes database
// is the reader's writing and must never be cleared, migrated or filled up by a cache. Only the worker opens it.
// The kinds, ages and keys are those of core/link/cache.ts; this adds storage and least-recently-used eviction.

import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import {
  asCached,
  cacheKey,
  MAX_ENTRIES,
  type CacheEntry,
  type CacheKind,
  type CacheOptions,
  type CacheValues,
  type Cached,
  type LinkCache,
} from '../core/link/cache';

interface LinksDB extends DBSchema {
  entries: { key: string; value: CacheEntry; indexes: { usedAt: number } };
}

export const LINKS_DB = 'gloss-links';
export const LINKS_SCHEMA_VERSION = 1;

export class IdbLinkCache implements LinkCache {
  private db: Promise<IDBPDatabase<LinksDB>> | null = null;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(
    private readonly name = LINKS_DB,
    options: CacheOptions = {},
  ) {
    this.maxEntries = options.maxEntries ?? MAX_ENTRIES;
    this.now = options.now ?? Date.now;
  }

  private open(): Promise<IDBPDatabase<LinksDB>> {
    this.db ??= openDB<LinksDB>(this.name, LINKS_SCHEMA_VERSION, {
      upgrade(db, oldVersion) {
        if (oldVersion < 1) db.createObjectStore('entries', { keyPath: 'key' }).createIndex('usedAt', 'usedAt');
      },
      // A newer Gloss wants the database: let it have it; the next call opens again.
      blocking: () => this.close(),
    }).catch((e: unknown) => {
      this.db = null;
      throw e;
    });
    return this.db;
  }

  async get<K extends CacheKind>(kind: K, key: string): Promise<Cached<CacheValues[K]> | null> {
    const db = await this.open();
    const tx = db.transaction('entries', 'readwrite');
    const entry = (await tx.store.get(cacheKey(kind, key))) as CacheEntry<K> | undefined;
    if (!entry) {
      await tx.done;
      return null;
    }
    entry.usedAt = this.now();
    await tx.store.put(entry);
    await tx.done;
    return asCached(entry, this.now());
  }

  async put<K extends CacheKind>(kind: K, key: string, value: CacheValues[K]): Promise<void> {
    const db = await this.open();
    const now = this.now();
    const tx = db.transaction('entries', 'readwrite');
    await tx.store.put({ key: cacheKey(kind, key), kind, value, fetchedAt: now, usedAt: now });
    let excess = (await tx.store.count()) - this.maxEntries;
    if (excess > 0) {
      let cursor = await tx.store.index('usedAt').openCursor();
      while (cursor && excess > 0) {
        await cursor.delete();
        excess--;
        cursor = await cursor.continue();
      }
    }
    await tx.done;
  }

  async clear(): Promise<void> {
    const db = await this.open();
    await db.clear('entries');
  }

  close(): void {
    const db = this.db;
    this.db = null;
    void db?.then((d) => d.close()).catch(() => undefined);
  }
}
