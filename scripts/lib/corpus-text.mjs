// Article texts of the readability test pages, for benchmarks: what recognition would be given for
// each page. We read expected.html (Readability's own output for the page) instead of running
// extraction on source.html, so the texts do not move when extraction changes and a benchmark of
// recognition measures recognition only.
//
// The text follows the rules of ArticleText.text in src/core/article.ts: whitespace runs collapse to
// one space, paragraph-like blocks are separated by "\n\n" and line-like elements (br, li, table
// cells) by "\n", whitespace inside <pre> is kept, soft hyphens / zero-width spaces / BOMs are
// dropped, and the whole is trimmed. article.ts's walker is private to it (it also maps every char to
// its live node); this is an independent walk with the same element lists. Checked against
// extractArticle() run on expected.html itself: the same text on 118 of the 130 pages; on the other 12
// Readability drops part of its own output on the second pass (author boxes, comments, a gallery).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { corpusRoot } from './corpus-root.mjs';

export const PAGES_DIR = join(corpusRoot, 'readability-test-pages');

const SKIP = new Set(['script', 'style', 'noscript', 'template']);
const PARAGRAPH = new Set(
  (
    'p div h1 h2 h3 h4 h5 h6 blockquote pre figure figcaption table ul ol dl section article header footer aside ' +
    'main nav address hr details summary fieldset form caption center hgroup menu'
  ).split(' '),
);
const LINE = new Set('br li tr td th dt dd thead tbody tfoot option'.split(' '));
// \s covers every space article.ts collapses except NEL (U+0085).
const SPACE_RUN = /([\s\u0085]+)/;
const DROPPED = /[\u00ad\u200b\ufeff]/g;

/** The article text of one element tree, as ArticleText.text would read it. */
export function textOf(root) {
  const out = [];
  let started = false;
  let pendingBreak = 0; // 0, 1 ("\n") or 2 ("\n\n"), emitted only between two pieces of text
  let pendingSpace = '';
  const emitWord = (w) => {
    if (started) out.push(pendingBreak === 2 ? '\n\n' : pendingBreak === 1 ? '\n' : pendingSpace);
    out.push(w);
    started = true;
    pendingBreak = 0;
    pendingSpace = '';
  };
  const visit = (node, inPre) => {
    if (node.nodeType === 3) {
      const parts = node.data.replace(DROPPED, '').split(SPACE_RUN);
      // split() with a capturing group alternates: word, space run, word, ... (words may be empty).
      for (let k = 0; k < parts.length; k++) {
        const piece = parts[k];
        if (k % 2 === 0) {
          if (piece) emitWord(piece);
        } else if (!pendingBreak) pendingSpace = inPre ? pendingSpace + piece.replace(/\u00a0/g, ' ') : ' ';
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const name = (node.localName ?? node.tagName ?? '').toLowerCase();
    if (SKIP.has(name)) return;
    const brk = PARAGRAPH.has(name) ? 2 : LINE.has(name) ? 1 : 0;
    const requestBreak = () => {
      if (brk > pendingBreak) pendingBreak = brk;
      if (brk) pendingSpace = '';
    };
    requestBreak();
    const pre = inPre || name === 'pre';
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c, pre);
    requestBreak();
  };
  visit(root, false);
  return out.join('');
}

/** Page folder names that have an expected.html, sorted. */
export function pageNames() {
  return readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(PAGES_DIR, d.name, 'expected.html')))
    .map((d) => d.name)
    .sort();
}

/** [{ name, text }] for every test page, in name order. Cached per process. */
let cache = null;
export function corpusTexts() {
  if (cache) return cache;
  cache = pageNames().map((name) => {
    const html = readFileSync(join(PAGES_DIR, name, 'expected.html'), 'utf8');
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    return { name, text: textOf(document.body) };
  });
  return cache;
}
