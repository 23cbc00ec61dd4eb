// Article extraction that stays tied to the live page. Readability only ever sees a clone (it
// rewrites the DOM it is given); every character of the text we hand to recognition keeps the
// live Text node and offset it came from, so marks, hovers and selections can go back and forth.
// Pure DOM: runs in the content script and, on linkedom, in Node (CLI, corpus tests).
//
// The steps live in src/core/article/ (one file per concern); this file runs them in order and is
// what the rest of the code imports.

import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { alignOrphans } from './article/align';
import { collectText } from './article/collect';
import { headline } from './article/headline';
import { MAX_PAGE_CHARS, pageTooLarge, textTooLong } from './article/limits';
import { fillArrays, ownRuns, toLive } from './article/mapping';
import { keepIdentityAcrossReset, liveIndexOf, pairTrees } from './article/pairing';
import type { ArticleText, ExtractOutcome } from './article/types';

export type { ArticleText, ExtractOutcome } from './article/types';
export { MAX_PAGE_CHARS } from './article/limits';
export { nodeTextStart, rangeFor, selectionToText, textOffsetAt } from './article/offsets';

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
  const clone = doc.cloneNode(true) as Document;
  // One walk pairs the page with its clone and counts its text for the size limit.
  const { liveTexts, chars } = pairTrees(doc.documentElement, clone.documentElement, MAX_PAGE_CHARS);
  const tooLong = textTooLong(chars);
  if (tooLong) return { ok: false, reason: 'too-large', message: tooLong };
  if (!opts.skipReaderableCheck && !isProbablyReaderable(doc)) {
    return {
      ok: false,
      reason: 'not-readerable',
      message: 'This page does not look like an article (too little running text). Gloss works on news stories and other long reads.',
    };
  }

  // Only the clone's body and title are touched: linkedom's getters create missing <head>/<body>.
  if (!clone.body) return { ok: false, reason: 'unsupported', message: 'This document has no HTML body to read.' };
  keepIdentityAcrossReset(clone.body);

  const parsed = new Readability<Node>(clone, { serializer: (el) => el }).parse();
  const content = parsed?.content;
  if (!parsed || !content || !parsed.textContent?.trim()) {
    return { ok: false, reason: 'no-article', message: 'No article text was found on this page.' };
  }

  const collected = collectText(content);
  const rawText = collected.text;
  if (!rawText) return { ok: false, reason: 'no-article', message: 'No article text was found on this page.' };

  const liveOf = Int32Array.from(collected.sources, liveIndexOf);
  const live = toLive(collected, liveOf, alignOrphans(collected.sources, liveOf, liveTexts), liveTexts);

  const lang = parsed.lang || clone.documentElement.getAttribute('lang') || null;
  const title = (parsed.title || clone.title || '').trim();
  let head = opts.withHeadline && live.nodes[0] ? headline(doc, title, live.nodes[0]) : null;
  // A second copy of the headline Readability kept as the article's first block: once is enough.
  if (head && rawText.split('\n', 1)[0] === head.text) head = null;
  // The headline's block, then "\n\n", then the article's text, whose offsets shift by as much.
  const text = head ? `${head.text}\n\n${rawText}` : rawText;
  const parts = head
    ? [
        { at: 0, live: ownRuns(head) },
        { at: head.text.length + 2, live },
      ]
    : [{ at: 0, live }];
  const article: ArticleText = {
    title,
    byline: parsed.byline?.trim() || null,
    excerpt: parsed.excerpt?.trim() || null,
    siteName: parsed.siteName?.trim() || null,
    lang,
    text,
    ...fillArrays(text.length, parts),
  };
  return { ok: true, article, stats: { readabilityChars: collected.significant, mappedChars: live.mappedChars } };
}
