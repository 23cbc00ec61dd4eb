// The headline as the article's first block (extractArticle's `withHeadline`, asked for by the
// content script): Readability drops the <h1> that repeats the title, so without it a selection in
// the headline cannot be noted. The headline's text keeps its live nodes like the rest, the
// article's own text follows unchanged, and notes made before the headline joined still anchor.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { describe as describeNote, reanchor } from '../../src/core/anchor';
import { expectFaithful } from './faithful';
import { extractArticle, selectionToText, textOffsetAt, type ArticleText } from '../../src/core/article';

const LOREM =
  'The committee met on Tuesday to discuss the proposal, which had been delayed for several months while ' +
  'officials studied the likely costs and the effect on local businesses and residents.';
const HEADLINE = 'Ofgem approves £2.5bn grid upgrade for Scotland';
const STANDFIRST = 'The regulator says work on the northern lines will start in 2026.';

function page(body: string, title = `${HEADLINE} | The Daily Test`): string {
  return `<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body>${body}</body></html>`;
}

const STORY = `<p class="standfirst">${STANDFIRST}</p><p>${LOREM}</p><p>Ofgem said on Monday that ${LOREM}</p><p>${LOREM} ${LOREM}</p>`;

/** A headline in the page's header, outside the article element. */
const OUTSIDE = page(`
  <header><h1 class="logo">The Daily Test</h1><nav><a href="/">Home</a></nav></header>
  <div class="headline"><h1>Ofgem approves <b>£2.5bn</b>   grid upgrade
    for Scotland</h1></div>
  <article>${STORY}</article>
  <footer>Copyright footer text</footer>`);

/** A headline inside the article, which Readability removes as a copy of the title. */
const INSIDE = page(`<article><h1>${HEADLINE}</h1>${STORY}</article>`);

function extract(html: string, withHeadline: boolean): { document: Document; article: ArticleText } {
  const { document } = parseHTML(html);
  const outcome = extractArticle(document, { skipReaderableCheck: true, withHeadline });
  if (!outcome.ok) throw new Error(`expected an article, got ${outcome.reason}`);
  return { document, article: outcome.article };
}

const sel = (article: ArticleText, sc: Node, so: number, ec: Node, eo: number) =>
  selectionToText(article, { startContainer: sc, startOffset: so, endContainer: ec, endOffset: eo } as unknown as Range);

describe('the headline as the first block', () => {
  for (const [name, html] of [
    ['outside the article element', OUTSIDE],
    ['inside it, dropped by Readability', INSIDE],
  ] as const) {
    it(`${name}: headline, a paragraph break, then the article's text unchanged`, () => {
      const { document } = parseHTML(html);
      const outcome = extractArticle(document, { skipReaderableCheck: true });
      const withHead = extractArticle(document, { skipReaderableCheck: true, withHeadline: true });
      if (!outcome.ok || !withHead.ok) throw new Error('expected an article');
      const plain = outcome.article;
      const { article } = withHead;
      expect(plain.text.startsWith(STANDFIRST)).toBe(true);
      expect(plain.text).not.toContain('grid upgrade');
      expect(article.text).toBe(`${HEADLINE}\n\n${plain.text}`);
      expect(article.title).toBe(plain.title);
      expectFaithful(article, document);
      // The article's own chars point where they did.
      const h = HEADLINE.length + 2;
      for (let i = 0; i < plain.text.length; i++) {
        const k = plain.nodeIndex[i]!;
        expect(article.nodeIndex[h + i]! < 0 ? null : article.nodes[article.nodeIndex[h + i]!]).toBe(k < 0 ? null : plain.nodes[k]);
        if (k >= 0) expect(article.nodeOffset[h + i]).toBe(plain.nodeOffset[i]);
      }
      // textOffsetAt inverts the mapping, headline included.
      for (let i = 0; i < article.text.length; i++) {
        const k = article.nodeIndex[i]!;
        if (k >= 0) expect(textOffsetAt(article, article.nodes[k]!, article.nodeOffset[i]!)).toBe(i);
      }
    });
  }

  it('a selection in the headline becomes a span (it was none without the headline)', () => {
    const { document, article } = extract(OUTSIDE, true);
    const h1 = document.querySelector('.headline h1')!;
    const first = h1.firstChild as Text; // "Ofgem approves "
    const b = h1.querySelector('b')!.firstChild as Text; // "£2.5bn"
    const span = sel(article, first, 6, b, b.data.length)!;
    expect(article.text.slice(span.start, span.end)).toBe('approves £2.5bn');
    // From the headline into the standfirst.
    const stand = document.querySelector('.standfirst')!.firstChild as Text;
    const across = sel(article, first, 0, stand, 14)!;
    expect(article.text.slice(across.start, across.end)).toBe(`${HEADLINE}\n\nThe regulator`);

    const plain = extract(OUTSIDE, false);
    const h1p = plain.document.querySelector('.headline h1')!;
    expect(sel(plain.article, h1p.firstChild!, 6, h1p.querySelector('b')!.firstChild!, 6)).toBeNull();
  });

  it('takes only a heading that repeats the title, before the article, visible, once', () => {
    const body = `<article>${STORY}</article>`;
    // A masthead <h1> alone is no headline.
    expect(extract(page(`<h1>The Daily Test</h1>${body}`), true).article.text.startsWith(STANDFIRST)).toBe(true);
    // After the article.
    expect(extract(page(`${body}<h1>${HEADLINE}</h1>`), true).article.text).not.toContain('grid upgrade');
    // Hidden.
    expect(extract(page(`<h1 hidden>${HEADLINE}</h1>${body}`), true).article.text.startsWith(STANDFIRST)).toBe(true);
    expect(extract(page(`<div aria-hidden="true"><h1>${HEADLINE}</h1></div>${body}`), true).article.text.startsWith(STANDFIRST)).toBe(true);
    // Of two copies before the article, the nearer one, and only once.
    const two = extract(page(`<div class="top"><h2>${HEADLINE}</h2></div><div class="hl"><h1>${HEADLINE}</h1></div>${body}`), true);
    expect(two.article.text).toBe(`${HEADLINE}\n\n${extract(page(body), false).article.text}`);
    expect(two.article.nodes[0]!.parentNode!.nodeName.toLowerCase()).toBe('h1');
    // A headline Readability kept as the article's first block is not added again.
    const kept = extract(page(`<h1>${HEADLINE}</h1><article><h2>${HEADLINE}</h2>${STORY}</article>`, 'Other words entirely here'), true);
    expect(kept.article.text.split(HEADLINE).length - 1).toBeLessThanOrEqual(1);
  });

  it('leaves the live document untouched', () => {
    const { document } = parseHTML(OUTSIDE);
    const before = document.toString();
    expect(extractArticle(document, { skipReaderableCheck: true, withHeadline: true }).ok).toBe(true);
    expect(document.toString()).toBe(before);
  });
});

describe('notes stored before the headline joined the text', () => {
  const old = extract(OUTSIDE, false).article.text;
  const now = extract(OUTSIDE, true).article.text;
  const shift = HEADLINE.length + 2;

  for (const quote of [STANDFIRST.slice(0, 13), 'Ofgem said on Monday', 'effect on local businesses and residents.']) {
    it(`re-anchor at the same words, ${shift} characters on: "${quote}"`, () => {
      const start = old.indexOf(quote);
      const selector = describeNote(old, start, start + quote.length);
      const at = reanchor(now, selector)!;
      expect(at).toEqual({ start: start + shift, end: start + shift + quote.length, changes: [] });
    });
  }

  it('a note on the headline is found again on the next visit', () => {
    const selector = describeNote(now, 6, 21); // "approves £2.5bn"
    expect(selector[0].exact).toBe('approves £2.5bn');
    expect(reanchor(extract(OUTSIDE, true).article.text, selector)).toEqual({ start: 6, end: 21, changes: [] });
  });
});
