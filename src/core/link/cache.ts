// What look-ups found, kept so a card is instant the second time and still says something offline. Two kinds of
// entry: a name's candidates (search hits with their facts, scored again for each article, because "Gemini" in
// a story about Google and in one about astronomy are different links) and an item's Wikipedia summary. Every
// entry carries the date it was fetched, so a card can say "as of <date>"; an entry past its age is still
// returned, marked stale, for when the network fails. Bounded: the least recently used entry goes first.

import type { Candidate, PageSummary } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A name's candidates change slowly (new items, new descriptions): a month. */
export const NAME_TTL_MS = 30 * DAY_MS;
/** A Wikipedia summary's first sentences are edited more often: a week. */
export const SUMMARY_TTL_MS = 7 * DAY_MS;
/** "Nothing found" is often a name that gets an item soon (a new company, a new model): a day. */
export const NOTHING_TTL_MS = DAY_MS;
/** Entries kept at most. A name's entry is 1–5 KB, so this is a few megabytes at worst. */
export const MAX_ENTRIES = 2000;

export interface CacheValues {
  /** Name → its candidates; empty when Wikidata found nothing. */
  name: Candidate[];
  /** Item id → its summary; null when the item has no usable article. */
  summary: PageSummary | null;
}
export type CacheKind = keyof CacheValues;

export interface Cached<T> {
  value: T;
  /** When it was fetched (ms since epoch): the card's "as of". */
  fetchedAt: number;
  /** Past its age: use it only when a fresh answer cannot be had. */
  stale: boolean;
}

/** One stored entry, as both implementations keep it. */
export interface CacheEntry<K extends CacheKind = CacheKind> {
  key: string;
  kind: K;
  value: CacheValues[K];
  fetchedAt: number;
  usedAt: number;
}

export interface LinkCache {
  get<K extends CacheKind>(kind: K, key: string): Promise<Cached<CacheValues[K]> | null>;
  put<K extends CacheKind>(kind: K, key: string, value: CacheValues[K]): Promise<void>;
  clear(): Promise<void>;
}

export interface CacheOptions {
  maxEntries?: number;
  now?: () => number;
}

/** How long an entry stays fresh: "nothing" answers expire sooner than found ones. */
export function ttlOf<K extends CacheKind>(kind: K, value: CacheValues[K]): number {
  const nothing = value === null || (Array.isArray(value) && value.length === 0);
  if (nothing) return NOTHING_TTL_MS;
  return kind === 'name' ? NAME_TTL_MS : SUMMARY_TTL_MS;
}

/** The stored key: kind and the name folded the way Wikidata's search folds it (case and spacing). */
export function cacheKey(kind: CacheKind, key: string): string {
  return `${kind}:${key.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

/** An entry as a caller sees it. */
export function asCached<K extends CacheKind>(entry: CacheEntry<K>, now: number): Cached<CacheValues[K]> {
  return { value: entry.value, fetchedAt: entry.fetchedAt, stale: now - entry.fetchedAt > ttlOf(entry.kind, entry.value) };
}

/** The cache of one process (the CLI, tests): a Map in use order. */
export class MemoryLinkCache implements LinkCache {
  private readonly entries = new Map<string, CacheEntry>();
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: CacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? MAX_ENTRIES;
    this.now = options.now ?? Date.now;
  }

  async get<K extends CacheKind>(kind: K, key: string): Promise<Cached<CacheValues[K]> | null> {
    const k = cacheKey(kind, key);
    const entry = this.entries.get(k) as CacheEntry<K> | undefined;
    if (!entry) return null;
    // Re-inserted so the Map's order stays the use order.
    this.entries.delete(k);
    entry.usedAt = this.now();
    this.entries.set(k, entry);
    return asCached(entry, this.now());
  }

  async put<K extends CacheKind>(kind: K, key: string, value: CacheValues[K]): Promise<void> {
    const k = cacheKey(kind, key);
    const now = this.now();
    this.entries.delete(k);
    this.entries.set(k, { key: k, kind, value, fetchedAt: now, usedAt: now });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
  }

  async clear(): Promise<void> {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
