#!/usr/bin/env node
// A loopback stand-in for Wikidata and Wikipedia, for tests and `npm run eval`: exactly the three endpoints Gloss
// uses, answering in the real APIs' shapes from hand-written items (test/fixtures/knowledge/entities.json):
//
//   GET /w/api.php?action=wbsearchentities&search=…&language=en&uselang=en&type=item&limit=…&format=json&origin=*
//   GET /w/api.php?action=wbgetentities&ids=Q1|Q2&props=labels|descriptions|claims|sitelinks&languages=en&sitefilter=enwiki&format=json
//   GET /api/rest_v1/page/summary/{title}
//
// Failures on demand (`server.fault = {...}`, or --fault on the command line), for the client's tests:
//   { kind: 'status', status: 503 }   { kind: '429', retryAfter: 2 }   { kind: 'slow', delayMs: 3500 }
//   { kind: 'hang' } (never answers)  { kind: 'malformed' }            { kind: 'redirect' } (to another host)
//   { kind: 'hostile' } (summaries with HTML and script in the extract, an image from another host)
// each optionally with `times` (then the server recovers) and `on` ('search' | 'entities' | 'summary').
// Every request is logged in `server.requests` ({url, headers}); `server.maxInFlight` is the most at once.
//
//   node scripts/knowledge-server.mjs [--port 8787] [--fault 429]
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { repoRoot } from './serve.mjs';

export const knowledgeData = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/knowledge/entities.json'), 'utf8'));

/** Wiki codes for the sitelinks an item has beyond English (the server sends `sitelinks` of them). */
const WIKIS = 'de fr es it ja ru pt zh pl nl ar sv uk vi fa ca ko fi no hu id cs he tr ro sr da bg eu ms'.split(' ');

const json = (res, status, body, headers = {}) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};

const claim = (property, id) => ({
  mainsnak: {
    snaktype: 'value',
    property,
    datavalue: { value: { 'entity-type': 'item', 'numeric-id': Number(id.slice(1)), id }, type: 'wikibase-entityid' },
    datatype: 'wikibase-item',
  },
  type: 'statement',
  id: `${id}$${property}`,
  rank: 'normal',
});

function entityJson(id, item, props, sitefilter) {
  const out = { type: 'item', id };
  if (props.has('labels')) out.labels = { en: { language: 'en', value: item.label } };
  if (props.has('descriptions')) out.descriptions = item.description ? { en: { language: 'en', value: item.description } } : {};
  if (props.has('aliases')) out.aliases = { en: item.aliases.map((value) => ({ language: 'en', value })) };
  if (props.has('claims')) {
    out.claims = { P31: item.P31.map((c) => claim('P31', c)) };
    for (const [p, ids] of Object.entries(item.rel)) out.claims[p] = ids.map((c) => claim(p, c));
  }
  if (props.has('sitelinks')) {
    const links = {};
    if (item.enwiki) links.enwiki = { site: 'enwiki', title: item.enwiki, badges: [] };
    for (let i = 0; i < Math.max(0, item.sitelinks - 1); i++) {
      const site = `${WIKIS[i % WIKIS.length]}wiki${i >= WIKIS.length ? i : ''}`;
      links[site] = { site, title: item.label, badges: [] };
    }
    out.sitelinks = sitefilter ? Object.fromEntries(Object.entries(links).filter(([site]) => sitefilter.has(site))) : links;
  }
  return out;
}

/**
 * wbsearchentities: the label or an alias starts with the search, any case. As on Wikidata, an exact match
 * (label or alias) ranks above a longer label that only starts with it, and the hit reports the exact one;
 * within each, the more sitelinks the earlier.
 */
function search(items, query, limit) {
  const q = query.toLowerCase();
  const hits = [];
  for (const [id, item] of Object.entries(items)) {
    const names = [['label', item.label], ...item.aliases.map((a) => ['alias', a])];
    const exact = names.find(([, n]) => n.toLowerCase() === q);
    const prefix = names.find(([, n]) => n.toLowerCase().startsWith(q));
    const found = exact ?? prefix;
    if (!found) continue;
    const match = { type: found[0], language: 'en', text: found[1] };
    hits.push({
      id,
      title: id,
      pageid: Number(id.slice(1)) + 1000,
      concepturi: `http://www.wikidata.org/entity/${id}`,
      repository: 'wikidata',
      url: `//www.wikidata.org/wiki/${id}`,
      display: {
        label: { value: item.label, language: 'en' },
        ...(item.description ? { description: { value: item.description, language: 'en' } } : {}),
      },
      label: item.label,
      ...(item.description ? { description: item.description } : {}),
      match,
      ...(match.type === 'alias' ? { aliases: [match.text] } : {}),
      order: [exact ? 0 : 1, -item.sitelinks],
    });
  }
  hits.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.id.localeCompare(b.id));
  return hits.slice(0, limit).map(({ order: _, ...hit }) => hit);
}

function summaryJson(title, id, item, base, hostile) {
  const path = encodeURIComponent(title.replace(/ /g, '_'));
  const extract = hostile
    ? `<script>alert(1)</script>${item.label} <b onmouseover="steal()">is</b> <img src=x onerror=alert(2)>described here.<iframe src="javascript:alert(3)"></iframe>`
    : (item.extract ?? '');
  const body = {
    type: item.disambiguation ? 'disambiguation' : 'standard',
    title,
    displaytitle: `<span class="mw-page-title-main">${title}</span>`,
    namespace: { id: 0, text: '' },
    wikibase_item: id,
    titles: { canonical: title.replace(/ /g, '_'), normalized: title, display: `<span class="mw-page-title-main">${title}</span>` },
    pageid: Number(id.slice(1)) + 7000,
    lang: 'en',
    dir: 'ltr',
    revision: '1200000000',
    tid: '00000000-0000-0000-0000-000000000000',
    timestamp: '2026-11-01T00:00:00Z',
    description: item.description,
    description_source: 'central',
    content_urls: {
      desktop: { page: `https://en.wikipedia.org/wiki/${path}`, revisions: `https://en.wikipedia.org/wiki/${path}?action=history` },
      mobile: { page: `https://en.m.wikipedia.org/wiki/${path}` },
    },
    extract,
    extract_html: `<p>${extract}</p>`,
  };
  const thumb = hostile ? 'https://evil.example/track.png' : item.thumb;
  if (thumb) body.thumbnail = { source: thumb, width: 200, height: 200 };
  return body;
}

/** Starts the server on 127.0.0.1 (a free port unless given). */
export async function startKnowledgeServer({ port = 0, data = knowledgeData, fault = null, honourSitefilter = true } = {}) {
  const byTitle = new Map(
    Object.entries(data.items)
      .filter(([, i]) => i.enwiki)
      .map(([id, i]) => [i.enwiki, [id, i]]),
  );
  const sockets = new Set();
  const state = { fault, requests: [], inFlight: 0, maxInFlight: 0, generation: 0 };

  const endpointOf = (url) =>
    url.pathname === '/w/api.php' ? (url.searchParams.get('action') === 'wbgetentities' ? 'entities' : 'search') : 'summary';

  /** The fault for this request, if one applies now (counting down `times`). */
  function faultFor(endpoint) {
    const f = state.fault;
    if (!f || (f.on && f.on !== endpoint)) return null;
    if (f.times !== undefined) {
      if (f.times <= 0) return null;
      f.times--;
    }
    return f;
  }

  async function answer(req, res) {
    const url = new URL(req.url, 'http://127.0.0.1');
    const base = `http://${req.headers.host}`;
    const endpoint = endpointOf(url);
    const f = req.method === 'GET' ? faultFor(endpoint) : null;
    if (f?.kind === 'hang') return; // never answers; the client's timeout must end it
    if (f?.kind === 'slow') await new Promise((r) => setTimeout(r, f.delayMs ?? 3500));
    if (f?.kind === 'status') return json(res, f.status ?? 503, { error: { code: 'internal', info: 'Simulated server error' } });
    if (f?.kind === '429') return json(res, 429, { error: { code: 'too-many-requests' } }, { 'retry-after': String(f.retryAfter ?? 1) });
    if (f?.kind === 'malformed') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end('{"search": [ {"id": "Q312", "label": "Apple Inc.",');
    }
    if (f?.kind === 'redirect') {
      const away = `http://localhost:${req.socket.localPort}${url.pathname}${url.search}`;
      res.writeHead(302, { location: away });
      return res.end();
    }
    if (req.method !== 'GET') return json(res, 405, { error: { code: 'method' } });

    if (url.pathname === '/w/api.php') {
      const p = url.searchParams;
      if (p.get('format') !== 'json') return json(res, 200, { error: { code: 'badformat', info: 'This server speaks format=json only' } });
      if (p.get('action') === 'wbsearchentities') {
        const query = p.get('search');
        if (!query) return json(res, 200, { error: { code: 'missingparam', info: 'The "search" parameter must be set.' } });
        if (p.get('language') !== 'en') return json(res, 200, { error: { code: 'badvalue', info: 'Only language=en here.' } });
        if ((p.get('type') ?? 'item') !== 'item') return json(res, 200, { searchinfo: { search: query }, search: [], success: 1 });
        const limit = Math.min(50, Math.max(1, Number(p.get('limit') ?? 7) || 7));
        const all = search(data.items, query, 50);
        return json(res, 200, {
          searchinfo: { search: query },
          search: all.slice(0, limit),
          ...(all.length > limit ? { 'search-continue': limit } : {}),
          success: 1,
        });
      }
      if (p.get('action') === 'wbgetentities') {
        const ids = (p.get('ids') ?? '').split('|').filter(Boolean);
        if (!ids.length)
          return json(res, 200, {
            error: { code: 'param-missing', info: 'Either provide the item "ids" or pairs of "sites" and "titles"' },
          });
        if (ids.length > 50)
          return json(res, 200, {
            error: { code: 'toomanyvalues', info: 'Too many values supplied for parameter "ids". The limit is 50.' },
          });
        const props = new Set((p.get('props') ?? 'info|sitelinks|aliases|labels|descriptions|claims|datatype').split('|'));
        const sitefilter = honourSitefilter && p.get('sitefilter') ? new Set(p.get('sitefilter').split('|')) : null;
        const entities = {};
        for (const id of ids) {
          const item = data.items[id];
          entities[id] = item ? entityJson(id, item, props, sitefilter) : { id, missing: '' };
        }
        return json(res, 200, { entities, success: 1 });
      }
      return json(res, 200, { error: { code: 'badvalue', info: 'Unrecognized value for parameter "action".' } });
    }

    const prefix = '/api/rest_v1/page/summary/';
    if (url.pathname.startsWith(prefix)) {
      const title = decodeURIComponent(url.pathname.slice(prefix.length)).replace(/_/g, ' ');
      const target = data.redirects?.[title];
      if (target) {
        res.writeHead(302, { location: encodeURIComponent(target.replace(/ /g, '_')), 'content-type': 'application/json' });
        return res.end();
      }
      const found = byTitle.get(title);
      if (!found) {
        return json(res, 404, {
          type: 'https://mediawiki.org/wiki/HyperSwitch/errors/not_found',
          title: 'Not found.',
          method: 'get',
          detail: 'Page or revision not found.',
          uri: url.pathname,
        });
      }
      return json(res, 200, summaryJson(title, found[0], found[1], base, f?.kind === 'hostile'));
    }
    return json(res, 404, { error: 'not one of the three endpoints' });
  }

  const server = createServer((req, res) => {
    state.requests.push({ url: req.url, headers: { ...req.headers } });
    // Counted per generation: a request left hanging by an earlier test does not count after reset().
    const generation = state.generation;
    state.inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
    res.on('close', () => {
      if (generation === state.generation) state.inFlight--;
    });
    answer(req, res).catch((e) => json(res, 500, { error: String(e) }));
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    get fault() {
      return state.fault;
    },
    set fault(f) {
      state.fault = f ? { ...f } : null;
    },
    get requests() {
      return state.requests;
    },
    get maxInFlight() {
      return state.maxInFlight;
    },
    reset() {
      state.fault = null;
      state.requests.length = 0;
      state.generation++;
      state.inFlight = 0;
      state.maxInFlight = 0;
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const kind = arg('--fault');
  const fault = kind ? (/^\d+$/.test(kind) && kind !== '429' ? { kind: 'status', status: Number(kind) } : { kind }) : null;
  const s = await startKnowledgeServer({ port: Number(arg('--port') ?? 8787), fault });
  console.log(`knowledge server on ${s.url} (--wikidata ${s.url} --wikipedia ${s.url})`);
}
