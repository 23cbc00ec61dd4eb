// The look-up cache: ages per kind, "as of" dates, stale entries kept for offline use, least-recently-used
// eviction; the same behaviour in memory (core/link/cache.ts) and in IndexedDB (background/link-cache.ts), with
// injected clocks.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { IdbLinkCache, LINKS_DB } from '../../src/background/link-cache';
import { MemoryLinkCache, NAME_TTL_MS, NOTHING_TTL_MS, SUMMARY_TTL_MS, type CacheOptions, type LinkCache } from '../../src/core/link/cache';
import type { Candidate, PageSummary } from '../../src/core/link/types';

const DAY = 24 * 3600 * 1000;
const T0 = Date.UTC(2026, 10, 1);
const candidate: Candidate = {
  hit: { id: 'Q90', label: 'Paris', description: 'capital and largest city of France', match: 'label', aliases: [] },
  rank: 0,
  facts: {
    id: 'Q90',
    label: 'Paris',
    description: 'capital and largest city of France',
    instanceOf: ['Q515'],
    relations: { P17: ['Q142'] },
    enwiki: 'Paris',
    sitelinks: 1,
  },
  targetLabels: { Q142: 'France' },
};
const summary: PageSummary = {
  title: 'Paris',
  description: 'capital',
  extract: 'Paris is the capital of France.',
  thumbnail: null,
  pageUrl: 'https://en.wikipedia.org/wiki/Paris',
};

let dbs = 0;
const stores: [string, (o: CacheOptions) => LinkCache][] = [
  ['memory', (o) => new MemoryLinkCache(o)],
  ['IndexedDB', (o) => new IdbLinkCache(`gloss-links-test-${dbs++}`, o)],
];

describe.each(stores)('%s cache', (_, make) => {
  it('keeps a name’s candidates 30 days, a summary 7, "nothing found" 1, each with its fetch date', async () => {
    let now = T0;
    const cache = make({ now: () => now });
    await cache.put('name', 'Paris', [candidate]);
    await cache.put('name', 'Northwind Analytics', []);
    await cache.put('summary', 'Q90', summary);
    await cache.put('summary', 'Q1', null);
    expect(await cache.get('name', 'paris ')).toEqual({ value: [candidate], fetchedAt: T0, stale: false });
    now = T0 + NOTHING_TTL_MS + 1;
    expect((await cache.get('name', 'Northwind Analytics'))?.stale).toBe(true);
    expect((await cache.get('summary', 'Q1'))?.stale).toBe(true);
    expect((await cache.get('summary', 'Q90'))?.stale).toBe(false);
    now = T0 + SUMMARY_TTL_MS + 1;
    expect((await cache.get('summary', 'Q90'))?.stale).toBe(true);
    expect((await cache.get('name', 'Paris'))?.stale).toBe(false);
    now = T0 + NAME_TTL_MS + 1;
    // Past its age, still there (for offline cards), with the date it was fetched.
    expect(await cache.get('name', 'Paris')).toEqual({ value: [candidate], fetchedAt: T0, stale: true });
    expect(await cache.get('name', 'Apple')).toBeNull();
  });

  it('evicts the least recently used entry, reading counting as use', async () => {
    let now = T0;
    const cache = make({ now: () => now, maxEntries: 3 });
    for (const name of ['a', 'b', 'c']) {
      now += 1000;
      await cache.put('name', name, []);
    }
    now += 1000;
    await cache.get('name', 'a'); // a is now the most recent
    now += 1000;
    await cache.put('name', 'd', []);
    expect(await cache.get('name', 'b')).toBeNull();
    for (const name of ['a', 'c', 'd']) expect(await cache.get('name', name)).not.toBeNull();
  });

  it('a fresh put replaces the entry and its date', async () => {
    let now = T0;
    const cache = make({ now: () => now });
    await cache.put('name', 'Paris', []);
    now = T0 + 5 * DAY;
    await cache.put('name', 'Paris', [candidate]);
    expect(await cache.get('name', 'Paris')).toEqual({ value: [candidate], fetchedAt: T0 + 5 * DAY, stale: false });
    await cache.clear();
    expect(await cache.get('name', 'Paris')).toBeNull();
  });
});

describe('IndexedDB cache', () => {
  it('lives in its own database, never the notes database', async () => {
    const cache = new IdbLinkCache();
    await cache.put('name', 'Paris', [candidate]);
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).toContain(LINKS_DB);
    expect(LINKS_DB).toBe('gloss-links');
    expect(names).not.toContain('gloss');
    expect((await cache.get('name', 'Paris'))?.value).toEqual([candidate]);
    cache.close();
  });

  it('survives a new connection (a worker restart)', async () => {
    const first = new IdbLinkCache('gloss-links-restart', { now: () => T0 });
    await first.put('summary', 'Q90', summary);
    first.close();
    const second = new IdbLinkCache('gloss-links-restart', { now: () => T0 + DAY });
    expect(await second.get('summary', 'Q90')).toEqual({ value: summary, fetchedAt: T0, stale: false });
    second.close();
  });
});
