// The built `gloss` CLI, run as a user would: `node scripts/gloss.mjs ...`.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/article';
import { recognize } from '../../src/core/recognize/index';
import { ENTITY_TYPES, FIGURE_KINDS } from '../../src/core/types';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'scripts/gloss.mjs');

const TEXT =
  'Ofgem approved a £2.5 billion plan on Monday. National Grid said 43 to 50 gigawatts of offshore wind ' +
  'would be connected by 2030, up 12% on last year. Sarah Jones, its chief executive, met officials in London.';

const PARAS = [
  'Ofgem approved a £2.5 billion plan on Monday to connect offshore wind farms to the grid in Scotland.',
  'National Grid said 43 to 50 gigawatts would be connected by 2030, which it described as a record pace for the sector.',
  'Sarah Jones, the chief executive of National Grid, told reporters in London that costs had risen 12% since 2022.',
  'Critics said households would pay for the upgrade through higher bills for at least a decade after the work ends.',
];
const HTML = `<!DOCTYPE html><html lang="en"><head><title>Grid upgrade approved</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Grid upgrade approved</h1>${PARAS.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer>Copyright Example News</footer></body></html>`;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

interface JsonOut {
  source: string;
  title: string;
  byline: string | null;
  text: string;
  entities: { text: string; type: string; start: number; end: number; name: string }[];
  figures: {
    text: string;
    kind: string;
    value: number | string;
    valueMax?: number | string;
    unit?: string;
    start: number;
    end: number;
    measure: string | null;
    about: string | null;
  }[];
  units: { text: string; measure: string; unit: string; start: number; end: number }[];
}

function lines(s: string): string[] {
  return s.split('\n').filter((l) => l.length > 0);
}

/** Shape and offsets of one --json line, and agreement with recognize() run here on the same text. */
function checkJson(o: JsonOut): void {
  expect(Object.keys(o)).toEqual(['source', 'title', 'byline', 'text', 'entities', 'figures', 'units']);
  for (const e of o.entities) {
    expect(Object.keys(e)).toEqual(['text', 'type', 'start', 'end', 'name']);
    expect(typeof e.name).toBe('string');
    expect(ENTITY_TYPES).toContain(e.type);
    expect(o.text.slice(e.start, e.end)).toBe(e.text);
  }
  for (const f of o.figures) {
    expect(FIGURE_KINDS).toContain(f.kind);
    expect(['number', 'string']).toContain(typeof f.value);
    expect(o.text.slice(f.start, f.end)).toBe(f.text);
    expect(f).toHaveProperty('measure');
    expect(f).toHaveProperty('about');
    for (const v of [f.measure, f.about]) expect(v === null || (typeof v === 'string' && v.length > 0)).toBe(true);
  }
  const r = recognize(o.text);
  expect(o.entities.map(({ text, type, start, end }) => ({ text, type, start, end }))).toEqual(
    r.entities.map((e) => ({ text: e.text, type: e.type, start: e.start, end: e.end })),
  );
  expect(o.figures.map((f) => [f.text, f.kind, f.value, f.start, f.end])).toEqual(
    r.figures.map((f) => [f.text, f.kind, f.value, f.start, f.end]),
  );
  for (const u of o.units) expect(o.text.slice(u.start, u.end)).toBe(u.text);
  expect(o.units).toEqual(r.units);
}

let dir = '';
let server: Server;
let base = '';
let closedPort = 0;

beforeAll(async () => {
  // The CLI under test is the built one, exactly as `npx gloss` runs it.
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'pipe' });
  dir = mkdtempSync(join(tmpdir(), 'gloss-cli-'));
  writeFileSync(join(dir, 'story.txt'), `${TEXT}\n`);
  writeFileSync(join(dir, 'page.html'), HTML);
  writeFileSync(join(dir, 'report.pdf'), '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n');
  writeFileSync(join(dir, 'fake.html'), Buffer.from([0x3c, 0x70, 0x3e, 0x00, 0x01, 0x02, 0xff, 0x00]));

  server = createServer((req, res) => {
    if (req.url === '/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(HTML);
    } else if (req.url === '/doc.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end('%PDF-1.7\n');
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port that was just free and is closed again: connecting is refused.
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((r) => probe.close(r));
}, 120_000);

afterAll(async () => {
  await new Promise((r) => server?.close(r));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('gloss annotate', () => {
  it('--json on a .txt file: the file is the article text', async () => {
    const r = await run('annotate', join(dir, 'story.txt'), '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out).toHaveLength(1);
    const o = JSON.parse(out[0]!) as JsonOut;
    expect(o.title).toBe('story.txt');
    expect(o.text).toBe(TEXT);
    checkJson(o);
  });

  it('--cards: every mark carries the card the worker would show, naming other marks by id', async () => {
    const r = await run('annotate', join(dir, 'story.txt'), '--json', '--cards');
    expect(r.code).toBe(0);
    type WithCard = { start: number; end: number; markId: number | null; card: Record<string, unknown> | null };
    const o = JSON.parse(lines(r.stdout)[0]!) as { entities: WithCard[]; figures: WithCard[] };
    const marks = [...o.entities, ...o.figures];
    expect(marks.length).toBeGreaterThan(3);
    const ids = new Set(marks.map((m) => m.markId));
    for (const m of marks) {
      expect(m.markId).not.toBeNull();
      expect(m.card?.kind).toMatch(/^(entity|figure)$/);
      const others = (m.card?.comparisons ?? m.card?.mentions ?? []) as { markId: number }[];
      for (const c of others) expect(ids.has(c.markId)).toBe(true);
    }
    expect(o.entities[0]!.card).toMatchObject({ kind: 'entity', mentions: expect.any(Array) });
    const bad = await run('annotate', join(dir, 'story.txt'), '--cards');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--cards goes with --json');
  });

  it('--json on an HTML file: the article found as in the browser', async () => {
    const r = await run('annotate', '--json', join(dir, 'page.html'));
    expect(r.code).toBe(0);
    const o = JSON.parse(lines(r.stdout)[0]!) as JsonOut;
    expect(o.title).toBe('Grid upgrade approved');
    for (const p of PARAS) expect(o.text).toContain(p);
    expect(o.text).not.toContain('Home');
    expect(o.text).not.toContain('Copyright');
    const here = extractArticle(parseHTML(HTML).document, { skipReaderableCheck: true });
    expect(here.ok && here.article.text).toBe(o.text);
    checkJson(o);
  });

  it('reads http(s) URLs', async () => {
    const r = await run('annotate', `${base}/article`, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const o = JSON.parse(lines(r.stdout)[0]!) as JsonOut;
    expect(o.source).toBe(`${base}/article`);
    expect(o.title).toBe('Grid upgrade approved');
    expect(o.text).toContain(PARAS[1]);
    checkJson(o);
  });

  it('prints a readable summary without --json', async () => {
    const r = await run('annotate', join(dir, 'page.html'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Grid upgrade approved');
    const text = (JSON.parse(lines((await run('annotate', '--json', join(dir, 'page.html'))).stdout)[0]!) as JsonOut).text;
    expect(r.stdout).toContain(`${text.split(/\s+/).length} words, ${text.length} characters`);
    const { entities, figures } = recognize(text);
    expect(r.stdout).toContain(`entities: ${entities.length}`);
    expect(r.stdout).toContain(`figures: ${figures.length}`);
    expect(() => JSON.parse(r.stdout)).toThrow();
  });

  it('processes the good inputs and exits 1 when any failed', async () => {
    const r = await run('annotate', '--json', join(dir, 'story.txt'), join(dir, 'missing.html'), join(dir, 'page.html'));
    expect(r.code).toBe(1);
    const out = lines(r.stdout).map((l) => JSON.parse(l) as JsonOut);
    expect(out.map((o) => o.title)).toEqual(['story.txt', 'Grid upgrade approved']);
    expect(lines(r.stderr)).toEqual([`gloss: ${join(dir, 'missing.html')}: no such file`]);
  });

  it.each([
    ['a PDF file', () => [join(dir, 'report.pdf')], /not HTML/],
    ['a binary file named .html', () => [join(dir, 'fake.html')], /binary/],
    ['a PDF URL', () => [`${base}/doc.pdf`], /not HTML/],
    ['a 404 URL', () => [`${base}/nothing`], /HTTP 404/],
    ['an unreachable URL', () => [`http://127.0.0.1:${closedPort}/`], /unreachable/],
  ])('fails on %s with one line on stderr and exit 1', async (_name, args, message) => {
    const r = await run('annotate', ...args());
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const err = lines(r.stderr);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^gloss: /);
    expect(err[0]).toMatch(message);
  });

  it.each([
    [['frobnicate', 'x.txt'], /unknown command frobnicate/],
    [['annotate', '--colour', 'x.txt'], /unknown option --colour/],
    [['annotate'], /at least one/],
    [[], /no command/],
  ])('usage error %j exits 2', async (args, message) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^gloss: /);
    expect(r.stderr).toMatch(message);
  });

  it('--help prints usage', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: gloss annotate/);
    expect(r.stdout).toContain('--json');
  });
});
