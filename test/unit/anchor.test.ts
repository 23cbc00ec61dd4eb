import { describe as group, expect, it } from 'vitest';
import { anchor, atPosition, canonicalUrl, CONTEXT_CHARS, describe, exactQuote, type AnchorStrategy } from '../../src/core/anchor';
import { noteSelector, CheckFailure, type NoteSelector } from '../../src/core/protocol';

const article =
  'The company said revenue rose 12% to $4.1 billion in the quarter. ' +
  'Analysts had expected revenue of $3.9 billion. ' +
  'The company said it would hire 500 engineers next year.';

group('describe', () => {
  it('records the quote, 32 characters of context each side, and the position', () => {
    const start = article.indexOf('$3.9 billion');
    const end = start + '$3.9 billion'.length;
    const [quote, position] = describe(article, start, end);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: '$3.9 billion',
      prefix: article.slice(start - CONTEXT_CHARS, start),
      suffix: article.slice(end, end + CONTEXT_CHARS),
    });
    expect(quote.prefix).toHaveLength(32);
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
    expect(noteSelector([quote, position], 'selector')).not.toBeInstanceOf(CheckFailure);
  });

  it('keeps shorter context at the edges of the text', () => {
    const [quote] = describe(article, 0, 3);
    expect(quote.prefix).toBe('');
    const [tail] = describe(article, article.length - 5, article.length);
    expect(tail.suffix).toBe('');
    expect(tail.exact).toBe('year.');
  });

  it('refuses empty, reversed or out-of-text ranges', () => {
    expect(() => describe(article, 5, 5)).toThrow(RangeError);
    expect(() => describe(article, 6, 5)).toThrow(RangeError);
    expect(() => describe(article, -1, 5)).toThrow(RangeError);
    expect(() => describe(article, 0, article.length + 1)).toThrow(RangeError);
  });
});

group('anchor', () => {
  const noteOn = (text: string, needle: string, nth = 0) => {
    let at = -1;
    for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
    return describe(text, at, at + needle.length);
  };

  it('finds an unchanged passage where it was', () => {
    const sel = noteOn(article, 'revenue rose 12%');
    expect(anchor(article, sel)).toEqual({ start: sel[1].start, end: sel[1].end });
  });

  it('follows a passage that moved', () => {
    const sel = noteOn(article, 'hire 500 engineers');
    const edited = `UPDATE: shares fell after the call.\n\n${article}`;
    const at = anchor(edited, sel);
    expect(at).not.toBeNull();
    expect(edited.slice(at!.start, at!.end)).toBe('hire 500 engineers');
    expect(at!.start).toBe(edited.indexOf('hire 500 engineers'));
  });

  it('picks the duplicate whose context matches, not the first or the nearest', () => {
    // "The company said" occurs twice; the note is on the second.
    const sel = noteOn(article, 'The company said', 1);
    const second = article.lastIndexOf('The company said');
    expect(anchor(article, sel)!.start).toBe(second);
    // Text inserted before both moves them; the second must still win on context.
    const edited = `Breaking. ${article}`;
    expect(anchor(edited, sel)!.start).toBe(edited.lastIndexOf('The company said'));
  });

  it('does not keep a position that now holds a different copy of the quote', () => {
    const text = 'alpha beta gamma. alpha beta delta.';
    const sel = noteOn(text, 'beta', 1); // the one before "delta"
    // The sentences swapped: the old position now holds the "gamma" copy.
    const swapped = 'alpha beta delta. alpha beta gamma.';
    expect(swapped.slice(sel[1].start, sel[1].end)).toBe('beta');
    expect(anchor(swapped, sel)).toEqual({ start: 6, end: 10 });
  });

  it('prefers the copy nearest the old position when context cannot tell', () => {
    const text = 'x---x-------x';
    const sel: NoteSelector = [
      { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: 5, end: 6 },
    ];
    expect(anchor(text, sel)).toEqual({ start: 4, end: 5 });
  });

  it('returns null when the passage is gone', () => {
    const sel = noteOn(article, 'hire 500 engineers');
    expect(anchor(article.replace('500', '600'), sel)).toBeNull();
    expect(anchor('', sel)).toBeNull();
  });

  it('survives a stale position beyond the end of a shorter text', () => {
    const sel = noteOn(article, 'next year');
    const shorter = 'Hiring plans: next year, maybe.';
    expect(anchor(shorter, sel)).toEqual({ start: shorter.indexOf('next year'), end: shorter.indexOf('next year') + 9 });
  });

  it('tries strategies in order, so new ones can be appended', () => {
    const sel = noteOn(article, 'hire 500 engineers');
    const fallback: AnchorStrategy = () => ({ start: 1, end: 2 });
    expect(anchor('gone', sel, [atPosition, exactQuote, fallback])).toEqual({ start: 1, end: 2 });
    expect(anchor(article, sel, [atPosition, exactQuote, fallback])).toEqual({ start: sel[1].start, end: sel[1].end });
    expect(anchor(article, sel, [])).toBeNull();
  });
});

group('canonicalUrl', () => {
  it('drops the fragment and tracking parameters, keeps the rest sorted', () => {
    expect(canonicalUrl('https://News.Example.com/world/story-123/?utm_source=x&b=2&fbclid=abc&a=1&gclid=z&UTM_Medium=y#comments')).toBe(
      'https://news.example.com/world/story-123?a=1&b=2',
    );
    expect(canonicalUrl('https://example.com/?utm_campaign=x')).toBe('https://example.com/');
    expect(canonicalUrl('https://example.com:443/a?id=5')).toBe('https://example.com/a?id=5');
  });

  it('is stable: normalizing twice changes nothing', () => {
    const once = canonicalUrl('https://example.com/a/b/?q=hello%20world&x=%7E#top');
    expect(canonicalUrl(once)).toBe(once);
  });

  it('prefers a same-site canonical link, resolved against the page', () => {
    const page = 'https://www.example.com/amp/story?utm_source=tw';
    expect(canonicalUrl(page, '/world/story')).toBe('https://www.example.com/world/story');
    expect(canonicalUrl('https://example.com/story', 'https://www.example.com/story#x')).toBe('https://www.example.com/story');
    expect(canonicalUrl('http://www.example.com:8080/a', 'http://example.com:8080/story')).toBe('http://example.com:8080/story');
  });

  it('honours a canonical only on the same scheme and port (another port is another origin)', () => {
    expect(canonicalUrl('http://127.0.0.1:4002/copy', 'http://127.0.0.1:4001/story')).toBe('http://127.0.0.1:4002/copy');
    expect(canonicalUrl('http://example.com/copy', 'https://example.com/story')).toBe('http://example.com/copy');
    expect(canonicalUrl('https://example.com/copy', 'http://example.com/story')).toBe('https://example.com/copy');
    expect(canonicalUrl('https://example.com:8443/copy', 'https://example.com/story')).toBe('https://example.com:8443/copy');
  });

  it('sets aside exactly "www.": numbered, mobile and AMP labels can be another tenant of a shared host', () => {
    expect(canonicalUrl('https://www42.substack.com/p/copy', 'https://substack.com/@victim/p/story')).toBe(
      'https://www42.substack.com/p/copy',
    );
    expect(canonicalUrl('https://m.medium.com/copy', 'https://medium.com/@victim/story')).toBe('https://m.medium.com/copy');
    expect(canonicalUrl('https://amp.example.com/copy', 'https://example.com/story')).toBe('https://amp.example.com/copy');
    expect(canonicalUrl('https://mobile.example.com/copy', 'https://www.example.com/story')).toBe('https://mobile.example.com/copy');
  });

  it('does not let a subdomain claim its parent domain (shared hosts: evil.substack.com is not substack.com)', () => {
    expect(canonicalUrl('https://evil.substack.com/p/copy', 'https://substack.com/@victim/p/story')).toBe(
      'https://evil.substack.com/p/copy',
    );
    expect(canonicalUrl('https://edition.example.com/story', 'https://example.com/story')).toBe('https://edition.example.com/story');
  });

  it('ignores a canonical link to another site, or an unusable one', () => {
    const page = 'https://evil.test/copy?ref=1';
    expect(canonicalUrl(page, 'https://www.example.com/story')).toBe('https://evil.test/copy?ref=1');
    expect(canonicalUrl(page, 'javascript:alert(1)')).toBe('https://evil.test/copy?ref=1');
    expect(canonicalUrl(page, 'http://[bad')).toBe('https://evil.test/copy?ref=1');
    expect(canonicalUrl(page, '')).toBe('https://evil.test/copy?ref=1');
    expect(canonicalUrl('https://a.co.uk/x', 'https://b.co.uk/x')).toBe('https://a.co.uk/x');
  });

  it('passes through what is not a URL, minus any fragment', () => {
    expect(canonicalUrl('not a url#frag')).toBe('not a url');
  });
});
