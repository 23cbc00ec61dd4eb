import { describe as group, expect, it } from 'vitest';
import { canonicalUrl, pageUrls } from '../../src/core/urls';

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
    const page = 'https://evil.test/copy?page=1';
    expect(canonicalUrl(page, 'https://www.example.com/story')).toBe('https://evil.test/copy?page=1');
    expect(canonicalUrl(page, 'javascript:alert(1)')).toBe('https://evil.test/copy?page=1');
    expect(canonicalUrl(page, 'http://[bad')).toBe('https://evil.test/copy?page=1');
    expect(canonicalUrl(page, '')).toBe('https://evil.test/copy?page=1');
    expect(canonicalUrl('https://a.co.uk/x', 'https://b.co.uk/x')).toBe('https://a.co.uk/x');
  });

  it('passes through what is not a URL, minus any fragment', () => {
    expect(canonicalUrl('not a url#frag')).toBe('not a url');
  });
});

group('share and referral parameters', () => {
  it('drops referral, share and campaign codes by their documented names, in any case', () => {
    expect(canonicalUrl('https://example.com/story?ref=hn&share=tw&CMP=share_btn_tw&INTCMP=x&xtor=RSS-1&smid=url-share')).toBe(
      'https://example.com/story',
    );
    expect(canonicalUrl('https://example.com/story?ns_mchannel=social&ns_source=twitter&ncid=1&s_cid=2&fb_ref=3')).toBe(
      'https://example.com/story',
    );
  });

  it('keeps parameters that choose content, including names that are also query words', () => {
    expect(canonicalUrl('https://example.com/?s=budget&ref=nav')).toBe('https://example.com/?s=budget');
    expect(canonicalUrl('https://example.com/article?id=42&page=2&source=rss')).toBe('https://example.com/article?id=42&page=2&source=rss');
    expect(canonicalUrl('https://example.com/p?reference=7')).toBe('https://example.com/p?reference=7');
  });
});

group('pageUrls', () => {
  it('lists the key new notes take first, then every other key, without duplicates', () => {
    const keys = pageUrls('https://www.example.com/story/?utm_source=x#c', null, null);
    expect(keys[0]).toBe('https://www.example.com/story');
    expect(keys).toEqual(['https://www.example.com/story', 'https://example.com/story']);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('files http and https, and www., m. and amp. copies of one path, under one shared key', () => {
    const shared = 'https://example.com/world/story';
    for (const url of [
      'http://example.com/world/story',
      'https://www.example.com/world/story',
      'http://m.example.com/world/story?ref=tw',
      'https://amp.example.com/world/story',
    ]) {
      expect(pageUrls(url, null, null)).toContain(shared);
    }
    // Another port is another server, another path another page.
    expect(pageUrls('http://example.com:8080/world/story', null, null)).not.toContain(shared);
    expect(pageUrls('https://example.com/world/other', null, null)).not.toContain(shared);
    // Other labels are other hosts (numbered tenants, editions).
    expect(pageUrls('https://www42.example.com/world/story', null, null)).not.toContain(shared);
    expect(pageUrls('https://edition.example.com/world/story', null, null)).not.toContain(shared);
  });

  it('adds the same-site canonical link and og:url, the canonical first', () => {
    const keys = pageUrls('https://example.com/amp/story?id=1', 'https://www.example.com/story', '/story-og');
    expect(keys[0]).toBe('https://www.example.com/story');
    expect(keys).toEqual(
      expect.arrayContaining([
        'https://example.com/amp/story?id=1',
        'https://www.example.com/story',
        'https://example.com/story',
        'https://example.com/story-og',
      ]),
    );
  });

  it('never takes a canonical or og:url of another site, port or scheme', () => {
    const page = 'https://evil.test/copy';
    for (const claim of ['https://example.com/story', 'https://evil.test:8443/story', 'http://evil.test/story', 'javascript:alert(1)']) {
      expect(pageUrls(page, claim, claim)).toEqual(['https://evil.test/copy']);
    }
  });

  it('does not let an m. or amp. page claim another path of the main host through its canonical or og:url', () => {
    // A tenant named "m" on a shared host is another writer: its canonical names a victim's page on
    // the main host. Its own path is merged with the main host's, never the path it claims.
    const keys = pageUrls('https://m.medium.com/copy', 'https://medium.com/@victim/story', 'https://medium.com/@victim/story');
    expect(keys).toEqual(['https://m.medium.com/copy', 'https://medium.com/copy']);
    // A claim on its own host is kept as that host's key, "m." included.
    const own = pageUrls('https://m.medium.com/copy', 'https://m.medium.com/@victim/story', null);
    expect(own).toContain('https://m.medium.com/@victim/story');
    expect(own).not.toContain('https://medium.com/@victim/story');
  });

  it('passes through what is not a web URL', () => {
    expect(pageUrls('not a url#x', null, null)).toEqual(['not a url']);
  });
});
