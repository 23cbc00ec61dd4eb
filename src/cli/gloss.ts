// `gloss annotate <file.html|file.txt|url>... [--json]`: the extension's article extraction and
// recognition, from a terminal. HTML goes through linkedom + extractArticle exactly as a page
// would in the browser; a .txt file is taken as the article text itself.

import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../core/article';
import { analyze, cardFor, type MarkTarget } from '../core/cards';
import '../core/recognize/entities/assets-bundled';
import { recognize } from '../core/recognize/index';
import type { Card, EntityMention, FigureMention, Recognition } from '../core/types';
import type { FactLookup } from '../core/facts';
import { cliFacts } from './facts';
import { cardName, cliLinker, linkEntities, type CliLink } from './link';

const USAGE = `Usage: gloss annotate <file.html | file.txt | http(s)://url>... [--json [--cards] [--link]]

Finds the article in each input and lists the entities, figures and bare unit names Gloss would mark.

  --json          one JSON object per input per line:
                  {"source","title","byline","text","entities":[...],"figures":[...],"units":[...]};
                  an entity has its group \`name\` (the name its card gives), a figure its \`measure\` (what
                  it counts, a short noun phrase) and \`about\` (whose it is), each null when the text does not say
  --cards         with --json: each entity, figure and unit also gets its \`markId\` and its \`card\`, the fact
                  card object exactly as the extension's worker builds it (cards name other marks by markId;
                  both are null for a span the extension does not mark); an entity card's \`facts\` is what
                  the shipped tables say it is (a place, a country, a US-listed company) or null
  --link          with --json: each entity also gets \`link\`, the Wikidata item its name means in this
                  article ({"qid","title","description"}) or null, chosen as the extension chooses it; only
                  the names are sent, one request at a time
  --wikidata <url>   Wikidata base URL for --link (default https://www.wikidata.org; /w/api.php is appended)
  --wikipedia <url>  Wikipedia base URL for --link (default https://en.wikipedia.org)
  --timeout <s>   give up on a URL after this many seconds (default 20)
  -h, --help      show this help

Exit status: 0 when every input was read, 1 when any failed, 2 for a usage error.`;

class InputError extends Error {}

interface Article {
  source: string;
  title: string;
  byline: string | null;
  text: string;
}

const HTML_EXT = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const TEXT_EXT = new Set(['.txt', '.text']);

/** NUL bytes or a known binary signature in the first bytes: not something to read as text. */
function binaryKind(buf: Uint8Array): string | null {
  const head = Buffer.from(buf.subarray(0, 8)).toString('latin1');
  if (head.startsWith('%PDF')) return 'a PDF';
  if (head.startsWith('\x89PNG') || head.startsWith('GIF8') || head.startsWith('\xff\xd8\xff')) return 'an image';
  if (head.startsWith('PK\x03\x04')) return 'a ZIP archive';
  const n = Math.min(buf.length, 8192);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return 'a binary file';
  return null;
}

function decode(buf: Uint8Array, declared: string | null): string {
  const sniffed = /<meta[^>]+charset\s*=\s*["']?([\w:.-]+)/i.exec(Buffer.from(buf.subarray(0, 2048)).toString('latin1'));
  for (const label of [declared, sniffed?.[1], 'utf-8']) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(buf);
    } catch {
      // Unknown label: try the next one.
    }
  }
  return new TextDecoder().decode(buf);
}

function looksLikeHtml(s: string): boolean {
  return /<(!doctype\s+html|html|head|body|p|div|article)[\s>]/i.test(s.slice(0, 4096));
}

function fromHtml(source: string, html: string, fallbackTitle: string): Article {
  const { document } = parseHTML(html);
  // The reader asked for this input explicitly: no readerability guess, only Readability's verdict.
  const outcome = extractArticle(document, { skipReaderableCheck: true });
  if (!outcome.ok) throw new InputError(outcome.message);
  const a = outcome.article;
  return { source, title: a.title || fallbackTitle, byline: a.byline, text: a.text };
}

async function readUrl(url: string, timeoutMs: number): Promise<Article> {
  let res: Response;
  try {
    res = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.8' },
      redirect: 'follow',
    });
  } catch (e) {
    const err = e as Error & { cause?: { code?: string; message?: string } };
    if (err.name === 'TimeoutError') throw new InputError(`no answer within ${timeoutMs / 1000} s`);
    throw new InputError(`unreachable (${err.cause?.code ?? err.cause?.message ?? err.message})`);
  }
  if (!res.ok) throw new InputError(`HTTP ${res.status} ${res.statusText}`.trim());
  const type = (res.headers.get('content-type') ?? '').toLowerCase();
  const mime = type.split(';')[0]!.trim();
  const charset = /charset=([^;]+)/.exec(type)?.[1]?.trim() ?? null;
  const buf = new Uint8Array(await res.arrayBuffer());
  const kind = binaryKind(buf);
  if (kind) throw new InputError(`not HTML: the server sent ${kind} (${mime || 'no content type'})`);
  const body = decode(buf, charset);
  const name = new URL(res.url || url).hostname;
  if (mime === 'text/plain') return { source: url, title: name, byline: null, text: body.trim() };
  if (mime && mime !== 'text/html' && mime !== 'application/xhtml+xml' && !looksLikeHtml(body)) {
    throw new InputError(`not HTML: the server sent ${mime}`);
  }
  return fromHtml(url, body, name);
}

async function readPath(path: string): Promise<Article> {
  let buf: Uint8Array;
  try {
    buf = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message);
  }
  const kind = binaryKind(buf);
  if (kind) throw new InputError(`not HTML or text: this is ${kind}`);
  const ext = extname(path).toLowerCase();
  const name = basename(path);
  if (TEXT_EXT.has(ext)) {
    return {
      source: path,
      title: name,
      byline: null,
      text: decode(buf, 'utf-8')
        .replace(/^\ufeff/, '')
        .trim(),
    };
  }
  const body = decode(buf, null);
  if (!HTML_EXT.has(ext) && !looksLikeHtml(body)) {
    throw new InputError('unknown kind of file: give an .html or .txt file');
  }
  return fromHtml(path, body, name);
}

/**
 * What the worker's card index holds for each marked span, keyed by "start:end": its mark id, its target (an
 * entity's group name, a figure's measure and owner) and, when asked for, its card as the worker builds it
 * (no notes: the CLI has none). A span the worker would not mark (an overlap it settled) has none.
 */
function indexOf(
  text: string,
  recognition: Recognition,
  withCards: boolean,
  facts: FactLookup | undefined,
): Map<string, { markId: number; target: MarkTarget; card?: Card | null }> {
  const analysis = analyze(text, recognition);
  return new Map(
    analysis.marks.map((m) => [
      `${m.start}:${m.end}`,
      { markId: m.id, target: analysis.targets[m.id]!, ...(withCards ? { card: cardFor(analysis, m.id, [], facts) } : {}) },
    ]),
  );
}

function toJson(
  a: Article,
  recognition: Recognition,
  withCards: boolean,
  links: Map<string, CliLink | null> | null = null,
  facts: FactLookup | undefined = undefined,
): string {
  const { entities, figures, units } = recognition;
  const index = indexOf(a.text, recognition, withCards, facts);
  const at = (x: { start: number; end: number }) => index.get(`${x.start}:${x.end}`);
  const linked = (e: EntityMention) => (links ? { link: links.get(cardName(e)) ?? null } : {});
  const card = (x: { start: number; end: number }) => (withCards ? { markId: at(x)?.markId ?? null, card: at(x)?.card ?? null } : {});
  /** The name a card gives the entity: its group in the article. */
  const group = (e: EntityMention) => {
    const t = at(e)?.target;
    return t?.kind === 'entity' ? t.group : e.name || e.text;
  };
  /** What the figure counts and whose it is, as its card says. */
  const measured = (f: FigureMention) => {
    const t = at(f)?.target;
    return t?.kind === 'figure' ? { measure: t.measure.measure, about: t.measure.about } : { measure: null, about: null };
  };
  return JSON.stringify({
    source: a.source,
    title: a.title,
    byline: a.byline,
    text: a.text,
    entities: entities.map((e) => ({ text: e.text, type: e.type, start: e.start, end: e.end, name: group(e), ...card(e), ...linked(e) })),
    figures: figures.map((f) => ({
      text: f.text,
      kind: f.kind,
      value: f.value,
      ...(f.valueMax !== undefined ? { valueMax: f.valueMax } : {}),
      ...(f.unit !== undefined ? { unit: f.unit } : {}),
      start: f.start,
      end: f.end,
      ...measured(f),
      ...card(f),
    })),
    units: units.map((u) => ({ text: u.text, measure: u.measure, unit: u.unit, start: u.start, end: u.end, ...card(u) })),
  });
}

function countBy<T>(items: T[], key: (x: T) => string): [string, number][] {
  const m = new Map<string, number>();
  for (const x of items) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function summary(a: Article, { entities, figures, units }: Recognition): string {
  const lines = [`${a.title}  (${a.source})`];
  if (a.byline) lines.push(`  by ${a.byline}`);
  const words = a.text.split(/\s+/).filter(Boolean).length;
  const perKind = (list: [string, number][]) => list.map(([k, n]) => `${k} ${n}`).join(', ');
  lines.push(`  ${words} words, ${a.text.length} characters`);
  lines.push(`  entities: ${entities.length}${entities.length ? ` (${perKind(countBy(entities, (e) => e.type))})` : ''}`);
  lines.push(`  figures: ${figures.length}${figures.length ? ` (${perKind(countBy(figures, (f) => f.kind))})` : ''}`);
  const top = countBy(entities, (e) => `${e.name || e.text}\u0000${e.type}`).slice(0, 8);
  if (top.length) {
    lines.push(`  top entities: ${top.map(([k, n]) => `${k.replace('\u0000', ' [')}] ×${n}`).join('; ')}`);
  }
  if (figures.length) {
    const shown = figures.slice(0, 8).map((f) => {
      const range = f.valueMax !== undefined ? `${f.value}–${f.valueMax}` : `${f.value}`;
      return `${f.text} [${f.kind} = ${range}${f.unit ? ` ${f.unit}` : ''}]`;
    });
    lines.push(`  figures: ${shown.join('; ')}${figures.length > 8 ? '; …' : ''}`);
  }
  if (units.length) lines.push(`  units named: ${[...new Set(units.map((u) => u.unit))].join(', ')}`);
  return lines.join('\n');
}

function fail(message: string): never {
  process.stderr.write(`gloss: ${message}\n`);
  process.exit(2);
}

async function main(argv: string[]): Promise<number> {
  const inputs: string[] = [];
  let json = false;
  let withCards = false;
  let timeoutMs = 20_000;
  let link = false;
  const bases: { wikidata?: string; wikipedia?: string } = {};
  let command: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (arg === '--json') json = true;
    else if (arg === '--cards') withCards = true;
    else if (arg === '--link') link = true;
    else if (/^--(wikidata|wikipedia)(=|$)/.test(arg)) {
      const v = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!v || !/^https?:\/\/[^/]/i.test(v)) fail(`${arg.split('=')[0]} needs an http(s) URL, got ${v ?? 'nothing'}`);
      bases[arg.startsWith('--wikidata') ? 'wikidata' : 'wikipedia'] = v;
    } else if (arg === '--timeout' || arg.startsWith('--timeout=')) {
      const v = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      const s = Number(v);
      if (!v || !Number.isFinite(s) || s <= 0) fail(`--timeout needs a number of seconds, got ${v ?? 'nothing'}`);
      timeoutMs = s * 1000;
    } else if (arg === '--') {
      inputs.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') fail(`unknown option ${arg} (see gloss --help)`);
    else if (command === null) command = arg;
    else inputs.push(arg);
  }
  if (command === null) fail('no command given (see gloss --help)');
  if (command !== 'annotate') fail(`unknown command ${command} (see gloss --help)`);
  if (inputs.length === 0) fail('annotate needs at least one file or URL (see gloss --help)');
  if (withCards && !json) fail('--cards goes with --json (see gloss --help)');
  if (link && !json) fail('--link goes with --json (see gloss --help)');
  if ((bases.wikidata || bases.wikipedia) && !link) fail('--wikidata and --wikipedia go with --link (see gloss --help)');
  const linker = link ? cliLinker(bases) : null;
  const facts = withCards ? await cliFacts() : undefined;

  let failed = 0;
  for (const input of inputs) {
    try {
      const article = /^https?:\/\//i.test(input) ? await readUrl(input, timeoutMs) : await readPath(input);
      if (!article.text) throw new InputError('no text to annotate');
      const r = recognize(article.text);
      const lookups = linker ? await linkEntities(article.text, r.entities, linker) : null;
      if (lookups?.failures.length) {
        const [first] = lookups.failures;
        process.stderr.write(
          `gloss: ${input}: ${lookups.failures.length} name(s) not looked up (${first!.name}: ${first!.failure.message})\n`,
        );
      }
      process.stdout.write(`${json ? toJson(article, r, withCards, lookups?.links ?? null, facts) : summary(article, r)}\n`);
      if (!json && inputs.length > 1) process.stdout.write('\n');
    } catch (e) {
      failed++;
      const message = e instanceof InputError ? e.message : `internal error: ${(e as Error).message ?? String(e)}`;
      process.stderr.write(`gloss: ${input}: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
