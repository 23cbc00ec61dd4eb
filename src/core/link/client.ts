// Wikidata and Wikipedia, asked politely: one request at a time, ids batched, a 3 s limit, Retry-After honoured,
// and every answer read as untrusted data. Only the name being looked up (or the ids and title it led to) leaves
// the machine: no URL, no article words, no cookies. Runs on `fetch` alone, so the worker and the CLI share it.

import type { EntityFacts, Fetched, LinkFailure, PageSummary, Relation, SearchHit } from './types';
import { RELATIONS } from './types';

export const WIKIDATA_BASE = 'https://www.wikidata.org';
export const WIKIPEDIA_BASE = 'https://en.wikipedia.org';
/** Wikimedia's API path, appended to the Wikidata base. */
export const WIKIDATA_API = '/w/api.php';
/** Wikipedia's REST summary path, appended to the Wikipedia base; the title follows. */
export const SUMMARY_PATH = '/api/rest_v1/page/summary/';
/** A card is waiting: an answer later than this is no use to the reader (issue 11). */
export const TIMEOUT_MS = 3000;
/** Longest Retry-After we wait out before asking again; beyond it the look-up reports "busy". */
export const MAX_RETRY_WAIT_MS = 2000;
/** `wbgetentities` takes at most 50 ids per request (Wikibase's limit for ordinary clients). */
export const ENTITY_BATCH = 50;
/** Search hits per name: enough for the ambiguous names of news, few enough to fetch in one batch. */
export const SEARCH_LIMIT = 7;
/** An extract longer than a card can show is cut at a word. */
export const MAX_EXTRACT = 600;
/** Longest description or title we keep. */
const MAX_SHORT = 200;
/** Longest name sent: a recognizer never yields more, and a page should not make us send a paragraph. */
const MAX_NAME = 200;
/** The only host a card's image may come from (Wikimedia's media server). */
export const IMAGE_HOST = 'upload.wikimedia.org';

export interface LinkClientOptions {
  /** Wikidata base URL (`/w/api.php` is appended). */
  wikidata?: string;
  /** Wikipedia base URL (`/api/rest_v1/page/summary/{title}` is appended). */
  wikipedia?: string;
  /** Sent as `Api-User-Agent` (browsers refuse to let scripts set User-Agent): see `userAgent()`. */
  userAgent: string;
  timeoutMs?: number;
  maxRetryWaitMs?: number;
  fetch?: typeof fetch;
  now?: () => number;
}

/** "Gloss/0.1.0 (https://…)": Wikimedia asks clients to name themselves and a way to reach their makers. */
export function userAgent(version: string, contact: string | null): string {
  return contact ? `Gloss/${version} (${contact})` : `Gloss/${version}`;
}

const fail = (reason: LinkFailure['reason'], message: string, retryAt?: number): { ok: false; failure: LinkFailure } => ({
  ok: false,
  failure: retryAt === undefined ? { reason, message } : { reason, message, retryAt },
});

/** Why a request's own controller was aborted: our limit, not the caller. */
const TIMED_OUT = Symbol('timeout');

/** Retry-After as milliseconds from now: seconds or an HTTP date; a missing or odd value counts as 1 s. */
export function retryAfterMs(header: string | null, now: number): number {
  if (header && /^\s*\d+\s*$/.test(header)) return Number(header) * 1000;
  const date = header ? Date.parse(header) : NaN;
  return Number.isFinite(date) ? Math.max(0, date - now) : 1000;
}

/** Waits `ms`, or less when `signal` aborts. */
function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Characters that change how text is shown without being seen: bidi overrides, zero-width, controls. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * An answer's text as plain text: whatever the server sent, markup is dropped, never rendered. Script and style
 * bodies go with their tags; a stray angle bracket is removed so no later step can mistake the text for markup.
 */
export function plainText(value: unknown, max = MAX_SHORT): string {
  if (typeof value !== 'string') return '';
  let text = value
    .replace(/<(script|style)\b[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
    .replace(/<!--[\s\S]*?(-->|$)/g, ' ')
    .replace(/<\/?[a-z!][^>]*(>|$)/gi, '')
    .replace(/[<>]/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length > max) {
    const cut = text.slice(0, max);
    const space = cut.lastIndexOf(' ');
    text = `${cut.slice(0, space > max / 2 ? space : max).replace(/[\s,;:.]+$/, '')}…`;
  }
  return text;
}

/** A thumbnail only from Wikimedia's media host, over https, with sane dimensions. */
export function safeThumbnail(value: unknown): PageSummary['thumbnail'] {
  if (typeof value !== 'object' || value === null) return null;
  const { source, width, height } = value as { source?: unknown; width?: unknown; height?: unknown };
  if (typeof source !== 'string') return null;
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.hostname !== IMAGE_HOST || url.username || url.password || url.port) return null;
  const size = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n > 0 && n <= 10_000 ? Math.round(n) : null);
  const w = size(width);
  const h = size(height);
  return w && h ? { source: url.href, width: w, height: h } : null;
}

/** The article's address only when it is an https page on a Wikipedia host. */
function safePageUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    const host = url.hostname;
    const wikipedia = host === 'wikipedia.org' || host.endsWith('.wikipedia.org');
    return url.protocol === 'https:' && wikipedia && !url.username && !url.password ? url.href : null;
  } catch {
    return null;
  }
}

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown) => (typeof x === 'string' ? x : '');
const QID = /^Q[1-9]\d{0,11}$/;

/** Item ids a claim list points to (value snaks only; deprecated statements skipped). */
function itemValues(claims: unknown): string[] {
  if (!Array.isArray(claims)) return [];
  const ids: string[] = [];
  for (const claim of claims) {
    if (!isObject(claim) || claim.rank === 'deprecated' || !isObject(claim.mainsnak)) continue;
    const datavalue = claim.mainsnak.datavalue;
    const id = isObject(datavalue) && isObject(datavalue.value) ? datavalue.value.id : undefined;
    if (typeof id === 'string' && QID.test(id) && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

function readEntity(id: string, entity: Json): EntityFacts | null {
  if ('missing' in entity) return null;
  const en = (field: unknown) => (isObject(field) && isObject(field.en) ? plainText(field.en.value) : '');
  const claims = isObject(entity.claims) ? entity.claims : {};
  const relations: Partial<Record<Relation, string[]>> = {};
  for (const property of RELATIONS) {
    const ids = itemValues(claims[property]);
    if (ids.length) relations[property] = ids;
  }
  const sitelinks = isObject(entity.sitelinks) ? entity.sitelinks : {};
  const enwiki = isObject(sitelinks.enwiki) ? plainText(sitelinks.enwiki.title) || null : null;
  return {
    id,
    label: en(entity.labels),
    description: en(entity.descriptions),
    instanceOf: itemValues(claims.P31),
    relations,
    enwiki,
    sitelinks: Object.keys(sitelinks).length,
  };
}

function readHits(body: Json): SearchHit[] | null {
  if (!Array.isArray(body.search)) return null;
  const hits: SearchHit[] = [];
  for (const raw of body.search) {
    if (!isObject(raw) || typeof raw.id !== 'string' || !QID.test(raw.id)) continue;
    const match = isObject(raw.match) ? str(raw.match.type) : '';
    hits.push({
      id: raw.id,
      label: plainText(raw.label),
      description: plainText(raw.description),
      match: match === 'label' || match === 'alias' ? match : 'other',
      aliases: Array.isArray(raw.aliases) ? raw.aliases.map((a) => plainText(a)).filter(Boolean) : [],
    });
  }
  return hits;
}

interface Answer {
  status: number;
  body: unknown;
}

/**
 * A Wikidata/Wikipedia client. Requests go one at a time through a queue, whoever asks: Wikimedia asks
 * clients not to send in parallel, and a reader moving the pointer across a page should not start ten.
 */
export class LinkClient {
  readonly wikidata: string;
  readonly wikipedia: string;
  private readonly options: Required<Omit<LinkClientOptions, 'wikidata' | 'wikipedia'>>;
  private tail: Promise<unknown> = Promise.resolve();
  /** After a 429: no request before this time (ms since epoch). */
  private busyUntil = 0;

  constructor(options: LinkClientOptions) {
    this.wikidata = (options.wikidata ?? WIKIDATA_BASE).replace(/\/+$/, '');
    this.wikipedia = (options.wikipedia ?? WIKIPEDIA_BASE).replace(/\/+$/, '');
    this.options = {
      userAgent: options.userAgent,
      timeoutMs: options.timeoutMs ?? TIMEOUT_MS,
      maxRetryWaitMs: options.maxRetryWaitMs ?? MAX_RETRY_WAIT_MS,
      fetch: options.fetch ?? ((input, init) => fetch(input, init)),
      now: options.now ?? Date.now,
    };
  }

  /** Wikidata items whose label or alias starts with `name`, in Wikidata's order. */
  async search(name: string, signal?: AbortSignal): Promise<Fetched<SearchHit[]>> {
    const params = new URLSearchParams({
      action: 'wbsearchentities',
      search: name.trim().slice(0, MAX_NAME),
      language: 'en',
      uselang: 'en',
      type: 'item',
      limit: String(SEARCH_LIMIT),
      format: 'json',
      origin: '*',
    });
    const answer = await this.get(`${this.wikidata}${WIKIDATA_API}?${params}`, signal);
    if (!answer.ok) return answer;
    const body = answer.value.body;
    if (answer.value.status !== 200 || !isObject(body)) return fail('server', `Wikidata answered ${answer.value.status}.`);
    const hits = readHits(body);
    if (hits) return { ok: true, value: hits };
    return isObject(body.error)
      ? fail('server', `Wikidata refused the search (${str(body.error.code) || 'error'}).`)
      : fail('malformed', 'Wikidata sent an answer Gloss cannot read.');
  }

  /** Facts of these items (labels, descriptions, claims, English sitelink), `ENTITY_BATCH` ids per request. */
  async entities(ids: readonly string[], signal?: AbortSignal): Promise<Fetched<Map<string, EntityFacts>>> {
    const raw = await this.getEntities(ids, 'labels|descriptions|claims|sitelinks', signal);
    if (!raw.ok) return raw;
    const facts = new Map<string, EntityFacts>();
    for (const [id, entity] of raw.value) {
      const read = readEntity(id, entity);
      if (read) facts.set(id, read);
    }
    return { ok: true, value: facts };
  }

  /** English labels of these items: what a relation's target is called, without its claims. */
  async labels(ids: readonly string[], signal?: AbortSignal): Promise<Fetched<Map<string, string>>> {
    const raw = await this.getEntities(ids, 'labels', signal);
    if (!raw.ok) return raw;
    const labels = new Map<string, string>();
    for (const [id, entity] of raw.value) {
      const label = isObject(entity.labels) && isObject(entity.labels.en) ? plainText(entity.labels.en.value) : '';
      if (label) labels.set(id, label);
    }
    return { ok: true, value: labels };
  }

  private async getEntities(ids: readonly string[], props: string, signal?: AbortSignal): Promise<Fetched<Map<string, Json>>> {
    const wanted = [...new Set(ids)].filter((id) => QID.test(id));
    const entities = new Map<string, Json>();
    for (let i = 0; i < wanted.length; i += ENTITY_BATCH) {
      const params = new URLSearchParams({
        action: 'wbgetentities',
        ids: wanted.slice(i, i + ENTITY_BATCH).join('|'),
        props,
        languages: 'en',
        ...(props.includes('sitelinks') ? { sitefilter: 'enwiki' } : {}),
        format: 'json',
        origin: '*',
      });
      const answer = await this.get(`${this.wikidata}${WIKIDATA_API}?${params}`, signal);
      if (!answer.ok) return answer;
      const body = answer.value.body;
      if (answer.value.status !== 200 || !isObject(body)) return fail('server', `Wikidata answered ${answer.value.status}.`);
      if (!isObject(body.entities)) {
        return isObject(body.error)
          ? fail('server', `Wikidata refused the request (${str(body.error.code) || 'error'}).`)
          : fail('malformed', 'Wikidata sent an answer Gloss cannot read.');
      }
      for (const [id, entity] of Object.entries(body.entities))
        if (QID.test(id) && isObject(entity) && !('missing' in entity)) entities.set(id, entity);
    }
    return { ok: true, value: entities };
  }

  /** The English Wikipedia summary of a page; null when there is no such page or it is a disambiguation page. */
  async summary(title: string, signal?: AbortSignal): Promise<Fetched<PageSummary | null>> {
    const path = encodeURIComponent(title.trim().replace(/ /g, '_').slice(0, MAX_NAME));
    const answer = await this.get(`${this.wikipedia}${SUMMARY_PATH}${path}`, signal);
    if (!answer.ok) return answer;
    const { status, body } = answer.value;
    if (status === 404) return { ok: true, value: null };
    if (status !== 200) return fail('server', `Wikipedia answered ${status}.`);
    if (!isObject(body) || typeof body.title !== 'string') return fail('malformed', 'Wikipedia sent an answer Gloss cannot read.');
    if (body.type === 'disambiguation') return { ok: true, value: null };
    const urls = isObject(body.content_urls) && isObject(body.content_urls.desktop) ? body.content_urls.desktop.page : null;
    return {
      ok: true,
      value: {
        title: plainText(body.title),
        description: plainText(body.description),
        extract: plainText(body.extract, MAX_EXTRACT),
        thumbnail: safeThumbnail(body.thumbnail),
        pageUrl: safePageUrl(urls),
      },
    };
  }

  /** One GET through the queue. A 404 comes back as an answer; every other failure as a typed reason. */
  private get(url: string, signal?: AbortSignal): Promise<Fetched<Answer>> {
    const turn = this.tail.then(() => this.send(url, signal));
    this.tail = turn.catch(() => undefined);
    return turn;
  }

  private async send(url: string, signal?: AbortSignal): Promise<Fetched<Answer>> {
    const origin = new URL(url).origin;
    const { timeoutMs, maxRetryWaitMs, now } = this.options;
    for (let attempt = 0; ; attempt++) {
      if (signal?.aborted) return fail('aborted', 'The look-up was cancelled.');
      const wait = this.busyUntil - now();
      if (wait > maxRetryWaitMs || (wait > 0 && attempt > 1)) {
        return fail('busy', 'Wikimedia asked Gloss to wait; try again in a moment.', this.busyUntil);
      }
      if (wait > 0) {
        await pause(wait, signal);
        continue;
      }
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(TIMED_OUT), timeoutMs);
      const cancel = () => controller.abort(signal?.reason);
      signal?.addEventListener('abort', cancel, { once: true });
      try {
        const res = await this.options.fetch(url, {
          method: 'GET',
          headers: { 'Api-User-Agent': this.options.userAgent, accept: 'application/json' },
          credentials: 'omit',
          referrerPolicy: 'no-referrer',
          redirect: 'follow',
          signal: controller.signal,
        });
        // Redirects within the same host are how Wikipedia normalizes titles; another host is not who we asked.
        if (res.url && new URL(res.url).origin !== origin) {
          void res.body?.cancel();
          return fail('redirect', `The server sent Gloss to another site (${new URL(res.url).host}); nothing was read from it.`);
        }
        if (res.status === 429) {
          void res.body?.cancel();
          this.busyUntil = now() + retryAfterMs(res.headers.get('retry-after'), now());
          continue;
        }
        if (res.status >= 500) {
          void res.body?.cancel();
          return fail('server', `The server had a problem (${res.status}).`);
        }
        if (res.status >= 300 && res.status < 400) {
          void res.body?.cancel();
          return fail('redirect', 'The server sent Gloss elsewhere; nothing was read.');
        }
        const text = await res.text();
        if (res.status === 404) return { ok: true, value: { status: 404, body: null } };
        try {
          return { ok: true, value: { status: res.status, body: JSON.parse(text) as unknown } };
        } catch {
          return fail('malformed', 'The server sent an answer that is not JSON.');
        }
      } catch (e) {
        if (controller.signal.reason === TIMED_OUT) return fail('timeout', `No answer within ${timeoutMs / 1000} s.`);
        if (signal?.aborted) return fail('aborted', 'The look-up was cancelled.');
        return fail('network', `Could not reach ${new URL(url).host} (${(e as Error).message}).`);
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', cancel);
      }
    }
  }
}
