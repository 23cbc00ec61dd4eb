// Article extraction that stays tied to the live page. Readability only ever sees a clone (it
// rewrites the DOM it is given); every character of the text we hand to recognition keeps the
// live Text node and offset it came from, so marks, hovers and selections can go back and forth.
// Pure DOM: runs in the content script and, on linkedom, in Node (CLI, corpus tests).

import { isProbablyReaderable, Readability } from '@mozilla/readability';

export interface ArticleText {
  title: string;
  byline: string | null;
  excerpt: string | null;
  siteName: string | null;
  lang: string | null;
  /**
   * Article text as a reader would copy it: whitespace runs collapsed to one space, blocks
   * separated by "\n\n" (paragraph-like) or "\n" (br, li, table cells), trimmed. Inside <pre>
   * whitespace is kept. Soft hyphens, zero-width spaces and BOMs are dropped.
   */
  text: string;
  /** Live Text nodes the text was read from, in document order. */
  nodes: Text[];
  /**
   * For each index i of `text`: the index in `nodes` of the char's source (-1 for inserted
   * separators and for text Readability made up) and the offset inside that node's data.
   */
  nodeIndex: Int32Array;
  nodeOffset: Uint32Array;
}

export type ExtractOutcome =
  | { ok: true; article: ArticleText; stats: { readabilityChars: number; mappedChars: number } }
  | { ok: false; reason: 'unsupported' | 'too-large' | 'not-readerable' | 'no-article'; message: string };

/**
 * Pages beyond these are refused before Readability runs: the expensive steps (clone, pairing,
 * Readability, recognition in the shared worker) must not be spent on a page built to stall
 * Gloss. Real news pages have a few thousand elements and well under 300,000 characters.
 */
const MAX_PAGE_ELEMENTS = 150_000;
export const MAX_PAGE_CHARS = 1_000_000;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Their text is never article text (noscript holds markup as raw text when scripting is on). */
const SKIP = new Set(['script', 'style', 'noscript', 'template']);
/** Elements that end a paragraph: "\n\n" before and after. */
const PARAGRAPH = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'table',
  'ul',
  'ol',
  'dl',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'main',
  'nav',
  'address',
  'hr',
  'details',
  'summary',
  'fieldset',
  'form',
  'caption',
  'center',
  'hgroup',
  'menu',
]);
/** Elements that end a line: "\n" before and after. */
const LINE = new Set(['br', 'li', 'tr', 'td', 'th', 'dt', 'dd', 'thead', 'tbody', 'tfoot', 'option']);

function nameOf(el: Node): string {
  const e = el as Element;
  return (e.localName ?? e.tagName ?? '').toLowerCase();
}

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x85 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Invisible characters that would split words for recognition: soft hyphen, zero-width space, BOM. */
function isDropped(c: number): boolean {
  return c === 0xad || c === 0x200b || c === 0xfeff;
}

/**
 * Walks `live` and its deep clone in step: appends the live Text nodes (document order, outside
 * SKIP elements) to `liveTexts` and maps each clone Text node to its twin's index there. With
 * `twin`, `live` is itself an earlier copy and `twin` gives its nodes' indexes (chaining copies).
 * If the trees ever differ, pairing stops there and the rest is left to text alignment.
 */
function pairTrees(
  live: Node,
  clone: Node,
  liveTexts: Text[] | null,
  toLive: Map<Node, number>,
  twin?: (n: Node) => number | undefined,
): void {
  let a: Node | null = live;
  let b: Node | null = clone;
  while (a) {
    let descend = false;
    if (a.nodeType === TEXT_NODE) {
      const idx = twin ? twin(a) : liveTexts!.push(a as Text) - 1;
      if (b && b.nodeType === TEXT_NODE && idx !== undefined) toLive.set(b, idx);
    } else if (a.nodeType !== ELEMENT_NODE || !SKIP.has(nameOf(a))) {
      descend = a.firstChild !== null;
    }
    if (b && (b.nodeType !== a.nodeType || (a.nodeType === ELEMENT_NODE && nameOf(a) !== nameOf(b)))) b = null;
    if (descend) {
      a = a.firstChild;
      b = b ? b.firstChild : null;
      continue;
    }
    while (a && a !== live && !a.nextSibling) {
      a = a.parentNode;
      b = b ? b.parentNode : null;
    }
    if (!a || a === live) break;
    a = a.nextSibling;
    b = b ? b.nextSibling : null;
  }
}

function findAccessor(obj: object, prop: string): PropertyDescriptor | undefined {
  for (let p: object | null = obj; p; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, prop);
    if (d) return d;
  }
  return undefined;
}

/**
 * When its first pass finds under 500 characters, Readability restores the page with
 * `body.innerHTML = cachedHtml` and tries again: a re-parse, so every Text node is new and the
 * in-step map would lose the whole article. We serve that cache from a DOM snapshot instead and
 * restore by cloning the snapshot in step, which keeps the chain new node -> snapshot -> live.
 */
function keepIdentityAcrossReset(body: HTMLElement, toLive: Map<Node, number>): void {
  const desc = findAccessor(body, 'innerHTML');
  if (!desc?.get || !desc.set) return;
  const get = desc.get;
  const set = desc.set;
  let snapshot: Node | null = null;
  let cached: string | null = null;
  const snapToLive = new Map<Node, number>();
  const own: PropertyDescriptor = {
    configurable: true,
    get(this: HTMLElement) {
      const html = get.call(this) as string;
      snapshot = this.cloneNode(true);
      snapToLive.clear();
      pairTrees(this, snapshot, null, snapToLive, (n) => toLive.get(n));
      cached = html;
      return html;
    },
    set(this: HTMLElement, html: string) {
      if (!snapshot || html !== cached) {
        set.call(this, html);
        return;
      }
      const fresh = snapshot.cloneNode(true);
      pairTrees(snapshot, fresh, null, toLive, (n) => snapToLive.get(n));
      while (this.firstChild) this.removeChild(this.firstChild);
      while (fresh.firstChild) this.appendChild(fresh.firstChild);
    },
  };
  try {
    Object.defineProperty(body, 'innerHTML', own);
  } catch {
    // An engine may refuse expando accessors on wrapped DOM objects (e.g. Firefox Xrays): text
    // alignment then maps the re-parsed nodes instead.
  }
}

/** Growable pair of parallel int arrays (char source: article-node index, offset). */
class SourceBuffer {
  node: Int32Array;
  off: Uint32Array;
  length = 0;
  constructor(capacity: number) {
    this.node = new Int32Array(Math.max(16, capacity));
    this.off = new Uint32Array(Math.max(16, capacity));
  }
  reserve(n: number): void {
    if (this.length + n <= this.node.length) return;
    const size = Math.max(this.node.length * 2, this.length + n);
    const node = new Int32Array(size);
    node.set(this.node);
    this.node = node;
    const off = new Uint32Array(size);
    off.set(this.off);
    this.off = off;
  }
  push(node: number, off: number): void {
    this.reserve(1);
    this.node[this.length] = node;
    this.off[this.length++] = off;
  }
  /** Chars [from, to) of one node. */
  pushRun(node: number, from: number, to: number): void {
    this.reserve(to - from);
    const { node: nodes, off } = this;
    let j = this.length;
    for (let k = from; k < to; k++, j++) {
      nodes[j] = node;
      off[j] = k;
    }
    this.length = j;
  }
}

interface Collected {
  text: string;
  /** Per char: index into `artNodes`, or -1 for separators. */
  src: SourceBuffer;
  artNodes: Text[];
  significant: number;
}

/** Reads the article element's text the way a reader would copy it, remembering each char's source. */
function collectText(root: Node): Collected {
  const artNodes: Text[] = [];
  const chunks: string[] = [];
  const src = new SourceBuffer(4096);
  let significant = 0;
  let pendingBreak = 0;
  let hasSpace = false;
  let spaceNode = 0;
  let spaceOff = 0;
  // Whitespace kept inside <pre>: [node, offset, char] triples waiting for a following char.
  const preWs: number[] = [];
  let preDepth = 0;

  const flushPending = (): void => {
    if (src.length > 0) {
      if (pendingBreak > 0) {
        chunks.push(pendingBreak === 2 ? '\n\n' : '\n');
        for (let k = 0; k < pendingBreak; k++) src.push(-1, 0);
      } else if (preWs.length > 0) {
        for (let k = 0; k < preWs.length; k += 3) {
          const c = preWs[k + 2]!;
          chunks.push(c === 0xa0 ? ' ' : String.fromCharCode(c));
          src.push(preWs[k]!, preWs[k + 1]!);
        }
      } else if (hasSpace) {
        chunks.push(' ');
        src.push(spaceNode, spaceOff);
      }
    }
    pendingBreak = 0;
    hasSpace = false;
    preWs.length = 0;
  };
  const requestBreak = (n: number): void => {
    if (n > pendingBreak) pendingBreak = n;
    preWs.length = 0;
  };

  const readText = (t: Text): void => {
    const d = t.data;
    let a = -1;
    let runStart = -1;
    const endRun = (i: number): void => {
      if (runStart < 0) return;
      chunks.push(d.slice(runStart, i));
      src.pushRun(a, runStart, i);
      significant += i - runStart;
      runStart = -1;
    };
    for (let i = 0; i < d.length; i++) {
      const c = d.charCodeAt(i);
      if (isSpace(c)) {
        endRun(i);
        if (a < 0) a = artNodes.push(t) - 1;
        if (preDepth > 0) preWs.push(a, i, c);
        else if (!hasSpace) {
          hasSpace = true;
          spaceNode = a;
          spaceOff = i;
        }
      } else if (isDropped(c)) {
        endRun(i);
      } else if (runStart < 0) {
        if (a < 0) a = artNodes.push(t) - 1;
        flushPending();
        runStart = i;
      }
    }
    endRun(d.length);
  };

  let n: Node | null = root;
  while (n) {
    let descend = false;
    if (n.nodeType === TEXT_NODE) readText(n as Text);
    else if (n.nodeType === ELEMENT_NODE) {
      const name = nameOf(n);
      if (!SKIP.has(name)) {
        const brk = PARAGRAPH.has(name) ? 2 : LINE.has(name) ? 1 : 0;
        if (brk) requestBreak(brk);
        if (name === 'pre') preDepth++;
        descend = n.firstChild !== null;
        if (!descend) {
          if (brk) requestBreak(brk);
          if (name === 'pre') preDepth--;
        }
      }
    }
    if (descend) {
      n = n.firstChild;
      continue;
    }
    // Leaving elements: close the blocks we climb out of.
    while (n && n !== root && !n.nextSibling) {
      n = n.parentNode;
      if (n && n.nodeType === ELEMENT_NODE) {
        const name = nameOf(n);
        if (PARAGRAPH.has(name)) requestBreak(2);
        else if (LINE.has(name)) requestBreak(1);
        if (name === 'pre') preDepth--;
      }
    }
    if (!n || n === root) break;
    n = n.nextSibling;
  }
  return { text: chunks.join(''), src, artNodes, significant };
}

/**
 * Text nodes Readability created (a `javascript:` link turned into text, or anything our
 * identity-keeping could not cover) are found again in the live page's text: first the whole
 * node, then word by word, only between the neighbouring mapped nodes so a common word cannot
 * jump to an unrelated part of the page. Returns, per article node, live stream positions.
 */
function alignOrphans(artNodes: Text[], artLive: Int32Array, liveTexts: Text[]): Map<number, Int32Array | number> {
  const out = new Map<number, Int32Array | number>();
  let anyOrphan = false;
  for (let a = 0; a < artNodes.length; a++) if (artLive[a]! < 0) anyOrphan = true;
  if (!anyOrphan) return out;

  const starts = new Int32Array(liveTexts.length + 1);
  const parts: string[] = new Array<string>(liveTexts.length);
  for (let k = 0; k < liveTexts.length; k++) {
    const d = liveTexts[k]!.data;
    parts[k] = d;
    starts[k + 1] = starts[k]! + d.length;
  }
  const stream = parts.join('');
  const nextAnchorEnd = new Int32Array(artNodes.length);
  let anchor = stream.length;
  for (let a = artNodes.length - 1; a >= 0; a--) {
    nextAnchorEnd[a] = anchor;
    const l = artLive[a]!;
    if (l >= 0) anchor = starts[l + 1]!;
  }

  let cursor = 0;
  for (let a = 0; a < artNodes.length; a++) {
    const l = artLive[a]!;
    const d = artNodes[a]!.data;
    if (l >= 0) {
      cursor = starts[l]! + d.length;
      continue;
    }
    if (!/\S/.test(d)) continue;
    const limit = nextAnchorEnd[a]!;
    const whole = stream.indexOf(d, cursor);
    if (whole >= 0 && whole + d.length <= limit) {
      out.set(a, whole);
      cursor = whole + d.length;
      continue;
    }
    // Word by word, in a window near the cursor (a slice is O(1) in engines using rope strings).
    const window = stream.slice(cursor, Math.min(limit, cursor + 4 * d.length + 2000));
    const pos = new Int32Array(d.length).fill(-1);
    let from = 0;
    let found = false;
    for (const m of d.matchAll(/\S+/g)) {
      const p = window.indexOf(m[0], from);
      if (p < 0) continue;
      for (let k = 0; k < m[0].length; k++) pos[m.index + k] = cursor + p + k;
      from = p + m[0].length;
      found = true;
    }
    if (found) {
      out.set(a, pos);
      cursor += from;
    }
  }
  return out;
}

/** Index of the live node containing stream position p (binary search on node starts). */
function nodeAt(starts: Int32Array, p: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= p) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Why the page is too large for Gloss, or null. Both counts are one linear pass in native code. */
function pageTooLarge(doc: Document): string | null {
  const elements = doc.getElementsByTagName('*').length;
  if (elements > MAX_PAGE_ELEMENTS) {
    return `This page is too large for Gloss (${elements.toLocaleString('en-US')} elements; Gloss reads pages of up to ${MAX_PAGE_ELEMENTS.toLocaleString('en-US')}).`;
  }
  const chars = readableChars(doc.documentElement);
  if (chars > MAX_PAGE_CHARS) {
    return `This page is too long for Gloss (${chars.toLocaleString('en-US')} characters of text; Gloss reads pages of up to ${MAX_PAGE_CHARS.toLocaleString('en-US')}).`;
  }
  return null;
}

/** Characters of text outside scripts and styles (inline JSON blobs of a few MB are common and harmless). */
function readableChars(root: Element): number {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let n = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const parent = t.parentNode?.nodeName;
    if (parent !== 'SCRIPT' && parent !== 'STYLE' && parent !== 'NOSCRIPT' && parent !== 'TEMPLATE') n += (t as Text).data.length;
  }
  return n;
}

/** At most this many <h1>/<h2> elements are looked at for the headline, and a headline is at most this long. */
const MAX_HEADLINE_CANDIDATES = 200;
const MAX_HEADLINE_CHARS = 500;

/**
 * How much of heading `b` is words of title `a` (Readability's `_textSimilarity`, with Unicode
 * words): 1 when every word of the heading is in the title.
 */
function similarity(a: string, b: string): number {
  const words = (s: string): string[] =>
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}_]+/u)
      .filter(Boolean);
  const wa = new Set(words(a));
  const wb = words(b);
  if (wa.size === 0 || wb.length === 0) return 0;
  return 1 - wb.filter((w) => !wa.has(w)).join(' ').length / wb.join(' ').length;
}

/** The text under `el`, or null once it passes `max` characters (a heading holding the page is no headline). */
function textUpTo(el: Element, max: number): string | null {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  let n = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    n += (t as Text).data.length;
    if (n > max) return null;
    parts.push((t as Text).data);
  }
  return parts.join('');
}

/**
 * The live headline Readability left out: the last <h1> or <h2> of the live page whose text is
 * the article's title (as Readability judges a heading that repeats the title, similarity over
 * 0.75) and whose text all comes before the article's first node. Its text, read like the
 * article's, with its live nodes; null when there is none.
 */
function headline(doc: Document, title: string, first: Text): Collected | null {
  if (!title.trim()) return null;
  const heads = doc.querySelectorAll('h1, h2');
  let found: Collected | null = null;
  for (let i = 0; i < heads.length && i < MAX_HEADLINE_CANDIDATES; i++) {
    const h = heads[i]!;
    if (h.closest('[hidden], [aria-hidden="true"], script, style, noscript, template')) continue;
    const raw = textUpTo(h, MAX_HEADLINE_CHARS);
    if (raw === null || similarity(title, raw) <= 0.75) continue;
    const got = collectText(h);
    const last = got.artNodes[got.src.node[got.src.length - 1]!];
    if (!got.text || !last) continue;
    // Candidates come in document order: once one reaches the article, none after it is before it.
    if (last === first || h.contains(first) || order(last, first) > 0) break;
    found = got;
  }
  return found;
}

/**
 * The article with `head` as its first block ("\n\n" between): offsets of the article's own
 * text shift by the headline's length, its nodes stay in document order (the headline is before).
 */
function withHeadline(article: ArticleText, head: Collected): ArticleText {
  const used = new Int32Array(head.artNodes.length).fill(-1);
  const nodes: Text[] = [];
  for (let i = 0; i < head.src.length; i++) {
    const a = head.src.node[i]!;
    if (a >= 0 && used[a] === -1) used[a] = nodes.push(head.artNodes[a]!) - 1;
  }
  const h = head.text.length;
  const text = `${head.text}\n\n${article.text}`;
  const nodeIndex = new Int32Array(text.length).fill(-1);
  const nodeOffset = new Uint32Array(text.length);
  for (let i = 0; i < h; i++) {
    const a = head.src.node[i]!;
    if (a >= 0) {
      nodeIndex[i] = used[a]!;
      nodeOffset[i] = head.src.off[i]!;
    }
  }
  const shift = nodes.length;
  for (let i = 0; i < article.text.length; i++) {
    const k = article.nodeIndex[i]!;
    nodeIndex[h + 2 + i] = k >= 0 ? k + shift : -1;
    nodeOffset[h + 2 + i] = article.nodeOffset[i]!;
  }
  return { ...article, text, nodes: [...nodes, ...article.nodes], nodeIndex, nodeOffset };
}

export function extractArticle(
  doc: Document,
  opts: {
    skipReaderableCheck?: boolean;
    /**
     * Put the live headline Readability dropped (see `headline()`) before the article, as its
     * first block, so it can be marked and noted. The content script asks for it; the CLI and the
     * corpus tests keep Readability's text exactly. `stats` count Readability's text only.
     */
    withHeadline?: boolean;
  } = {},
): ExtractOutcome {
  const type = doc.contentType;
  if (type && !/^(text\/html|application\/xhtml\+xml)\b/i.test(type)) {
    const what = /pdf/i.test(type) ? 'a PDF file' : `a ${type} document`;
    return { ok: false, reason: 'unsupported', message: `This is ${what}, not a web article: there is nothing here Gloss can mark.` };
  }
  if (!doc.documentElement) {
    return { ok: false, reason: 'unsupported', message: 'This document has no HTML to read.' };
  }
  const tooLarge = pageTooLarge(doc);
  if (tooLarge) return { ok: false, reason: 'too-large', message: tooLarge };
  if (!opts.skipReaderableCheck && !isProbablyReaderable(doc)) {
    return {
      ok: false,
      reason: 'not-readerable',
      message: 'This page does not look like an article (too little running text). Gloss works on news stories and other long reads.',
    };
  }

  const clone = doc.cloneNode(true) as Document;
  const liveTexts: Text[] = [];
  const toLive = new Map<Node, number>();
  // From the root element, not the Document: linkedom's doctype has no nextSibling.
  pairTrees(doc.documentElement, clone.documentElement, liveTexts, toLive);
  // Only the clone's body and title are touched: linkedom's getters create missing <head>/<body>.
  if (!clone.body) return { ok: false, reason: 'unsupported', message: 'This document has no HTML body to read.' };
  keepIdentityAcrossReset(clone.body, toLive);

  const parsed = new Readability<Node>(clone, { serializer: (el) => el }).parse();
  const content = parsed?.content;
  if (!parsed || !content || !parsed.textContent?.trim()) {
    return { ok: false, reason: 'no-article', message: 'No article text was found on this page.' };
  }

  const { text: rawText, src, artNodes, significant } = collectText(content);
  if (!rawText) return { ok: false, reason: 'no-article', message: 'No article text was found on this page.' };

  const artLive = new Int32Array(artNodes.length);
  for (let a = 0; a < artNodes.length; a++) artLive[a] = toLive.get(artNodes[a]!) ?? -1;
  const orphans = alignOrphans(artNodes, artLive, liveTexts);
  let starts: Int32Array | null = null;
  if (orphans.size > 0) {
    starts = new Int32Array(liveTexts.length + 1);
    for (let k = 0; k < liveTexts.length; k++) starts[k + 1] = starts[k]! + liveTexts[k]!.data.length;
  }

  // Per char: live node (global index) and offset, then renumber the live nodes actually used.
  const len = rawText.length;
  const liveOf = new Int32Array(len);
  const nodeOffset = new Uint32Array(len);
  let mappedChars = 0;
  for (let i = 0; i < len; i++) {
    const a = src.node[i]!;
    let live = -1;
    let off = 0;
    if (a >= 0) {
      const l = artLive[a]!;
      if (l >= 0) {
        live = l;
        off = src.off[i]!;
      } else {
        const al = orphans.get(a);
        const p = al === undefined ? -1 : typeof al === 'number' ? al + src.off[i]! : al[src.off[i]!]!;
        if (p >= 0 && starts) {
          live = nodeAt(starts, p);
          off = p - starts[live]!;
        }
      }
    }
    liveOf[i] = live;
    nodeOffset[i] = off;
    if (live >= 0 && !isSpace(rawText.charCodeAt(i))) mappedChars++;
  }
  const used = new Int32Array(liveTexts.length).fill(-1);
  for (let i = 0; i < len; i++) if (liveOf[i]! >= 0) used[liveOf[i]!] = 0;
  const nodes: Text[] = [];
  for (let k = 0; k < used.length; k++) if (used[k] === 0) used[k] = nodes.push(liveTexts[k]!) - 1;
  const nodeIndex = new Int32Array(len);
  for (let i = 0; i < len; i++) nodeIndex[i] = liveOf[i]! >= 0 ? used[liveOf[i]!]! : -1;

  const lang = parsed.lang || clone.documentElement.getAttribute('lang') || null;
  const article: ArticleText = {
    title: (parsed.title || clone.title || '').trim(),
    byline: parsed.byline?.trim() || null,
    excerpt: parsed.excerpt?.trim() || null,
    siteName: parsed.siteName?.trim() || null,
    lang,
    text: rawText,
    nodes,
    nodeIndex,
    nodeOffset,
  };
  let head = opts.withHeadline && nodes[0] ? headline(doc, article.title, nodes[0]) : null;
  // A second copy of the headline Readability kept as the article's first block: once is enough.
  if (head && rawText.split('\n', 1)[0] === head.text) head = null;
  return { ok: true, article: head ? withHeadline(article, head) : article, stats: { readabilityChars: significant, mappedChars } };
}

/** The live Range covering text [start, end), from its first to its last mapped char. */
export function rangeFor(article: ArticleText, start: number, end: number): Range | null {
  const s = Math.max(0, start);
  const e = Math.min(article.text.length, end);
  let i = s;
  while (i < e && article.nodeIndex[i]! < 0) i++;
  let j = e - 1;
  while (j >= i && article.nodeIndex[j]! < 0) j--;
  if (i >= e || j < i) return null;
  const first = article.nodes[article.nodeIndex[i]!]!;
  const last = article.nodes[article.nodeIndex[j]!]!;
  const owner = first.ownerDocument;
  const range = owner.createRange();
  range.setStart(first, article.nodeOffset[i]!);
  // A surrogate pair's high half ends the span: include its low half too.
  const endOff = article.nodeOffset[j]! + 1;
  const c = last.data.charCodeAt(endOff - 1);
  range.setEnd(last, c >= 0xd800 && c <= 0xdbff && endOff < last.data.length ? endOff + 1 : endOff);
  return range;
}

interface NodeIndex {
  byNode: Map<Text, number>;
  /** First and last text index read from each node. */
  lo: Int32Array;
  hi: Int32Array;
}

const indexes = new WeakMap<ArticleText, NodeIndex>();

function indexOf(article: ArticleText): NodeIndex {
  let ix = indexes.get(article);
  if (ix) return ix;
  const n = article.nodes.length;
  const lo = new Int32Array(n).fill(-1);
  const hi = new Int32Array(n).fill(-1);
  for (let i = 0; i < article.nodeIndex.length; i++) {
    const k = article.nodeIndex[i]!;
    if (k < 0) continue;
    if (lo[k] === -1) lo[k] = i;
    hi[k] = i;
  }
  const byNode = new Map<Text, number>();
  article.nodes.forEach((t, k) => byNode.set(t, k));
  ix = { byNode, lo, hi };
  indexes.set(article, ix);
  return ix;
}

/** First text index at or after `offset` in article node k. */
function indexInNode(article: ArticleText, ix: NodeIndex, k: number, offset: number): number {
  let lo = ix.lo[k]!;
  let hi = ix.hi[k]! + 1;
  const first = lo;
  const last = hi;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (article.nodeIndex[mid] === k && article.nodeOffset[mid]! < offset) lo = mid + 1;
    else if (article.nodeIndex[mid] !== k) {
      // Only alignment of made-up text can interleave nodes: fall back to a scan.
      for (let i = first; i < last; i++) if (article.nodeIndex[i] === k && article.nodeOffset[i]! >= offset) return i;
      return last;
    } else hi = mid;
  }
  return lo;
}

/**
 * Document order of two connected nodes: < 0 when a comes first (an ancestor comes before its
 * descendants), 0 when the same. Not compareDocumentPosition: linkedom's compares depths only.
 */
function order(a: Node, b: Node): number {
  if (a === b) return 0;
  const chainA: Node[] = [];
  const chainB: Node[] = [];
  for (let n: Node | null = a; n; n = n.parentNode) chainA.push(n);
  for (let n: Node | null = b; n; n = n.parentNode) chainB.push(n);
  let i = chainA.length - 1;
  let j = chainB.length - 1;
  if (chainA[i] !== chainB[j]) return 0;
  while (i >= 0 && j >= 0 && chainA[i] === chainB[j]) {
    i--;
    j--;
  }
  if (i < 0) return -1;
  if (j < 0) return 1;
  const target = chainB[j]!;
  for (let n = chainA[i]!.nextSibling; n; n = n.nextSibling) if (n === target) return -1;
  return 1;
}

/** Whether text node t starts at or after the DOM boundary point (container, offset). */
function atOrAfter(t: Text, container: Node, offset: number): boolean {
  if (container.nodeType !== ELEMENT_NODE && container.nodeType !== 9 && container.nodeType !== 11) {
    // Character data: the point is inside it, so t must be the node itself (at 0) or later.
    return container === t ? offset === 0 : order(container, t) < 0;
  }
  const child = container.childNodes[offset];
  if (child) return order(child, t) <= 0;
  return order(container, t) < 0 && !container.contains(t);
}

/** Text index of a DOM boundary point, clamped to [0, text.length]. */
function boundaryIndex(article: ArticleText, container: Node, offset: number): number {
  const ix = indexOf(article);
  if (container.nodeType === TEXT_NODE) {
    const k = ix.byNode.get(container as Text);
    if (k !== undefined) return indexInNode(article, ix, k, offset);
  }
  // First article node at or after the point; nodes are in document order.
  let lo = 0;
  let hi = article.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (atOrAfter(article.nodes[mid]!, container, offset)) hi = mid;
    else lo = mid + 1;
  }
  return lo < article.nodes.length ? ix.lo[lo]! : article.text.length;
}

/**
 * Text index for a DOM point, e.g. from caretPositionFromPoint: the first article char at or
 * after it. Null when the point is in a Text node the article does not use, or outside the article.
 */
export function textOffsetAt(article: ArticleText, node: Node, offset: number): number | null {
  const ix = indexOf(article);
  if (node.nodeType === TEXT_NODE) {
    const k = ix.byNode.get(node as Text);
    return k === undefined ? null : indexInNode(article, ix, k, offset);
  }
  const first = article.nodes[0];
  if (!first) return null;
  const i = boundaryIndex(article, node, offset);
  if (i >= article.text.length) return null;
  // Index 0 is also what any point before the article resolves to.
  if (i === 0 && node !== first && !node.contains(first) && atOrAfter(first, node, offset)) return null;
  return i;
}

/** The article text span a live selection covers, trimmed of whitespace; null if none. */
export function selectionToText(article: ArticleText, range: Range): { start: number; end: number } | null {
  let start = boundaryIndex(article, range.startContainer, range.startOffset);
  let end = boundaryIndex(article, range.endContainer, range.endOffset);
  const t = article.text;
  while (start < end && isSpace(t.charCodeAt(start))) start++;
  while (end > start && isSpace(t.charCodeAt(end - 1))) end--;
  return start < end ? { start, end } : null;
}
