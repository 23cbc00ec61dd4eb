// Which page a URL names, for filing notes. One article is reached under many URLs (http and https,
// www. and mobile hosts, share links, a canonical link, og:url); notes must follow the article, but
// never cross to another site, since a hostile page would then receive the places of a reader's
// notes written elsewhere.

// Parameters that say how the reader arrived (an ad click, a share button, a newsletter, a referring
// site), not what they read, each by its documented use. A parameter whose name is also a common
// query word (`s` is WordPress's search, `source` and `id` select content) is kept: a wrong drop
// merges two different pages.
const TRACKING = new Set([
  // Ad clicks.
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  // Shares and referrals.
  'igshid',
  'igsh',
  'ref',
  'ref_src',
  'ref_url',
  'share',
  'smid',
  'sr_share',
  'fb_ref',
  'fb_source',
  'fb_action_ids',
  'fb_action_types',
  // Newsletters and marketing platforms.
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'rb_clickid',
  's_cid',
  'wt_mc',
  'wt.mc_id',
  // Publishers' campaign codes (the Guardian's CMP and INTCMP, Le Monde's xtor, Yahoo's ncid and
  // soc_*, Comscore's ns_*, AT Internet's at_*).
  'cmp',
  'intcmp',
  'cmpid',
  'ocid',
  'ncid',
  'soc_src',
  'soc_trk',
  'xtor',
  'ns_mchannel',
  'ns_source',
  'ns_campaign',
  'ns_linkname',
  'ns_fee',
  'at_medium',
  'at_campaign',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_'];

function isTracking(key: string): boolean {
  const k = key.toLowerCase();
  return TRACKING.has(k) || TRACKING_PREFIXES.some((p) => k.startsWith(p));
}

/** "www.bbc.co.uk" -> "bbc.co.uk". Exactly "www.": "www42." or "m." can be another tenant's name. */
function withoutWww(host: string): string {
  return host.startsWith('www.') ? host.slice(4) : host;
}

/** The labels a site's own mobile and AMP copies of a page are served under. */
const SIBLING_LABEL = /^(?:www|m|amp)\./;

/**
 * The same origin, up to a "www." prefix: same scheme, same port, same host once "www." is set
 * aside. Not "any subdomain", and not "m."/"amp."/"www42.": on shared hosts (evil.substack.com,
 * m.medium.com vs medium.com/@victim) those labels can belong to another writer, and the Public
 * Suffix List does not list such platforms, so they cannot be told apart from a site's own mobile
 * host. A wrong "yes" hands one site's note anchors to another; a wrong "no" only files a note
 * under the page's own URL.
 */
function sameSite(a: URL, b: URL): boolean {
  return a.protocol === b.protocol && a.port === b.port && withoutWww(a.hostname) === withoutWww(b.hostname);
}

function parse(href: string, base?: URL): URL | null {
  try {
    const u = new URL(href, base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
  } catch {
    return null;
  }
}

/** The URL without fragment, credentials or tracking parameters, query sorted, no trailing slash. */
export function cleanUrl(u: URL): string {
  const out = new URL(u.href);
  out.hash = '';
  out.username = '';
  out.password = '';
  const kept = [...out.searchParams].filter(([k]) => !isTracking(k));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  out.search = kept.length ? new URLSearchParams(kept).toString() : '';
  if (out.pathname.length > 1 && out.pathname.endsWith('/')) out.pathname = out.pathname.replace(/\/+$/, '') || '/';
  return out.href;
}

/**
 * The key one site's copies of a page share: https, and the host without `strip` (a leading label).
 * The port stays: another port is another server.
 */
function siteKey(u: URL, strip: RegExp): string {
  const out = new URL(cleanUrl(u));
  out.protocol = 'https:';
  out.hostname = out.hostname.replace(strip, '');
  return out.href;
}

/**
 * The URL notes of this page are filed under: the page's canonical link when it names the same
 * origin (up to www.), else the page URL, cleaned (see cleanUrl). What is not a URL passes
 * through, minus any fragment.
 */
export function canonicalUrl(url: string, canonicalHref?: string | null): string {
  const page = parse(url);
  if (!page) return url.trim().replace(/#.*$/, '');
  return cleanUrl(trusted(page, canonicalHref) ?? page);
}

/** A page's claim to be another URL (canonical link, og:url), when it may be believed. */
function trusted(page: URL, href: string | null | undefined): URL | null {
  if (!href) return null;
  const claimed = parse(href, page);
  // A page may name any URL. Honouring another origin's would let a hostile page receive the
  // anchors of the notes written on that origin.
  return claimed && sameSite(claimed, page) ? claimed : null;
}

/**
 * Every key a page's notes may be filed under, the one new notes take (canonicalUrl) first:
 * - the page URL, the same-site canonical link and og:url, each cleaned: as notes were filed
 *   before, and an address the panel can open;
 * - the page URL with https and without a "www.", "m." or "amp." label: the site's http, mobile
 *   and AMP copies of the same path are one page;
 * - the canonical link and og:url with https and without "www." only. They may name any path,
 *   so they are held to the page's own site: setting aside "m." there would let a tenant named
 *   "m" on a shared host claim any page of the host's main site.
 */
export function pageUrls(pageUrl: string, canonicalHref: string | null, ogHref: string | null): string[] {
  const page = parse(pageUrl);
  if (!page) return [canonicalUrl(pageUrl)];
  const claims = [trusted(page, canonicalHref), trusted(page, ogHref)].filter((u): u is URL => u !== null);
  const keys = [canonicalUrl(pageUrl, canonicalHref), cleanUrl(page), siteKey(page, SIBLING_LABEL)];
  for (const c of claims) keys.push(cleanUrl(c), siteKey(c, /^www\./));
  return [...new Set(keys)];
}
