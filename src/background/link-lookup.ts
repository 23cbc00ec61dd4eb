// A card's look-up in the worker: which name a mark is (from the worker's own analysis of the tab, never from the
// page's message), whether look-ups may happen at all (the reader's settings, not in private windows), then
// `linkName()` and `summaryFor()` of core/link, the image fetched here and handed over as a data: URL, and one
// look-up per tab at a time, abandoned when its card closes. Browser APIs come in through `LinkDeps`, so the
// unit tests run this with fake-indexeddb and the loopback knowledge server.

import type { Analysis } from '../core/cards';
import type { LinkCache } from '../core/link/cache';
import { LinkClient } from '../core/link/client';
import { linkName, summaryFor, type Linker, type Outcome } from '../core/link/lookup';
import { articleWords } from '../core/link/score';
import type { LinkSettings } from '../core/link/settings';
import type { Link, LinkFailure, PageSummary } from '../core/link/types';
import type { LinkReply } from '../core/protocol';
import type { EntityType } from '../core/types';
import { fetchImage } from './link-image';

export interface LinkDeps {
  settings(): Promise<LinkSettings>;
  /** Whether the browser lets Gloss reach both endpoints (the reader may have withdrawn the permission). */
  allowed(settings: LinkSettings): Promise<boolean>;
  cache: LinkCache;
  userAgent: string;
  fetch?: typeof fetch;
  now?: () => number;
  /** How long one request may take (the client's 3 s by default). */
  timeoutMs?: number;
}

/** What a look-up gives the worker: the card's reply, and the marks to repaint when the link corrected the type. */
export interface LinkResult {
  reply: LinkReply;
  retype: { markIds: number[]; kind: EntityType } | null;
}

/** Where the look-up runs from: the tab, whether it is a private window, and its live analysis. */
export interface LinkAsker {
  tabId: number;
  incognito: boolean;
  analysis: Analysis;
}

/**
 * After an image could not be fetched, cards go without it this long before it is tried again: offline, every
 * hover would otherwise wait for the image host to fail (up to the 3 s limit) before the card could say anything.
 */
export const IMAGE_RETRY_MS = 10 * 60 * 1000;
const MAX_IMAGE_FAILURES = 500;

const CANCELLED: LinkReply = { state: 'failed', reason: 'The look-up was cancelled.' };

export class NameLinks {
  /** One client per pair of endpoints: its queue and its Retry-After state belong to those servers. */
  private client: { key: string; client: LinkClient } | null = null;
  /** The look-up each tab's card is waiting for; a tab shows one card at a time. */
  private readonly running = new Map<number, { markId: number; controller: AbortController }>();
  /** Image addresses that failed, and when: not asked again before `IMAGE_RETRY_MS`. */
  private readonly imageFailures = new Map<string, number>();
  /** The article's words, once per analysis (the scorer reads them for every name). */
  private readonly words = new WeakMap<Analysis, ReadonlySet<string>>();

  constructor(private readonly deps: LinkDeps) {}

  async lookUp({ tabId, incognito, analysis }: LinkAsker, markId: number): Promise<LinkResult> {
    const nothing = (reply: LinkReply): LinkResult => ({ reply, retype: null });
    // Checked before the settings: a private window's names never leave the machine, whatever is set.
    if (incognito) return nothing({ state: 'off', why: 'private' });
    const target = analysis.targets[markId];
    const group = target?.kind === 'entity' ? analysis.groups.get(target.group) : undefined;
    if (!group) return nothing({ state: 'failed', reason: 'That mark is not a name.' });
    const settings = await this.deps.settings();
    if (!settings.enabled || !(await this.deps.allowed(settings))) return nothing({ state: 'off', why: 'settings' });

    this.cancel(tabId);
    const controller = new AbortController();
    this.running.set(tabId, { markId, controller });
    try {
      const linker = this.linker(settings);
      const signal = controller.signal;
      const context = { name: group.name, type: group.type, words: this.wordsOf(analysis), otherNames: [...analysis.groups.keys()] };
      const found = await linkName(context, linker, signal);
      if (signal.aborted) return nothing(CANCELLED);
      const link = found.value;
      if (!link) return nothing(found.failure && found.asOf === null ? failed(found.failure) : { state: 'none' });
      const summary = await this.summary(link, linker, signal);
      if (signal.aborted) return nothing(CANCELLED);
      const retype = link.type !== group.type ? retypeGroup(analysis, group.name, link.type) : null;
      return { reply: linkedReply(link, found, summary), retype };
    } finally {
      if (this.running.get(tabId)?.controller === controller) this.running.delete(tabId);
    }
  }

  /** Abandons the tab's look-up (of `markId` only, when given: a late cancel must not end a newer card's). */
  cancel(tabId: number, markId?: number): void {
    const run = this.running.get(tabId);
    if (!run || (markId !== undefined && run.markId !== markId)) return;
    run.controller.abort();
    this.running.delete(tabId);
  }

  private linker(settings: LinkSettings): Linker {
    const key = `${settings.wikidata} ${settings.wikipedia}`;
    if (this.client?.key !== key) {
      const { userAgent, fetch, timeoutMs } = this.deps;
      const client = new LinkClient({
        wikidata: settings.wikidata,
        wikipedia: settings.wikipedia,
        userAgent,
        fetch,
        ...(timeoutMs ? { timeoutMs } : {}),
      });
      this.client = { key, client };
    }
    return { client: this.client.client, cache: this.deps.cache };
  }

  private wordsOf(analysis: Analysis): ReadonlySet<string> {
    let words = this.words.get(analysis);
    if (!words) {
      words = articleWords(analysis.text);
      this.words.set(analysis, words);
    }
    return words;
  }

  /**
   * The linked item's summary, its image as a data: URL. A freshly fetched image is stored back in the cache with
   * the summary, so a card offline later still has it and the image is fetched once per summary.
   */
  private async summary(link: Link, linker: Linker, signal: AbortSignal): Promise<Outcome<PageSummary | null>> {
    const outcome = await summaryFor(link, linker, signal);
    const thumbnail = outcome.value?.thumbnail;
    if (!outcome.value || !thumbnail || thumbnail.source.startsWith('data:')) return outcome;
    const now = (this.deps.now ?? Date.now)();
    const failedAt = this.imageFailures.get(thumbnail.source);
    if (failedAt !== undefined && now - failedAt < IMAGE_RETRY_MS) return { ...outcome, value: { ...outcome.value, thumbnail: null } };
    const data = await fetchImage(thumbnail.source, { fetch: this.deps.fetch, userAgent: this.deps.userAgent, signal });
    if (!data && !signal.aborted) {
      if (this.imageFailures.size >= MAX_IMAGE_FAILURES) this.imageFailures.clear(); // bounded; forgetting only costs a retry
      this.imageFailures.set(thumbnail.source, now);
    }
    const value: PageSummary = { ...outcome.value, thumbnail: data ? { ...thumbnail, source: data } : null };
    // Only an answer fetched now goes back in: a stale entry keeps its date, and a failed image is tried again.
    if (data && !outcome.failure) await linker.cache.put('summary', link.qid, value);
    return { ...outcome, value };
  }
}

function failed(failure: LinkFailure): LinkReply {
  return failure.reason === 'aborted' ? CANCELLED : { state: 'failed', reason: failure.message };
}

function linkedReply(link: Link, found: Outcome<Link | null>, summary: Outcome<PageSummary | null>): LinkReply {
  const page = summary.value;
  const image = page?.thumbnail?.source;
  // "As of" only when the network failed now and the card shows what was kept: the oldest of what it shows.
  const dates = [found, summary].filter((o) => o.failure && o.asOf !== null).map((o) => o.asOf!);
  return {
    state: 'linked',
    qid: link.qid,
    title: page?.title || link.title,
    description: page?.description || link.description,
    extract: page?.extract ?? '',
    thumbnail: image?.startsWith(`data:image/`) ? image : null,
    url: page?.pageUrl ?? null,
    type: link.type,
    ...(dates.length ? { asOf: Math.min(...dates) } : {}),
  };
}

/**
 * A confident link's type replaces the recognizer's for the whole entity, in the worker's analysis (so later cards
 * say it too); returns the entity's mark ids for the page to repaint.
 */
export function retypeGroup(analysis: Analysis, groupName: string, kind: EntityType): { markIds: number[]; kind: EntityType } {
  const group = analysis.groups.get(groupName);
  if (!group) return { markIds: [], kind };
  group.type = kind;
  for (const id of group.marks) {
    const mark = analysis.marks[id];
    if (mark) mark.kind = kind;
  }
  return { markIds: [...group.marks], kind };
}
