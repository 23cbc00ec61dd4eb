// What every pass over the article's names shares: the span of tokens a name covers, and what is
// looked up about the article (its lines, its lower-case words, which tokens a name already holds).
import type { EntityType } from '../../types';
import type { Token } from './tagger/tokenize';
import { mergePass, Pace, whole, type Sliced } from '../pace';

export interface Span {
  /** Token indexes, end exclusive. */
  start: number;
  end: number;
  type: EntityType;
  /** Typed by the layout of its line (a dateline): article-wide voting must not change it. */
  fixed?: boolean;
}

const lowerWords = new WeakMap<readonly Token[], ReadonlySet<string>>();

/**
 * Whether the article also writes `word` in lower case ("winter", "dealers"): then a capital on it
 * says nothing. The article's lower-case words are collected once per token list, for every step.
 */
export function writtenLower(tokens: readonly Token[], word: string): boolean {
  return (lowerWords.get(tokens) ?? whole(lowerWordsPass(tokens, new Pace()))).has(word.toLowerCase());
}

function* lowerWordsPass(tokens: readonly Token[], pace: Pace): Sliced<ReadonlySet<string>> {
  const set = new Set<string>();
  for (const t of tokens) {
    if (pace.spend()) yield;
    const c = t.text.charCodeAt(0);
    if ((c >= 97 && c <= 122) || (c >= 128 && /^\p{Ll}/u.test(t.text))) set.add(t.text);
  }
  lowerWords.set(tokens, set);
  return set;
}

const tokenLines = new WeakMap<readonly Token[], Uint32Array>();

/**
 * The line of each token (line breaks before it), counted once per token list: then "on the same
 * line" is one comparison, where searching the text for the next line break from every token was
 * quadratic on a page with no line breaks.
 */
export function lineOf(tokens: readonly Token[], text: string): Uint32Array {
  return tokenLines.get(tokens) ?? whole(linesPass(tokens, text, new Pace()));
}

function* linesPass(tokens: readonly Token[], text: string, pace: Pace): Sliced<Uint32Array> {
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
  tokenLines.set(tokens, lines);
  return lines;
}

/** Builds what writtenLower() and lineOf() look up, in slices, before the steps that use them. */
export function* articleIndexPass(tokens: readonly Token[], text: string, pace: Pace): Sliced<void> {
  yield* lowerWordsPass(tokens, pace);
  yield* linesPass(tokens, text, pace);
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

/** Which tokens some span already holds: 1 at each covered index. */
export function* coverage(length: number, spans: readonly Span[], pace: Pace): Sliced<Uint8Array> {
  const covered = new Uint8Array(length);
  for (const s of spans) {
    if (pace.spend()) yield;
    covered.fill(1, s.start, s.end);
  }
  return covered;
}

/** `[...spans, ...added]` in order of start, as a sliced pass (see mergePass). */
export function withSpans(spans: readonly Span[], added: readonly Span[], pace: Pace): Sliced<Span[]> {
  return mergePass(spans, added, (a, b) => a.start - b.start, pace);
}
