// What every pass over the article's names shares: the span of tokens a name covers, the article
// the passes read (Doc), and the small sliced helpers they build their results with.
import type { Token } from './tagger/tokenize';
import { type Pace, type Sliced, mergePass } from '../pace';
import type { EntityType } from '../../types';

/** A name found in the article. Passes never change one: they return a copy (`{ ...s, type }`). */
export interface Span {
  /** Token indexes, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  /**
   * Typed by the layout of its line (a dateline, a venue) or by what its sentence says (a team
   * that acts, an event): article-wide voting must not change it.
   */
  readonly fixed?: boolean;
}

/** What the layout of the page says, which a tagger that sees a few words either side cannot know. */
interface Layout {
  /**
   * Names the layout of their line types (a dateline's place, the teams of results, tables and
   * fixtures, a venue): they replace whatever was found over the same tokens.
   */
  readonly forced: readonly Span[];
  /** Teams named in results, tables and fixtures (in lower case): that team wherever else the article names it. */
  readonly teams: ReadonlySet<string>;
}

/** The article every pass reads, besides the spans found so far. */
export interface Doc {
  readonly text: string;
  readonly tokens: Token[];
  /** The tagger's BIO2 label of each token. */
  readonly labels: readonly string[];
  /** The rule spans (names.ts): runs of capitals typed by their words, found without the tagger. */
  readonly rules: readonly Span[];
  /** The article's words written in lower case ("winter", "dealers"): a capital on one of them says nothing. */
  readonly lower: ReadonlySet<string>;
  /** The line of each token (line breaks before it): "on the same line" is one comparison. */
  readonly lines: Uint32Array;
  /** The first token of each line, then the number of tokens. */
  readonly lineStarts: readonly number[];
  /**
   * The tokens whose word starts with an upper-case letter, in order: a pass looking for words of a
   * list of capitalised words ("North", "Act") goes through these, not through every word.
   */
  readonly capitals: Int32Array;
  /** Whether the article is a sports page (results, tables, match reports). */
  readonly sports: boolean;
  /** Set by the pipeline's `readLayout` step, before the passes that use it; empty until then. */
  readonly layout: Layout;
}

export const NO_LAYOUT: Layout = { forced: [], teams: new Set() };

/** Whether the article also writes `word` in lower case: then a capital on it says nothing. */
export function writtenLower(doc: Doc, word: string): boolean {
  return doc.lower.has(word.toLowerCase());
}

/** The article's words written in lower case (Doc.lower). */
export function* lowerWordsPass(tokens: readonly Token[], pace: Pace): Sliced<ReadonlySet<string>> {
  const set = new Set<string>();
  // Indexes, not for…of: in a generator every step of an iterator is an object made and dropped.
  for (let k = 0; k < tokens.length; k++) {
    if (pace.spend()) yield;
    const word = tokens[k]!.text;
    const c = word.charCodeAt(0);
    if ((c >= 97 && c <= 122) || (c >= 128 && /^\p{Ll}/u.test(word))) set.add(word);
  }
  return set;
}

/** Doc.capitals: the tokens whose first letter is upper case ("Act", "Élysée", not "eBay" nor "1990s"). */
export function* capitalsPass(tokens: readonly Token[], pace: Pace): Sliced<Int32Array> {
  const capitals = new Int32Array(tokens.length);
  let count = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (pace.spend()) yield;
    const word = tokens[k]!.text;
    const c = word.charCodeAt(0);
    if ((c >= 65 && c <= 90) || (c >= 128 && /^\p{Lu}/u.test(word))) capitals[count++] = k;
  }
  return capitals.slice(0, count);
}

/**
 * The line of each token, counted once: searching the text for the next line break from every
 * token was quadratic on a page with no line breaks.
 */
export function* linesPass(tokens: readonly Token[], text: string, pace: Pace): Sliced<Uint32Array> {
  const lines = new Uint32Array(tokens.length);
  let line = 0;
  let newline = text.indexOf('\n');
  for (let k = 0; k < tokens.length; k++) {
    if (pace.spend()) yield;
    const start = tokens[k]!.start;
    while (newline >= 0 && newline < start) {
      line++;
      newline = text.indexOf('\n', newline + 1);
    }
    lines[k] = line;
  }
  return lines;
}

/**
 * Names are never longer than this many words. Steps that look for a known name from every word of
 * the article look no further, so a page's endless run of capitalised words costs linear time.
 */
export const LONGEST_NAME = 16;

/**
 * No span is longer than this many tokens: a longer run of capitals is a page's furniture or a
 * hostile page, not a name. Every step that builds a span keeps to it, so no step spends more
 * than this on one span at once (and a rejected run is looked at again a bounded number of times).
 */
export const LONGEST_SPAN = 4 * LONGEST_NAME;

/** Each span's index by its first token, for passes that retype the span a rule finds at a token. */
export function* spanStarts(spans: readonly Span[], pace: Pace): Sliced<Map<number, number>> {
  const at = new Map<number, number>();
  for (let k = 0; k < spans.length; k++) {
    if (pace.spend()) yield;
    at.set(spans[k]!.start, k);
  }
  return at;
}

/** Which tokens some span already holds: 1 at each covered index. */
export function* coverage(length: number, spans: readonly Span[], pace: Pace): Sliced<Uint8Array> {
  const covered = new Uint8Array(length);
  for (let k = 0; k < spans.length; k++) {
    if (pace.spend()) yield;
    covered.fill(1, spans[k]!.start, spans[k]!.end);
  }
  return covered;
}

/** `[...spans, ...added]` in order of start, as a sliced pass (see mergePass). */
export function withSpans(spans: readonly Span[], added: readonly Span[], pace: Pace): Sliced<Span[]> {
  return mergePass(spans, added, (a, b) => a.start - b.start, pace);
}

/** The spans but those at the indexes in `dropped`, as a sliced pass. */
export function* withoutIndexes(spans: readonly Span[], dropped: ReadonlySet<number>, pace: Pace): Sliced<Span[]> {
  const out: Span[] = [];
  for (let k = 0; k < spans.length; k++) {
    if (pace.spend()) yield;
    if (!dropped.has(k)) out.push(spans[k]!);
  }
  return out;
}

/** The words of tokens [start, end), joined by single spaces. */
export function spanText(tokens: readonly Token[], start: number, end: number): string {
  // Most spans and candidate runs asked for are one word: that is its token's own string, no copy.
  if (end === start + 1 && start >= 0 && start < tokens.length) return tokens[start]!.text;
  // Within the tokens, joined as they come, without the two arrays of slice() and map().
  if (start >= 0 && start < end && end <= tokens.length) {
    let words = tokens[start]!.text;
    for (let k = start + 1; k < end; k++) words += ` ${tokens[k]!.text}`;
    return words;
  }
  return tokens
    .slice(start, end)
    .map((t) => t.text)
    .join(' ');
}

/**
 * Spans with each pair of neighbours that `join` accepts made one: two spans, neither fixed, that touch
 * and have only spaces between their tokens ("Hori" "Parata", "US" "Embassy"). `join` returns the
 * joined span, or null to keep both.
 */
export function* joinNeighbours(
  doc: Doc,
  spans: readonly Span[],
  join: (prev: Span, next: Span) => Span | null,
  pace: Pace,
): Sliced<Span[]> {
  const { tokens, text } = doc;
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend()) yield;
    const prev = out[out.length - 1];
    const touching =
      prev && !prev.fixed && !s.fixed && prev.end === s.start && /^ +$/.test(text.slice(tokens[s.start - 1]!.end, tokens[s.start]!.start));
    const joined = touching ? join(prev, s) : null;
    if (joined) out[out.length - 1] = joined;
    else out.push(s);
  }
  return out;
}
