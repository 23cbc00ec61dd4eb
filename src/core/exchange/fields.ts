// Checks shared by the importers. Each returns the value or a CheckFailure whose message names the
// field ("first.items[3].created: expected an ISO 8601 date"), so a refused file says where it is wrong.

import { CheckFailure, MAX_NOTE } from '../protocol';
import type { Note } from '../types';

export type Json = unknown;

const fail = (path: string, what: string) => new CheckFailure(`${path || 'the file'}: expected ${what}`);

/** At most this many tags on one note, each at most TAG_MAX characters (anything longer is not a tag). */
export const MAX_TAGS = 100;
const TAG_MAX = 100;
/** Note ids are stored and sent with at most this many characters (the protocol's bound). */
const ID_MAX = 100;

export const field = {
  object(x: unknown, path: string): Record<string, unknown> | CheckFailure {
    return typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Record<string, unknown>) : fail(path, 'an object');
  },
  string(x: unknown, path: string, max: number): string | CheckFailure {
    return typeof x === 'string' && x.length <= max ? x : fail(path, `a string of at most ${max.toLocaleString('en-US')} characters`);
  },
  offset(x: unknown, path: string): number | CheckFailure {
    return Number.isSafeInteger(x) && (x as number) >= 0 ? (x as number) : fail(path, 'a whole number ≥ 0');
  },
};

/** A note's or a quote's text. */
export const text = (x: unknown, path: string) => field.string(x, path, MAX_NOTE);

/** A list of strings, or nothing (an empty list). */
export function optionalList(x: unknown, path: string, max: number): string[] | CheckFailure {
  if (x === undefined) return [];
  const list = Array.isArray(x) ? x : [x];
  if (list.length > MAX_TAGS) return fail(path, `at most ${MAX_TAGS} entries`);
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const s = field.string(list[i], Array.isArray(x) ? `${path}[${i}]` : path, max);
    if (s instanceof CheckFailure) return s;
    out.push(s);
  }
  return out;
}

/** Milliseconds since 1970 as ISO 8601 in UTC, to the millisecond (what Gloss stores, exactly). */
export const isoTime = (ms: number) => new Date(ms).toISOString();

// A date, optionally a time with fractions (Hypothesis writes microseconds) and a zone.
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** An ISO 8601 date-time as milliseconds; fractions beyond the millisecond are dropped. */
export function isoDate(x: unknown, path: string): number | CheckFailure {
  if (typeof x !== 'string' || !ISO_8601.test(x)) return fail(path, 'an ISO 8601 date such as 2024-05-01T12:00:00Z');
  // Date.parse reads at most milliseconds reliably: trim longer fractions first.
  const ms = Date.parse(x.replace(/(\.\d{3})\d+/, '$1'));
  return Number.isFinite(ms) && ms >= 0 ? ms : fail(path, 'an ISO 8601 date such as 2024-05-01T12:00:00Z');
}

/** "#Climate Policy " -> "climate-policy": lower case, no '#', no spaces (Obsidian reads `#climate-policy` as one tag). */
export function normalizeTag(tag: string): string {
  return tag.trim().replace(/^#+/, '').trim().toLowerCase().replace(/\s+/g, '-');
}

/** The last checks every imported note passes, whichever file it came from; tags normalized. */
export function validNote(n: Note, path: string): Note | CheckFailure {
  if (n.id.length === 0 || n.id.length > ID_MAX) return fail(`${path}.id`, `an id of 1 to ${ID_MAX} characters once read`);
  if (n.url.length === 0) return fail(`${path}.target.source`, 'the URL of the page');
  const tags: string[] = [];
  for (const t of n.tags) {
    const tag = normalizeTag(t);
    if (tag.length > TAG_MAX) return fail(`${path}.tags`, `tags of at most ${TAG_MAX} characters`);
    if (tag && !tags.includes(tag)) tags.push(tag);
  }
  if (tags.length > MAX_TAGS) return fail(`${path}.tags`, `at most ${MAX_TAGS} tags`);
  // A modified date before the created one (a clock set wrong) is read as "not modified since".
  return { ...n, tags, modified: Math.max(n.created, n.modified) };
}
