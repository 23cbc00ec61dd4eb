// Finding the live headline Readability leaves out: the <h1>/<h2> before the article that repeats its
// title, which becomes the text's first block. Separate because only the content script asks for
// it (the CLI and corpus tests keep Readability's text exactly).

import { collectText, type Collected } from './collect';
import { order } from './dom';

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
export function headline(doc: Document, title: string, first: Text): Collected | null {
  if (!title.trim()) return null;
  const heads = doc.querySelectorAll('h1, h2');
  let found: Collected | null = null;
  for (let i = 0; i < heads.length && i < MAX_HEADLINE_CANDIDATES; i++) {
    const h = heads[i]!;
    if (h.closest('[hidden], [aria-hidden="true"], script, style, noscript, template')) continue;
    const raw = textUpTo(h, MAX_HEADLINE_CHARS);
    if (raw === null || similarity(title, raw) <= 0.75) continue;
    const got = collectText(h);
    const last = got.runs.count > 0 ? got.sources[got.runs.node(got.runs.count - 1)] : undefined;
    if (!got.text || !last) continue;
    // Candidates come in document order: once one reaches the article, none after it is before it.
    if (last === first || h.contains(first) || order(last, first) > 0) break;
    found = got;
  }
  return found;
}
