// Where a note points, as W3C Web Annotation selectors on the article text, and how to find that
// place again on a later visit, when the article may have moved, grown or lost the passage.

import approxSearch from 'approx-string-match';
import type { NoteSelector } from './protocol';
import { recognizeFigures } from './recognize/figures/index';
import type { FigureChange, TextPositionSelector, TextQuoteSelector } from './types';

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
 * One way of finding a selector in a text. Strategies are tried in order, the cheapest and surest
 * first, and the first answer wins.
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

/** At most this many edits (characters inserted, deleted or replaced) between a quote and its new text. */
export const MAX_FUZZY_ERRORS = 64;
/** A quote may have changed by at most this share of its characters and still be the noted passage. */
const MAX_ERROR_RATE = 1 / 3;
/**
 * Longer quotes are only found exactly. Finding where each candidate starts costs the quote's
 * length again, and a page can repeat near-copies of a quote it has seen highlighted: this keeps a
 * hostile page's cost to the shared worker bounded.
 */
export const MAX_FUZZY_QUOTE = 1_000;
/** A candidate scoring below this (0 to 1) is not the noted passage: the note is reported not found. */
export const FUZZY_THRESHOLD = 0.75;
/** How far around the old position the first search looks, before the whole text is searched. */
const NEARBY_CHARS = 2_000;
/** Candidates scored at most, the nearest the old position first (a page of near-copies has many). */
const MAX_CANDIDATES = 200;
/**
 * How much each clue counts. The quote's own text weighs most; the context either side tells
 * copies of one sentence apart (a pull quote); the position only breaks ties.
 */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };

/**
 * The quote with some of its characters changed (a word replaced, a figure updated): the best
 * scoring approximate match, near the old position first. Bounded: at most MAX_FUZZY_ERRORS edits,
 * so one search costs about text length × 3 word operations (Myers' algorithm, 32 pattern
 * characters a word).
 */
export const fuzzyQuote: AnchorStrategy = (text, [quote, position]) => {
  const { exact } = quote;
  if (exact.length > MAX_FUZZY_QUOTE) return null;
  const budget = Math.min(MAX_FUZZY_ERRORS, Math.floor(exact.length * MAX_ERROR_RATE));
  if (budget < 1) return null;
  const from = Math.max(0, position.start - NEARBY_CHARS);
  const to = Math.min(text.length, position.end + NEARBY_CHARS);
  const near = bestMatch(text, quote, position.start, budget, from, to);
  if (near || (from === 0 && to === text.length)) return near;
  return bestMatch(text, quote, position.start, budget, 0, text.length);
};

function bestMatch(text: string, quote: TextQuoteSelector, hint: number, budget: number, from: number, to: number): TextRange | null {
  const candidates = approxSearch(text.slice(from, to), quote.exact, budget)
    .map((m) => ({ start: from + m.start, end: from + m.end, errors: m.errors }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint))
    .slice(0, MAX_CANDIDATES);
  let best: TextRange | null = null;
  let bestScore = FUZZY_THRESHOLD;
  for (const m of candidates) {
    const clues = {
      quote: 1 - m.errors / quote.exact.length,
      prefix: likeness(quote.prefix, text.slice(Math.max(0, m.start - quote.prefix.length), m.start)),
      suffix: likeness(quote.suffix, text.slice(m.end, m.end + quote.suffix.length)),
      position: 1 - Math.abs(m.start - hint) / text.length,
    };
    const total = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
    const score =
      (WEIGHTS.quote * clues.quote + WEIGHTS.prefix * clues.prefix + WEIGHTS.suffix * clues.suffix + WEIGHTS.position * clues.position) /
      total;
    // Candidates come nearest first, so among equal scores the nearest is kept.
    if (score > bestScore || (best === null && score === bestScore)) {
      best = { start: m.start, end: m.end };
      bestScore = score;
    }
  }
  return best;
}

/**
 * How much of the recorded context `expected` the text `actual` still holds (0 to 1). No context
 * recorded (the quote began or ended the text) contradicts nothing.
 */
function likeness(expected: string, actual: string): number {
  if (expected === '') return 1;
  if (actual === '') return 0;
  if (actual === expected) return 1;
  const [closest] = approxSearch(actual, expected, expected.length);
  return closest ? 1 - closest.errors / expected.length : 0;
}

const DEFAULT_STRATEGIES: readonly AnchorStrategy[] = [atPosition, exactQuote, fuzzyQuote];

/** Where the selector points in `text` now, or null when the quoted passage is gone. */
export function anchor(text: string, selector: NoteSelector, strategies: readonly AnchorStrategy[] = DEFAULT_STRATEGIES): TextRange | null {
  for (const strategy of strategies) {
    const found = strategy(text, selector);
    if (found) return found;
  }
  return null;
}

/** Where a note sits in this visit's text, and the figures of its quote that changed there. */
export interface Reanchored extends TextRange {
  changes: FigureChange[];
}

/** anchor(), and what became of the quote's figures when it was found changed. */
export function reanchor(text: string, selector: NoteSelector): Reanchored | null {
  const at = anchor(text, selector);
  if (!at) return null;
  const now = text.slice(at.start, at.end);
  return { ...at, changes: now === selector[0].exact ? [] : figureChanges(selector[0].exact, now) };
}

/** Figures compared at most: a quote is a sentence or a few, and the alignment below is quadratic. */
const MAX_FIGURES = 100;

/**
 * The figures of `was` that read differently in `now` ("$10 billion" -> "$12 billion"). The two
 * lists of figures are aligned on the figures they share (longest common subsequence); between
 * two shared ones, the figures that differ are paired in order. A figure only added or only
 * removed is a change of words, not of a figure, and is not reported.
 */
export function figureChanges(was: string, now: string): FigureChange[] {
  const before = recognizeFigures(was)
    .slice(0, MAX_FIGURES)
    .map((f) => f.text);
  const after = recognizeFigures(now)
    .slice(0, MAX_FIGURES)
    .map((f) => f.text);
  // common[i][j]: length of the longest common subsequence of before[i..] and after[j..].
  const common = Array.from({ length: before.length + 1 }, () => new Array<number>(after.length + 1).fill(0));
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      common[i]![j] = before[i] === after[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
    }
  }
  const changes: FigureChange[] = [];
  let gapWas: string[] = [];
  let gapNow: string[] = [];
  const closeGap = () => {
    for (let k = 0; k < Math.min(gapWas.length, gapNow.length); k++) changes.push({ was: gapWas[k]!, now: gapNow[k]! });
    gapWas = [];
    gapNow = [];
  };
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && before[i] === after[j]) {
      closeGap();
      i++;
      j++;
    } else if (j >= after.length || (i < before.length && common[i + 1]![j]! >= common[i]![j + 1]!)) {
      gapWas.push(before[i++]!);
    } else {
      gapNow.push(after[j++]!);
    }
  }
  closeGap();
  return changes;
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
