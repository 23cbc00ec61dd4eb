// The Wikidata/Wikipedia client (core/link/client.ts) against the loopback knowledge server: the requests it
// sends, and every failure the issue names. Timeouts are injected short and tested against a server that never
// answers, so nothing here depends on the machine's speed.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startKnowledgeServer, type KnowledgeServer } from '../../scripts/knowledge-server.mjs';
import { LinkClient, plainText, safeThumbnail, userAgent, type LinkClientOptions } from '../../src/core/link/client';
import { MemoryLinkCache } from '../../src/core/link/cache';
import { linkName, summaryFor } from '../../src/core/link/lookup';
import { articleWords } from '../../src/core/link/score';

let server: KnowledgeServer;
beforeAll(async () => {
  server = await startKnowledgeServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const UA = userAgent('9.9.9', 'https://example.org/gloss');
const client = (options: Partial<LinkClientOptions> = {}) =>
  new LinkClient({ wikidata: server.url, wikipedia: server.url, userAgent: UA, ...options });
const params = (url: string) => new URL(url, 'http://x').searchParams;

describe('requests', () => {
  it('searches with the parameters real clients send, and only the name', async () => {
    const hits = await client().search('Gemini');
    expect(hits.ok && hits.value.map((h) => h.id)).toContain('Q124232960');
    expect(server.requests).toHaveLength(1);
    const [req] = server.requests;
    const p = params(req!.url);
    expect(Object.fromEntries(p)).toEqual({
      action: 'wbsearchentities',
      search: 'Gemini',
      language: 'en',
      uselang: 'en',
      type: 'item',
      limit: '7',
      format: 'json',
      origin: '*',
    });
    expect(req!.headers['api-user-agent']).toBe('Gloss/9.9.9 (https://example.org/gloss)');
    expect(req!.headers.cookie).toBeUndefined();
    expect(req!.headers.referer).toBeUndefined();
  });

  it('reads search hits: label, description, what matched', async () => {
    const hits = await client().search('Washington');
    expect(hits.ok).toBe(true);
    if (!hits.ok) return;
    expect(hits.value[0]).toEqual({
      id: 'Q61',
      label: 'Washington, D.C.',
      description: 'capital city of the United States of America',
      match: 'alias',
      aliases: ['Washington'],
    });
  });

  it('asks for entities 50 ids at a time, with the English sitelink only', async () => {
    const ids = Array.from({ length: 120 }, (_, i) => `Q${i + 1}`);
    const facts = await client().entities(ids);
    expect(facts.ok).toBe(true);
    const batches = server.requests.map((r) => params(r.url));
    expect(batches.map((p) => p.get('ids')!.split('|').length)).toEqual([50, 50, 20]);
    for (const p of batches) {
      expect(p.get('action')).toBe('wbgetentities');
      expect(p.get('props')).toBe('labels|descriptions|claims|sitelinks');
      expect(p.get('sitefilter')).toBe('enwiki');
      expect(p.get('languages')).toBe('en');
    }
  });

  it('reads an entity’s classes, relations and English article', async () => {
    const facts = await client().entities(['Q124232960', 'Q999999']);
    expect(facts.ok).toBe(true);
    if (!facts.ok) return;
    expect(facts.value.get('Q124232960')).toEqual({
      id: 'Q124232960',
      label: 'Gemini',
      description: 'family of multimodal large language models developed by Google DeepMind',
      instanceOf: ['Q115305900'],
      relations: { P178: ['Q15733006', 'Q95'], P127: ['Q95'] },
      enwiki: 'Gemini (language model)',
      sitelinks: 1,
    });
    expect(facts.value.has('Q999999')).toBe(false);
  });

  it('sends one request at a time, however many are asked for at once', async () => {
    server.fault = { kind: 'slow', delayMs: 50 };
    const c = client();
    const all = await Promise.all(['Apple', 'Amazon', 'Jordan', 'Paris', 'Delta'].map((n) => c.search(n)));
    expect(all.every((r) => r.ok)).toBe(true);
    expect(server.requests).toHaveLength(5);
    expect(server.maxInFlight).toBe(1);
  });
});

describe('summaries', () => {
  it('gives plain text, an image from upload.wikimedia.org and the page link', async () => {
    const s = await client().summary('Paris');
    expect(s.ok && s.value).toEqual({
      title: 'Paris',
      description: 'capital and largest city of France',
      extract: expect.stringContaining('Paris is the capital'),
      thumbnail: { source: expect.stringMatching(/^https:\/\/upload\.wikimedia\.org\//), width: 200, height: 200 },
      pageUrl: 'https://en.wikipedia.org/wiki/Paris',
    });
    expect(new URL(server.requests[0]!.url, 'http://x').pathname).toBe('/api/rest_v1/page/summary/Paris');
  });

  it('follows a redirect on the same host (a title Wikipedia normalizes)', async () => {
    const s = await client().summary('Apple Inc');
    expect(s.ok && s.value?.title).toBe('Apple Inc.');
  });

  it('gives nothing for a disambiguation page or a missing page', async () => {
    expect(await client().summary('Mercury')).toEqual({ ok: true, value: null });
    expect(await client().summary('No such page at all')).toEqual({ ok: true, value: null });
  });

  it('never lets markup through: hostile HTML in an extract becomes text, an image from elsewhere is dropped', async () => {
    server.fault = { kind: 'hostile' };
    const s = await client().summary('Paris');
    expect(s.ok).toBe(true);
    if (!s.ok || !s.value) throw new Error('no summary');
    expect(s.value.extract).not.toMatch(/[<>]/);
    expect(s.value.extract).not.toMatch(/alert|onerror|onmouseover|javascript/);
    expect(s.value.extract).toContain('Paris is described here.');
    expect(s.value.thumbnail).toBeNull();
  });

  it('plainText and safeThumbnail refuse what is not plain text or Wikimedia’s image host', () => {
    expect(plainText('a <b>bold</b> <script>x()</script>word\u202e with &amp; <!-- c --> < odd >')).toBe('a bold word with & odd');
    expect(plainText('x'.repeat(700), 600).length).toBeLessThanOrEqual(601);
    expect(safeThumbnail({ source: 'https://upload.wikimedia.org/a.png', width: 10, height: 10 })).not.toBeNull();
    for (const source of [
      'http://upload.wikimedia.org/a.png',
      'https://upload.wikimedia.org.evil.example/a.png',
      'https://evil.example/a.png',
      'javascript:alert(1)',
      'https://user@upload.wikimedia.org/a.png',
    ])
      expect(safeThumbnail({ source, width: 10, height: 10 })).toBeNull();
  });
});

describe('failures', () => {
  it('5xx: a server failure with a reason', async () => {
    server.fault = { kind: 'status', status: 503 };
    expect(await client().search('Apple')).toMatchObject({ ok: false, failure: { reason: 'server' } });
  });

  it('malformed JSON', async () => {
    server.fault = { kind: 'malformed' };
    expect(await client().search('Apple')).toMatchObject({ ok: false, failure: { reason: 'malformed' } });
  });

  it('a redirect to another host is refused', async () => {
    server.fault = { kind: 'redirect', times: 1 };
    expect(await client().search('Apple')).toMatchObject({ ok: false, failure: { reason: 'redirect' } });
  });

  it('a server that never answers: a timeout (injected short)', async () => {
    server.fault = { kind: 'hang' };
    expect(await client({ timeoutMs: 150 }).search('Apple')).toMatchObject({ ok: false, failure: { reason: 'timeout' } });
  });

  it('the caller aborts (the pointer left): aborted, and a queued request is never sent', async () => {
    server.fault = { kind: 'hang' };
    const c = client({ timeoutMs: 60_000 });
    const controller = new AbortController();
    const first = c.search('Apple', controller.signal);
    const second = c.search('Amazon', controller.signal);
    while (server.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    expect(await first).toMatchObject({ ok: false, failure: { reason: 'aborted' } });
    expect(await second).toMatchObject({ ok: false, failure: { reason: 'aborted' } });
    expect(server.requests).toHaveLength(1);
  });

  it('an unreachable server: a network failure', async () => {
    const gone = await startKnowledgeServer();
    const url = gone.url;
    await gone.close();
    expect(await new LinkClient({ wikidata: url, userAgent: UA }).search('Apple')).toMatchObject({
      ok: false,
      failure: { reason: 'network' },
    });
  });

  it('429 with a short Retry-After: waits it out and asks once more', async () => {
    server.fault = { kind: '429', retryAfter: 1, times: 1 };
    const hits = await client({ maxRetryWaitMs: 2000 }).search('Apple');
    expect(hits.ok).toBe(true);
    expect(server.requests).toHaveLength(2);
  });

  it('429 with a long Retry-After: "busy" at once, and no request until then', async () => {
    server.fault = { kind: '429', retryAfter: 120 };
    let now = 1_000_000;
    const c = client({ now: () => now });
    const first = await c.search('Apple');
    expect(first).toMatchObject({ ok: false, failure: { reason: 'busy', retryAt: 1_000_000 + 120_000 } });
    expect(await c.search('Amazon')).toMatchObject({ ok: false, failure: { reason: 'busy' } });
    expect(server.requests).toHaveLength(1);
    server.fault = null;
    now += 121_000;
    expect((await c.search('Amazon')).ok).toBe(true);
  });
});

describe('look-ups (core/link/lookup.ts)', () => {
  const words = articleWords('Google said Gemini, its large language model, now reads video.');
  const ctx = { name: 'Gemini', type: 'product' as const, words, otherNames: ['Google', 'Gemini'] };

  it('links a name, then answers from the cache without a request', async () => {
    const linker = { client: client(), cache: new MemoryLinkCache() };
    const first = await linkName(ctx, linker);
    expect(first.value?.qid).toBe('Q124232960');
    expect(first.failure).toBeNull();
    const sent = server.requests.length;
    expect(sent).toBe(3); // search, the candidates' facts, their relations' labels
    const again = await linkName(ctx, linker);
    expect(again.value?.qid).toBe('Q124232960');
    expect(server.requests.length).toBe(sent);
    const summary = await summaryFor(first.value!, linker);
    expect(summary.value?.extract).toContain('Google DeepMind');
  });

  it('offline: a stale entry is still used, with its date and why', async () => {
    let now = Date.UTC(2026, 0, 1);
    const linker = { client: client(), cache: new MemoryLinkCache({ now: () => now }) };
    await linkName(ctx, linker);
    now += 40 * 24 * 3600 * 1000;
    server.fault = { kind: 'status', status: 502 };
    const offline = await linkName(ctx, linker);
    expect(offline.value?.qid).toBe('Q124232960');
    expect(offline.asOf).toBe(Date.UTC(2026, 0, 1));
    expect(offline.failure?.reason).toBe('server');
  });

  it('sends only the name and the ids it led to: no article words', async () => {
    const linker = { client: client(), cache: new MemoryLinkCache() };
    await linkName({ ...ctx, words: articleWords('secret words about a private matter') }, linker);
    const sent = server.requests.map((r) => decodeURIComponent(r.url)).join(' ');
    expect(sent).not.toMatch(/secret|private|Google said/);
    expect(params(server.requests[0]!.url).get('search')).toBe('Gemini');
  });
});
