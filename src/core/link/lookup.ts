// A name to its link, and a link to its summary: cache first, then the network, then a stale cache entry when
// the network fails. The worker and the CLI call these two functions and nothing else, so both link alike.

import { chooseLink } from './score';
import type { LinkCache } from './cache';
import type { LinkClient } from './client';
import {
  RELATIONS,
  type Candidate,
  type EntityFacts,
  type Fetched,
  type Link,
  type LinkContext,
  type LinkFailure,
  type PageSummary,
} from './types';

export interface Linker {
  client: LinkClient;
  cache: LinkCache;
}

export interface Outcome<T> {
  value: T;
  /** When the data behind it was fetched (ms since epoch), or null when there is none. */
  asOf: number | null;
  /** Why the network gave nothing this time: the value is then from a stale cache entry, or empty. */
  failure: LinkFailure | null;
}

/** A name's candidates from Wikidata: search hits, their facts, and the labels of the items they relate to. */
export async function fetchCandidates(client: LinkClient, name: string, signal?: AbortSignal): Promise<Fetched<Candidate[]>> {
  const hits = await client.search(name, signal);
  if (!hits.ok) return hits;
  if (hits.value.length === 0) return { ok: true, value: [] };
  const facts = await client.entities(
    hits.value.map((h) => h.id),
    signal,
  );
  if (!facts.ok) return facts;
  const labels = new Map<string, string>();
  for (const f of facts.value.values()) labels.set(f.id, f.label);
  const targets = new Set<string>();
  for (const f of facts.value.values())
    for (const p of RELATIONS) for (const id of f.relations[p] ?? []) if (!labels.has(id)) targets.add(id);
  if (targets.size) {
    // Only labels: the claims of a country or a large company run to hundreds of kilobytes.
    const named = await client.labels([...targets], signal);
    if (!named.ok && named.failure.reason === 'aborted') return named;
    // Without the labels the relation signal is lost, not the link: scoring goes on.
    if (named.ok) for (const [id, label] of named.value) labels.set(id, label);
  }
  const targetLabels = (f: EntityFacts | undefined) => {
    const out: Record<string, string> = {};
    for (const p of RELATIONS) for (const id of f?.relations[p] ?? []) if (labels.get(id)) out[id] = labels.get(id)!;
    return out;
  };
  return {
    ok: true,
    value: hits.value.map((hit, rank) => ({
      hit,
      rank,
      facts: facts.value.get(hit.id) ?? null,
      targetLabels: targetLabels(facts.value.get(hit.id)),
    })),
  };
}

/** A name's candidates: fresh from the cache, else from the network (and cached), else stale from the cache. */
export async function candidatesFor(name: string, { client, cache }: Linker, signal?: AbortSignal): Promise<Outcome<Candidate[]>> {
  const cached = await cache.get('name', name);
  if (cached && !cached.stale) return { value: cached.value, asOf: cached.fetchedAt, failure: null };
  const fetched = await fetchCandidates(client, name, signal);
  if (fetched.ok) {
    await cache.put('name', name, fetched.value);
    const stored = await cache.get('name', name);
    return { value: fetched.value, asOf: stored?.fetchedAt ?? null, failure: null };
  }
  if (cached) return { value: cached.value, asOf: cached.fetchedAt, failure: fetched.failure };
  return { value: [], asOf: null, failure: fetched.failure };
}

/**
 * The item a name means in this article, or null. Only `context.name` is sent (and the ids it leads to); the
 * article's words and other names are used here, on the machine.
 */
export async function linkName(context: LinkContext, linker: Linker, signal?: AbortSignal): Promise<Outcome<Link | null>> {
  const found = await candidatesFor(context.name, linker, signal);
  return { ...found, value: chooseLink(context, found.value) };
}

/** The Wikipedia summary of a linked item (by its English title), cached by item id. */
export async function summaryFor(link: Link, { client, cache }: Linker, signal?: AbortSignal): Promise<Outcome<PageSummary | null>> {
  if (!link.hasArticle) return { value: null, asOf: null, failure: null };
  const cached = await cache.get('summary', link.qid);
  if (cached && !cached.stale) return { value: cached.value, asOf: cached.fetchedAt, failure: null };
  const fetched = await client.summary(link.title, signal);
  if (fetched.ok) {
    await cache.put('summary', link.qid, fetched.value);
    const stored = await cache.get('summary', link.qid);
    return { value: fetched.value, asOf: stored?.fetchedAt ?? null, failure: null };
  }
  if (cached) return { value: cached.value, asOf: cached.fetchedAt, failure: fetched.failure };
  return { value: null, asOf: null, failure: fetched.failure };
}
