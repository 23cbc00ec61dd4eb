// Tags a reader types in a note ("#AI-policy"): one pure rule, used by the worker when a note is
// saved (Note.tags) and by the panel to show the same chips. A tag is stored lower case, without
// its '#', so "#AI-Policy" and "#ai-policy" file a note under one tag.

/** A note keeps at most this many tags; more is a list, not a filing system. */
export const MAX_TAGS = 20;
/** Longer than this is a sentence with no spaces, not a tag; it is cut, not dropped. */
export const MAX_TAG_LENGTH = 40;

/**
 * '#' opens a tag only at the start of the text or after a space or an opening mark: "C#", "F#",
 * a URL's "page#section" and "x.com/#/home" have a letter, a digit or a slash before it.
 */
const TAG_START = /(?:^|(?<=[\s([{"'“‘«,;]))#([\p{L}\p{N}][\p{L}\p{M}\p{N}_-]*)/gu;
/** Joiners are kept inside a tag ("#AI-policy") but not at its end ("#AI-policy-." is "ai-policy"). */
const TRAILING_JOINERS = /[-_]+$/u;
/** A tag names something: "#1" and "#2024" in prose are a rank and a year (Mastodon and X agree). */
const HAS_LETTER = /\p{L}/u;

/** The tags typed in a note's text, in order of first use, each once. */
export function parseTags(text: string): string[] {
  return normalizeTags([...text.matchAll(TAG_START)].map((m) => m[1]!));
}

/**
 * Tags as stored: lower case, without '#', NFC (so "café" typed two ways is one tag), cut to
 * MAX_TAG_LENGTH, each once, at most MAX_TAGS. Words without a letter are not tags.
 */
export function normalizeTags(words: readonly string[]): string[] {
  const tags: string[] = [];
  for (const word of words) {
    const tag = [...word.replace(/^#+/u, '').normalize('NFC').toLowerCase()]
      .slice(0, MAX_TAG_LENGTH)
      .join('')
      .replace(TRAILING_JOINERS, '');
    if (!HAS_LETTER.test(tag) || tags.includes(tag)) continue;
    tags.push(tag);
    if (tags.length === MAX_TAGS) break;
  }
  return tags;
}
