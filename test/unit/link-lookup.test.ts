// The worker's look-up for a card (background/link-lookup.ts, link-image.ts) against the loopback knowledge
// server, with the cache in fake-indexeddb: off by default and in private windows (nothing sent), the context
// taken from the worker's analysis (only the name leaves), the type correction, the image as a data: URL kept
// with the summary, "as of" from the cache when the server fails, a clear reason when nothing is cached, and
// a cancelled look-up. No timing is measured: a hanging server is ended by the cancel, or the test fails.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startKnowledgeServer, type KnowledgeServer } from '../../scripts/knowledge-server.mjs';
import { IdbLinkCache } from '../../src/background/link-cache';
import { fetchImage, MAX_IMAGE_BYTES } from '../../src/background/link-image';
import { IMAGE_RETRY_MS, NameLinks, type LinkDeps } from '../../src/background/link-lookup';
import { analyze, type Analysis } from '../../src/core/cards';
import { SUMMARY_TTL_MS } from '../../src/core/link/cache';
import { DEFAULT_LINK_SETTINGS, readLinkSettings, type LinkSettings } from '../../src/core/link/settings';
import { recognize } from '../../src/core/recognize/index';

const ARTICLE = [
  'Google unveils new Gemini models',
  '',
  'Google said on Tuesday that Gemini, its family of large language models, can now read hours of video. The company’s cloud unit will sell Gemini to businesses, said Sundar Pichai, Google’s chief executive.',
  '',
  'Analysts said Gemini puts Google ahead of OpenAI in some tests.',
].join('\n');
const PAGE_URL = 'https://news.example/2026/11/google-gemini-video';
/** A 1×1 PNG. */
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) =>
  c.charCodeAt(0),
);

let server: KnowledgeServer;
beforeAll(async () => {
  server = await startKnowledgeServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const imageRequests: RequestInit[] = [];
/** Whether Wikimedia's image host is reachable. */
let imagesUp = true;
/** The network as the worker sees it: the loopback server, and Wikimedia's image host answered here. */
const network: typeof fetch = async (input, init) => {
  const url = String(input);
  if (url.startsWith('https://upload.wikimedia.org/')) {
    imageRequests.push(init ?? {});
    if (!imagesUp) throw new TypeError('Failed to fetch');
    return new Response(PNG, { headers: { 'content-type': 'image/png' } });
  }
  return fetch(input, init);
};

let dbs = 0;
function setup(settings: Partial<LinkSettings> = {}, clock?: { now: number }) {
  imagesUp = true;
  const cache = new IdbLinkCache(`gloss-links-lookup-${dbs++}`, clock ? { now: () => clock.now } : {});
  const deps: LinkDeps = {
    settings: async () => ({ enabled: true, wikidata: server.url, wikipedia: server.url, ...settings }),
    allowed: async () => true,
    cache,
    userAgent: 'Gloss/test',
    fetch: network,
    // Far beyond any wait here: a hanging server must be ended by the cancel, however slow the machine.
    timeoutMs: 10 * 60_000,
    ...(clock ? { now: () => clock.now } : {}),
  };
  return { links: new NameLinks(deps), cache };
}

function analysis(): Analysis {
  return analyze(ARTICLE, recognize(ARTICLE));
}
const markOf = (a: Analysis, text: string) => a.marks.findIndex((m) => a.text.slice(m.start, m.end) === text);

describe('when look-ups may happen', () => {
  it('are off by default: nothing is sent', async () => {
    expect(readLinkSettings(undefined)).toEqual(DEFAULT_LINK_SETTINGS);
    expect(DEFAULT_LINK_SETTINGS.enabled).toBe(false);
    const { links } = setup({ enabled: false });
    const a = analysis();
    const r = await links.lookUp({ tabId: 1, incognito: false, analysis: a }, markOf(a, 'Gemini'));
    expect(r.reply).toEqual({ state: 'off', why: 'settings' });
    expect(server.requests).toHaveLength(0);
  });

  it('never happen in a private window, even when turned on', async () => {
    const { links } = setup();
    const a = analysis();
    const r = await links.lookUp({ tabId: 1, incognito: true, analysis: a }, markOf(a, 'Gemini'));
    expect(r.reply).toEqual({ state: 'off', why: 'private' });
    expect(server.requests).toHaveLength(0);
  });

  it('are off when the browser took the permission back', async () => {
    const { links } = setup();
    const deps = (links as unknown as { deps: LinkDeps }).deps;
    deps.allowed = async () => false;
    const a = analysis();
    expect((await links.lookUp({ tabId: 1, incognito: false, analysis: a }, markOf(a, 'Google'))).reply.state).toBe('off');
    expect(server.requests).toHaveLength(0);
  });

  it('refuse a mark that is not a name', async () => {
    const { links } = setup();
    const a = analyze('Revenue rose 12% to $4 billion.', recognize('Revenue rose 12% to $4 billion.'));
    const figure = a.targets.findIndex((t) => t.kind === 'figure');
    expect(figure).toBeGreaterThanOrEqual(0);
    expect((await links.lookUp({ tabId: 1, incognito: false, analysis: a }, figure)).reply.state).toBe('failed');
    expect((await links.lookUp({ tabId: 1, incognito: false, analysis: a }, 9999)).reply.state).toBe('failed');
    expect(server.requests).toHaveLength(0);
  });
});

describe('a linked name', () => {
  it('is chosen by the article, sends only the name, and corrects the type of all its marks', async () => {
    const { links } = setup();
    const a = analysis();
    const gemini = markOf(a, 'Gemini');
    const group = a.groups.get('Gemini')!;
    expect(group.type).not.toBe('product'); // the recognizer's guess the link corrects
    const r = await links.lookUp({ tabId: 1, incognito: false, analysis: a }, gemini);
    expect(r.reply).toMatchObject({
      state: 'linked',
      qid: 'Q124232960',
      title: 'Gemini (language model)',
      type: 'product',
      url: 'https://en.wikipedia.org/wiki/Gemini_(language_model)',
    });
    if (r.reply.state !== 'linked') return;
    expect(r.reply.description).toMatch(/large language models developed by Google/);
    expect(r.reply.extract).toMatch(/^Gemini is a family of multimodal large language models/);
    expect(r.reply.asOf).toBeUndefined();
    expect(r.retype).toEqual({ markIds: group.marks, kind: 'product' });
    expect(group.marks.length).toBeGreaterThan(1);
    for (const id of group.marks) expect(a.marks[id]!.kind).toBe('product');
    expect(group.type).toBe('product');

    // Only the name, the ids and the title went out: no URL, no article words, no other names.
    const sent = server.requests.map((q) => decodeURIComponent(q.url)).join('\n');
    for (const secret of ['news.example', PAGE_URL, 'Pichai', 'Tuesday', 'video', 'OpenAI', 'Analysts']) expect(sent).not.toContain(secret);
    expect(new URL(server.requests[0]!.url, server.url).searchParams.get('search')).toBe('Gemini');
    for (const q of server.requests) {
      expect(q.headers.cookie).toBeUndefined();
      expect(q.headers.referer).toBeUndefined();
    }
  });

  it('comes with its image as a data: URL, fetched without cookies or referrer, and kept with the summary', async () => {
    imageRequests.length = 0;
    const { links, cache } = setup();
    const a = analysis();
    const r = await links.lookUp({ tabId: 1, incognito: false, analysis: a }, markOf(a, 'Gemini'));
    expect(r.reply.state === 'linked' && r.reply.thumbnail).toMatch(/^data:image\/png;base64,iVBOR/);
    expect(imageRequests).toHaveLength(1);
    expect(imageRequests[0]).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer', redirect: 'error' });
    const kept = await cache.get('summary', 'Q124232960');
    expect(kept?.value?.thumbnail?.source).toMatch(/^data:image\/png;base64,/);
    // The second card takes it from the cache: no request at all.
    server.reset();
    const again = await links.lookUp({ tabId: 1, incognito: false, analysis: analysis() }, markOf(a, 'Gemini'));
    expect(again.reply.state === 'linked' && again.reply.thumbnail).toMatch(/^data:image\/png/);
    expect(server.requests).toHaveLength(0);
    expect(imageRequests).toHaveLength(1);
  });

  it('goes without an image that failed, and tries it again only after a while (offline, every card would wait)', async () => {
    const clock = { now: Date.UTC(2026, 10, 1) };
    const { links } = setup({}, clock);
    imagesUp = false;
    imageRequests.length = 0;
    const a = analysis();
    const look = () => links.lookUp({ tabId: 1, incognito: false, analysis: a }, markOf(a, 'Gemini'));
    const first = await look();
    expect(first.reply.state === 'linked' && first.reply.thumbnail).toBeNull();
    expect(imageRequests).toHaveLength(1);
    await look();
    clock.now += IMAGE_RETRY_MS - 1;
    await look();
    expect(imageRequests).toHaveLength(1);
    imagesUp = true;
    clock.now += 2;
    const later = await look();
    expect(imageRequests).toHaveLength(2);
    expect(later.reply.state === 'linked' && later.reply.thumbnail).toMatch(/^data:image\/png/);
  });

  it('is shown from the cache "as of" its date when the server fails later', async () => {
    const clock = { now: Date.UTC(2026, 10, 1) };
    const { links } = setup({}, clock);
    const a = analysis();
    const first = await links.lookUp({ tabId: 1, incognito: false, analysis: a }, markOf(a, 'Gemini'));
    expect(first.reply.state).toBe('linked');
    clock.now += SUMMARY_TTL_MS * 5; // past every age: the network is asked again, and fails
    server.fault = { kind: 'status', status: 503 };
    const later = await links.lookUp({ tabId: 1, incognito: false, analysis: analysis() }, markOf(a, 'Gemini'));
    expect(later.reply).toMatchObject({ state: 'linked', qid: 'Q124232960', asOf: Date.UTC(2026, 10, 1) });
    expect(later.reply.state === 'linked' && later.reply.thumbnail).toMatch(/^data:image\/png/);
  });

  it('says why when the server fails and nothing is cached', async () => {
    const { links } = setup();
    server.fault = { kind: 'status', status: 503 };
    const a = analysis();
    const r = await links.lookUp({ tabId: 1, incognito: false, analysis: a }, markOf(a, 'Gemini'));
    expect(r.reply).toEqual({ state: 'failed', reason: 'The server had a problem (503).' });
    expect(r.retype).toBeNull();
    expect(a.groups.get('Gemini')!.type).not.toBe('product');
  });

  it('is "none" for a name Wikidata does not have', async () => {
    const { links } = setup();
    const a = analysis();
    const r = await links.lookUp({ tabId: 1, incognito: false, analysis: a }, markOf(a, 'Sundar Pichai'));
    expect(r.reply).toEqual({ state: 'none' });
  });

  it('is abandoned when its card closes (the server never answers)', async () => {
    const { links } = setup();
    server.fault = { kind: 'hang' };
    const a = analysis();
    const pending = links.lookUp({ tabId: 7, incognito: false, analysis: a }, markOf(a, 'Gemini'));
    await expect.poll(() => server.requests.length).toBe(1);
    links.cancel(7, 12345); // another card's late cancel changes nothing
    links.cancel(7, markOf(a, 'Gemini'));
    expect((await pending).reply).toEqual({ state: 'failed', reason: 'The look-up was cancelled.' });
  });

  it('of a new card ends the tab’s previous one', async () => {
    const { links } = setup();
    server.fault = { kind: 'hang', times: 1 };
    const a = analysis();
    const first = links.lookUp({ tabId: 3, incognito: false, analysis: a }, markOf(a, 'Gemini'));
    await expect.poll(() => server.requests.length).toBe(1);
    const second = links.lookUp({ tabId: 3, incognito: false, analysis: a }, markOf(a, 'Google'));
    expect((await first).reply.state).toBe('failed');
    expect((await second).reply).toMatchObject({ state: 'linked', qid: 'Q95' });
  });
});

describe('images', () => {
  const answer =
    (body: BodyInit, type = 'image/png', headers: Record<string, string> = {}): typeof fetch =>
    async () =>
      new Response(body, { headers: { 'content-type': type, ...headers } });
  const opts = (f: typeof fetch) => ({ fetch: f, userAgent: 'Gloss/test' });

  it('come only from Wikimedia’s media host over https', async () => {
    let asked = 0;
    const f: typeof fetch = async () => {
      asked++;
      return new Response(PNG, { headers: { 'content-type': 'image/png' } });
    };
    for (const url of [
      'https://evil.example/x.png',
      'http://upload.wikimedia.org/x.png',
      'https://upload.wikimedia.org:8443/x.png',
      'https://user@upload.wikimedia.org/x.png',
      'javascript:alert(1)',
      'not a url',
    ])
      expect(await fetchImage(url, opts(f))).toBeNull();
    expect(asked).toBe(0);
    expect(await fetchImage('https://upload.wikimedia.org/x.png', opts(f))).toMatch(/^data:image\/png;base64,/);
  });

  it('are raster images of a thumbnail’s size, nothing else', async () => {
    const url = 'https://upload.wikimedia.org/x.png';
    expect(await fetchImage(url, opts(answer('<svg onload="alert(1)"/>', 'image/svg+xml')))).toBeNull();
    expect(await fetchImage(url, opts(answer('<html>', 'text/html')))).toBeNull();
    expect(await fetchImage(url, opts(answer(new Uint8Array(MAX_IMAGE_BYTES + 1))))).toBeNull();
    // A declared length that lies does not get past the count.
    expect(await fetchImage(url, opts(answer(new Uint8Array(MAX_IMAGE_BYTES + 1), 'image/png', { 'content-length': '10' })))).toBeNull();
    expect(
      await fetchImage(
        url,
        opts(async () => new Response('x', { status: 404, headers: { 'content-type': 'image/png' } })),
      ),
    ).toBeNull();
    expect(
      await fetchImage(
        url,
        opts(async () => {
          throw new TypeError('offline');
        }),
      ),
    ).toBeNull();
  });
});
