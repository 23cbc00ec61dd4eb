// Article extraction that stays tied to the live page. Readability only ever sees a clone (it
// rewrites the DOM it is given); every character of the text we hand to recognition keeps the
// live Text node and offset it came from, so marks, hovers and selections can go back and forth.
// Pure DOM: runs in the content script and, on linkedom, in Node (CLI, corpus tests).
//
// The steps live in src/core/article/ (one file per concern); this file runs them in order and is
// what the rest of the code imports.

import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { alignOrphans, nodeAt } from './article/align';
import { collectText } from './article/collect';
import { headline, withHeadline } from './article/headline';
import { pageTooLarge } from './article/limits';
import { keepIdentityAcrossReset, pairTrees } from './article/pairing';
import { isSpace } from './article/text-rules';
import type { ArticleText, ExtractOutcome } from './article/types';

export type { ArticleText, ExtractOutcome } from './article/types';
export { MAX_PAGE_CHARS } from './article/limits';
export { rangeFor, selectionToText, textOffsetAt } from './article/offsets';

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
