// Where a note points, as W3C Web Annotation selectors on the article text, and how to find that
// place again on a later visit, when the article may have moved, grown or lost the passage.

import type { NoteSelector } from './protocol';
import type { TextPositionSelector, TextQuoteSelector } from './types';

/** Characters of context kept either side of the quote (Hypothesis keeps the same). */
export const CONTEXT_CHARS = 32;

export interface TextRange {
  start: number;
  end: number;
}

/** The selectors for text[start, end). Throws a RangeError for a range outside the text. */
export function describe(text: string, start: number, end: number): NoteSelector {
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= text.length)) {
    throw new RangeError(`Cannot note characters ${start}-${end} of a ${text.length}-character article.`);
  }
  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
  const position: TextPositionSelector = { type: 'TextPositionSelector', start, end };
  return [quote, position];
}

/**
 * One way of finding a selector in a text. Strategies are tried in order and the first answer
 * wins, so a fuzzy matcher for edited passages can later be appended without touching the rest.
 */
export type AnchorStrategy = (text: string, selector: NoteSelector) => TextRange | null;

/** The quote at its recorded position, with its recorded context: the page has not changed there. */
export const atPosition: AnchorStrategy = (text, [quote, position]) => {
  const { start, end } = position;
  if (text.slice(start, end) !== quote.exact) return null;
  return contextScore(text, start, end, quote) === quote.prefix.length + quote.suffix.length ? { start, end } : null;
};

/**
 * Every exact occurrence of the quote, scored by how much of the recorded prefix and suffix
 * surround it; the best wins, and among equals the one nearest the recorded position (an
 * occurrence still at that position is nearest of all).
 */
export const exactQuote: AnchorStrategy = (text, [quote, position]) => {
  const { exact } = quote;
  if (exact === '') return null;
  let best: TextRange | null = null;
  let bestScore = -1;
  let bestDistance = Infinity;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const score = contextScore(text, at, at + exact.length, quote);
    const distance = Math.abs(at - position.start);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = { start: at, end: at + exact.length };
      bestScore = score;
      bestDistance = distance;
    }
  }
  return best;
};

const DEFAULT_STRATEGIES: readonly AnchorStrategy[] = [atPosition, exactQuote];

/** Where the selector points in `text` now, or null when the quoted passage is gone. */
export function anchor(text: string, selector: NoteSelector, strategies: readonly AnchorStrategy[] = DEFAULT_STRATEGIES): TextRange | null {
  for (const strategy of strategies) {
    const found = strategy(text, selector);
    if (found) return found;
  }
  return null;
}

/** Characters of the recorded prefix (read backwards) and suffix that match around [start, end). */
function contextScore(text: string, start: number, end: number, quote: TextQuoteSelector): number {
  let score = 0;
  const { prefix, suffix } = quote;
  while (score < prefix.length && start - score - 1 >= 0 && text[start - score - 1] === prefix[prefix.length - score - 1]) {
    score++;
  }
  let s = 0;
  while (s < suffix.length && end + s < text.length && text[end + s] === suffix[s]) s++;
  return score + s;
}

// ---------------------------------------------------------------------------------------------

// Parameters that say how the reader arrived, not what they read.
const TRACKING = new Set([
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
  'igshid',
  'igsh',
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
  'wt_mc',
  'cmpid',
  'ocid',
  'smid',
  'sr_share',
  'at_medium',
  'at_campaign',
  'ref_src',
  'ref_url',
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

/**
 * The URL notes are filed under: the page's canonical link when it names the same origin (up to
 * www.), else the page URL, without fragment or tracking parameters, query sorted, no trailing slash.
 */
export function canonicalUrl(url: string, canonicalHref?: string | null): string {
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return url.trim().replace(/#.*$/, '');
  }
  let chosen = page;
  if (canonicalHref) {
    try {
      const c = new URL(canonicalHref, page);
      // A page may name any URL as canonical. Honouring another origin's would let a hostile page
      // receive the anchors of the notes written on that origin.
      if ((c.protocol === 'https:' || c.protocol === 'http:') && sameSite(c, page)) chosen = c;
    } catch {
      // An unparsable canonical link is ignored: the page URL is still a good key.
    }
  }
  const out = new URL(chosen.href);
  out.hash = '';
  out.username = '';
  out.password = '';
  const kept = [...out.searchParams].filter(([k]) => !isTracking(k));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  out.search = kept.length ? new URLSearchParams(kept).toString() : '';
  if (out.pathname.length > 1 && out.pathname.endsWith('/')) out.pathname = out.pathname.replace(/\/+$/, '') || '/';
  return out.href;
}
