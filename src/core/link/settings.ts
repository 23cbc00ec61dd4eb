// The reader's look-up settings: on or off, and where Wikidata and Wikipedia are. Pure, so the settings page
// (which checks what the reader types) and the worker (which checks what it reads back from storage before it
// sends anything anywhere) apply the same rules.

import { WIKIDATA_BASE, WIKIPEDIA_BASE } from './client';

export interface LinkSettings {
  /** Off until the reader turns look-ups on: nothing leaves the machine before. */
  enabled: boolean;
  /** Wikidata base URL; `/w/api.php` is appended. */
  wikidata: string;
  /** Wikipedia base URL; `/api/rest_v1/page/summary/{title}` is appended. */
  wikipedia: string;
}

/** The storage.local key the settings live under. */
export const LINK_SETTINGS_KEY = 'linkSettings';

export const DEFAULT_LINK_SETTINGS: LinkSettings = { enabled: false, wikidata: WIKIDATA_BASE, wikipedia: WIKIPEDIA_BASE };

/** The only host a card's image is fetched from; its permission is asked for with the two APIs'. */
export const IMAGE_ORIGIN_PATTERN = 'https://upload.wikimedia.org/*';

/** Loopback hosts: plain http is allowed to them only, for tests and a local mirror. */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * A base URL as Gloss stores it (no trailing slash), or a sentence saying what is wrong with it. Only https, or
 * http to this machine: look-ups carry the reader's interests, which must not cross a network in the clear.
 */
export function checkBaseUrl(input: string): { ok: true; url: string } | { ok: false; message: string } {
  const text = input.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: `“${text.slice(0, 80)}” is not a web address (it should look like https://www.wikidata.org).` };
  }
  if (url.username || url.password) return { ok: false, message: 'The address must not contain a user name or password.' };
  if (url.search || url.hash) return { ok: false, message: 'The address must be a base, without “?” or “#” parts.' };
  const loopback = LOOPBACK.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    return { ok: false, message: 'Only https addresses are allowed (plain http only to this computer, 127.0.0.1 or localhost).' };
  }
  return { ok: true, url: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

/** What storage holds, read as settings: anything missing or invalid falls back to the default (look-ups off). */
export function readLinkSettings(raw: unknown): LinkSettings {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_LINK_SETTINGS;
  const { enabled, wikidata, wikipedia } = raw as Record<string, unknown>;
  const base = (x: unknown, fallback: string) => {
    if (typeof x !== 'string') return fallback;
    const checked = checkBaseUrl(x);
    return checked.ok ? checked.url : null;
  };
  const data = base(wikidata, WIKIDATA_BASE);
  const pedia = base(wikipedia, WIKIPEDIA_BASE);
  // A stored address that no longer passes the check turns look-ups off rather than sending to it.
  if (data === null || pedia === null) return DEFAULT_LINK_SETTINGS;
  return { enabled: enabled === true, wikidata: data, wikipedia: pedia };
}

/**
 * The host permissions look-ups need with these settings: both APIs' origins (as match patterns, which leave the
 * port out and so cover any port of a loopback test server).
 */
export function apiOrigins(settings: Pick<LinkSettings, 'wikidata' | 'wikipedia'>): string[] {
  const pattern = (base: string) => `${new URL(base).origin.replace(/:\d+$/, '')}/*`;
  return [...new Set([pattern(settings.wikidata), pattern(settings.wikipedia)])];
}

/** What the settings page asks for when look-ups are turned on: the APIs and the image host. */
export function linkOrigins(settings: Pick<LinkSettings, 'wikidata' | 'wikipedia'>): string[] {
  return [...apiOrigins(settings), IMAGE_ORIGIN_PATTERN];
}
