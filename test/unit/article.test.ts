import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { expectFaithful } from './faithful';
import { extractArticle, rangeFor, selectionToText, textOffsetAt, type ArticleText } from '../../src/core/article';

const LOREM =
  'The committee met on Tuesday to discuss the proposal, which had been delayed for several months while ' +
  'officials studied the likely costs and the effect on local businesses and residents.';

function page(body: string, head = '<title>Test page</title>'): string {
  return `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
}

const ARTICLE = page(`
  <nav><a href="/">Home</a> <a href="/news">News</a></nav>
  <article>
    <h1>Grid   upgrade approved</h1>
    <p>Ofgem   approved a <b>£2.5 billion</b> plan
       on Monday.<script>var hidden = "script text";</script> Work starts in <i>2026</i>.</p>
    <style>.x { color: red }</style>
    <p>${LOREM}</p>
    <p>Second line one<br>second line two</p>
    <ul><li>First item</li><li>Second item</li></ul>
    <p>${LOREM} ${LOREM}</p>
    <pre>code  line 1
  indented line 2</pre>
    <p>Wiki&shy;pedia and&nbsp;non-breaking.</p>
  </article>
  <footer>Copyright footer text</footer>`);

function extract(html: string, opts = { skipReaderableCheck: true }) {
  const { document } = parseHTML(html);
  const outcome = extractArticle(document, opts);
  return { document, outcome };
}

function mustExtract(html: string): { document: Document; article: ArticleText; stats: { readabilityChars: number; mappedChars: number } } {
  const { document, outcome } = extract(html);
  if (!outcome.ok) throw new Error(`expected an article, got ${outcome.reason}: ${outcome.message}`);
  return { document, article: outcome.article, stats: outcome.stats };
}

describe('extractArticle', () => {
  it('reads the article as a reader would copy it', () => {
    const { article, document, stats } = mustExtract(ARTICLE);
    const t = article.text;
    expect(article.title).toBe('Test page');
    expect(article.lang).toBe('en');
    expect(t).toContain('Ofgem approved a £2.5 billion plan on Monday. Work starts in 2026.');
    expect(t).not.toContain('script text');
    expect(t).not.toContain('color: red');
    expect(t).not.toContain('Home');
    expect(t).not.toContain('Copyright');
    expect(t).toContain(`2026.\n\n${LOREM}\n\nSecond line one\nsecond line two\n\nFirst item\nSecond item\n\n${LOREM} ${LOREM}`);
    expect(t).toContain('code  line 1\n  indented line 2\n\nWikipedia and non-breaking.');
    expect(t).toBe(t.trim());
    // Outside <pre>, no whitespace survives but single spaces and the block separators.
    expect(t.replace('code  line 1\n  indented line 2', 'PRE')).not.toMatch(/\s{2,}(?<!\n\n)|\n{3,}| \n|\n |[\t\u00a0\u00ad]/);
    expectFaithful(article, document);
    expect(stats.mappedChars).toBe(stats.readabilityChars);
    expect(stats.readabilityChars).toBe(t.replace(/\s/g, '').length);
  });

  it('leaves the live document byte-identical', () => {
    const { document } = parseHTML(ARTICLE);
    const before = document.toString();
    const outcome = extractArticle(document, { skipReaderableCheck: true });
    expect(outcome.ok).toBe(true);
    expect(document.toString()).toBe(before);
  });

  it('keeps the live nodes when Readability re-parses the page for a short article', () => {
    // Under 500 chars: Readability resets body.innerHTML and retries, which makes new Text nodes.
    // A hidden block repeats the opening sentence: only node identity (not text search) tells them apart.
    const short = page(
      `<div style="display:none"><p>The opening sentence.</p></div>` +
        // "comment" makes the first pass strip the story, so the article comes from a re-parsed pass.
        `<div class="comments" id="story"><p>The opening sentence.</p><p>${LOREM}</p></div>`,
    );
    const { article, document, stats } = mustExtract(short);
    expect(article.text).toBe(`The opening sentence.\n\n${LOREM}`);
    expect(stats.mappedChars).toBe(stats.readabilityChars);
    expectFaithful(article, document);
    const k = article.nodeIndex[0]!;
    expect((article.nodes[k]!.parentNode!.parentNode as Element).id).toBe('story');
  });

  it('finds text Readability creates (javascript: links become text nodes) in the live page', () => {
    const html = page(
      `<article><p>${LOREM} See <a href="javascript:void(0)">the full report</a> for details.</p><p>${LOREM}</p></article>`,
    );
    const { article, document, stats } = mustExtract(html);
    expect(article.text).toContain('See the full report for details.');
    expect(stats.mappedChars).toBe(stats.readabilityChars);
    expectFaithful(article, document);
    const i = article.text.indexOf('full report');
    const k = article.nodeIndex[i]!;
    expect(article.nodes[k]!.parentNode!.nodeName.toLowerCase()).toBe('a');
  });

  it('checks readerability unless told not to', () => {
    const tiny = page('<p>Too short.</p>');
    const { outcome } = extract(tiny, { skipReaderableCheck: false });
    expect(outcome).toMatchObject({ ok: false, reason: 'not-readerable' });
    if (!outcome.ok) expect(outcome.message.length).toBeGreaterThan(10);
    expect(extract(ARTICLE, { skipReaderableCheck: false }).outcome.ok).toBe(true);
  });

  it('refuses documents that are not HTML', () => {
    const { document } = parseHTML(ARTICLE);
    Object.defineProperty(document, 'contentType', { value: 'application/pdf' });
    expect(extractArticle(document)).toMatchObject({ ok: false, reason: 'unsupported' });
  });

  it('reports pages without an article', () => {
    expect(extract(page('')).outcome).toMatchObject({ ok: false, reason: 'no-article' });
    expect(extract(page('<script>only("script")</script>')).outcome).toMatchObject({ ok: false, reason: 'no-article' });
  });
});

describe('mapping text <-> live DOM', () => {
  const { article, document } = mustExtract(ARTICLE);

  it('textOffsetAt inverts the mapping for every mapped char', () => {
    for (let i = 0; i < article.text.length; i++) {
      const k = article.nodeIndex[i]!;
      if (k < 0) continue;
      expect(textOffsetAt(article, article.nodes[k]!, article.nodeOffset[i]!)).toBe(i);
    }
  });

  it('textOffsetAt is null outside the article', () => {
    const nav = document.querySelector('nav a')!.firstChild!;
    expect(textOffsetAt(article, nav, 1)).toBeNull();
    const footer = document.querySelector('footer')!;
    expect(textOffsetAt(article, footer, 0)).toBeNull();
  });

  it('rangeFor covers exactly the requested text', () => {
    const calls: { start?: [Node, number]; end?: [Node, number] } = {};
    const fake = {
      setStart: (n: Node, o: number) => (calls.start = [n, o]),
      setEnd: (n: Node, o: number) => (calls.end = [n, o]),
    };
    // linkedom's Range has no setStart/setEnd: record the boundaries instead.
    (document as unknown as { createRange: () => unknown }).createRange = () => fake;
    const phrase = '£2.5 billion plan on Monday';
    const s = article.text.indexOf(phrase);
    expect(rangeFor(article, s, s + phrase.length)).toBe(fake);
    const [sn, so] = calls.start!;
    const [en, eo] = calls.end!;
    // Read the live text between the two boundaries through the article's node list.
    const a = article.nodes.indexOf(sn as Text);
    const b = article.nodes.indexOf(en as Text);
    let live = '';
    for (let k = a; k <= b; k++) {
      const d = article.nodes[k]!.data;
      live += d.slice(k === a ? so : 0, k === b ? eo : d.length);
    }
    expect(live.replace(/\s+/g, ' ')).toBe(phrase);
    expect(rangeFor(article, 0, 0)).toBeNull();
    const sep = article.text.indexOf('\n\n');
    expect(rangeFor(article, sep, sep + 2)).toBeNull();
  });

  it('selectionToText maps text and element boundaries, and clamps to the article', () => {
    const sel = (sc: Node, so: number, ec: Node, eo: number) =>
      selectionToText(article, { startContainer: sc, startOffset: so, endContainer: ec, endOffset: eo } as unknown as Range);
    const ps = [...document.querySelectorAll('article p')];
    // Mid-word in one text node to mid-word in another.
    const t0 = ps[1]!.firstChild as Text;
    const i0 = t0.data.indexOf('committee');
    const t1 = ps[3]!.firstChild as Text;
    const i1 = t1.data.indexOf('Tuesday');
    const r = sel(t0, i0 + 3, t1, i1 + 4)!;
    expect(article.text.slice(r.start, r.end).startsWith('mittee met on Tuesday')).toBe(true);
    expect(article.text.slice(r.start, r.end).endsWith('The committee met on Tues')).toBe(true);
    // Triple-click style: from the start of one paragraph to the start of the next.
    const whole = sel(ps[1]!, 0, ps[2]!, 0)!;
    expect(article.text.slice(whole.start, whole.end)).toBe(LOREM);
    // Starting in the nav (before the article) clamps to its start.
    const nav = document.querySelector('nav')!;
    const head = sel(nav, 0, t0, 3)!;
    expect(head.start).toBe(0);
    expect(article.text.slice(head.start, head.end).endsWith('The')).toBe(true);
    // Entirely outside the article.
    const footer = document.querySelector('footer')!;
    expect(sel(footer, 0, footer, 1)).toBeNull();
    // Collapsed.
    expect(sel(t0, 5, t0, 5)).toBeNull();
  });
});
