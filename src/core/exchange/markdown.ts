// Notes as Markdown a reader can keep in Obsidian or any notes app: per article, its title as a
// heading, its URL, each quote as a `>` block, the note, its tags as `#tag`. What the reader or
// the article wrote is escaped, so a `*`, a `#` at a line start or a `<tag>` shows as written.

import type { Note } from '../types';
import { exportOrder } from './jsonld';

/** One Markdown document per article (page URL), in export order. */
export interface ArticleMarkdown {
  url: string;
  title: string;
  /** A file name that is stable for the page and safe on every file system: "<title slug>-<8 hex>.md". */
  fileName: string;
  /** With YAML front matter (url, title, tags), as one file of its own. */
  text: string;
}

/** Every article's notes in one document, one `#` section per article. */
export function toMarkdown(notes: readonly Note[]): string {
  return articles(notes)
    .map((a) => section(a.url, a.notes))
    .join('\n---\n\n');
}

/** One file per article, for a folder a notes app reads (the backup writes these). */
export function toMarkdownFiles(notes: readonly Note[]): ArticleMarkdown[] {
  return articles(notes).map(({ url, notes: list }) => {
    const title = titleOf(url, list);
    const tags = [...new Set(list.flatMap((n) => n.tags))];
    const front = [
      '---',
      `url: ${JSON.stringify(url)}`,
      `title: ${JSON.stringify(title)}`,
      `tags: [${tags.map((t) => JSON.stringify(t)).join(', ')}]`,
      '---',
      '',
    ];
    return { url, title, fileName: fileNameFor(url, title), text: `${front.join('\n')}\n${section(url, list)}` };
  });
}

function articles(notes: readonly Note[]): { url: string; notes: Note[] }[] {
  const byUrl = new Map<string, Note[]>();
  for (const n of exportOrder(notes)) {
    const list = byUrl.get(n.url);
    if (list) list.push(n);
    else byUrl.set(n.url, [n]);
  }
  return [...byUrl].map(([url, list]) => ({ url, notes: list }));
}

/** The newest title the page was seen with (titles change as articles are updated). */
function titleOf(url: string, list: Note[]): string {
  const newest = list.reduce((a, b) => (b.modified > a.modified ? b : a));
  return newest.title.trim() || url;
}

function section(url: string, list: Note[]): string {
  const out = [`# ${escapeInline(titleOf(url, list))}`, '', `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`, ''];
  for (const n of list) {
    if (n.target.selector) out.push(...quoteBlock(n.target.selector[0].exact), '');
    else out.push('*On the whole page*', '');
    if (n.text.trim()) out.push(...n.text.split(/\r?\n/).map((line) => escapeLine(line)), '');
    if (n.tags.length) out.push(n.tags.map(hashtag).join(' '), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function quoteBlock(quote: string): string[] {
  return quote.split(/\r?\n/).map((line) => (line.trim() ? `> ${escapeLine(line)}` : '>'));
}

/** Obsidian tags take letters, digits, `_`, `-` and `/`; anything else becomes `-`. */
function hashtag(tag: string): string {
  return `#${tag.replace(/[^\p{L}\p{N}_/-]/gu, '-')}`;
}

// Characters Markdown (CommonMark, and Obsidian's additions: ==, [[ ]], %%) may read as syntax
// anywhere in a line.
const INLINE_SPECIAL = /[\\`*_[\]{}<>()#+!|~=%$]/g;

function escapeInline(s: string): string {
  return s.replace(INLINE_SPECIAL, '\\$&');
}

/** A line as plain text: inline syntax escaped, and what would start a list, heading or rule at the line start. */
function escapeLine(line: string): string {
  const escaped = escapeInline(line);
  // "1. ", "2) " start an ordered list; "- " and "---" a list or a rule; "#" is escaped above.
  return escaped.replace(/^(\s*)(\d+)([.)])/, '$1$2\\$3').replace(/^(\s*)-/, '$1\\-');
}

/** "AI's $10bn bet" on https://ex.com/a -> "ai-s-10bn-bet-1a2b3c4d.md": the hash keeps two pages of one title apart. */
export function fileNameFor(url: string, title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'page'}-${fnv1a(url)}.md`;
}

/** FNV-1a, 32 bits, as 8 hex digits: a short stable name for a URL (not a security hash). */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
