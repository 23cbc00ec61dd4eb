// Sentences and paragraphs of an article's text, as offsets: what cards quote, and what ties a
// figure to the names around it. Sliced passes (see recognize/pace.ts), so a worker can split
// a page of one endless paragraph into short tasks.
import { Pace, whole, type Sliced } from './recognize/pace';

export interface Span {
  start: number;
  end: number;
}

// A period after these words is not the end of a sentence. Where a sentence really does end on
// one ("... joined Apple Inc. The company ...") two sentences are merged, which costs a card
// a little precision; splitting inside a name would cost far more.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms mx dr prof sr jr st mt ft messrs inc ltd co corp llc plc bros vs v etc e.g i.e cf al no nos vol ' +
    'pp fig gen gov sen rep rev hon lt col maj capt sgt cmdr adm pres supt det insp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec approx est dept univ ave blvd rd a.m p.m'
  ).split(' '),
);
const INITIALISM = /^(?:[A-Za-z]\.)+[A-Za-z]$|^[A-Z]$/; // "U.S", "U.K", "F" (John F. Kennedy)
const CLOSERS = new Set(['"', "'", '\u201D', '\u2019', ')', ']', '\u00BB']);
export const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const isLower = (c: string | undefined) => c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();

/** Sentence spans of `text`, trimmed, in order. */
export function splitSentences(text: string): Span[] {
  return whole(sentencesPass(text, new Pace()));
}

export function* sentencesPass(text: string, pace: Pace): Sliced<Span[]> {
  const out: Span[] = [];
  const push = (start: number, end: number) => pushTrimmed(out, text, start, end);
  // Line breaks always end a sentence: headlines, captions and list items carry no period.
  const lines = /[^\n]+/g;
  const stops = /[.!?\u2026]+/g;
  // The first stop at or after the line: a line without one leaves it for the lines after, where
  // searching again from every line was quadratic on a page of short lines and few stops.
  let pending = stops.exec(text);
  for (let line = lines.exec(text); line; line = lines.exec(text)) {
    if (pace.spend()) yield;
    const lineStart = line.index;
    const lineEnd = lineStart + line[0].length;
    let sentenceStart = lineStart;
    if (pending && pending.index < lineStart) {
      stops.lastIndex = lineStart;
      pending = stops.exec(text);
    }
    let m = pending;
    for (; m && m.index < lineEnd; m = stops.exec(text)) {
      if (pace.spend()) yield;
      let after = m.index + m[0].length;
      while (after < lineEnd && CLOSERS.has(text[after]!)) after++;
      // Decimals ("3.5"), domains ("openai.com") and "U.S.-based" have no space after the stop.
      if (after < lineEnd && !isSpace(text[after])) continue;
      let next = after;
      while (next < lineEnd && isSpace(text[next])) next++;
      if (next < lineEnd && isLower(text[next])) continue;
      if (m[0] === '.' && !endsSentence(text, m.index, lineStart)) continue;
      push(sentenceStart, after);
      sentenceStart = after;
      stops.lastIndex = after;
    }
    pending = m;
    push(sentenceStart, lineEnd);
  }
  return out;
}

/** Whether the period at `dot` ends a sentence, judged by the word before it. */
function endsSentence(text: string, dot: number, floor: number): boolean {
  let i = dot;
  while (i > floor && /[A-Za-z.]/.test(text[i - 1]!)) i--;
  const word = text.slice(i, dot);
  if (word === '') return true;
  return !ABBREVIATIONS.has(word.toLowerCase()) && !INITIALISM.test(word);
}

/** Paragraph spans: the text split on blank lines, trimmed. */
export function splitParagraphs(text: string): Span[] {
  return whole(paragraphsPass(text, new Pace()));
}

export function* paragraphsPass(text: string, pace: Pace): Sliced<Span[]> {
  const out: Span[] = [];
  const blank = /\n[ \t\r\f\v]*\n\s*/g;
  let start = 0;
  const push = (s: number, e: number) => pushTrimmed(out, text, s, e);
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    if (pace.spend()) yield;
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return out;
}

/** Adds text[start, end) to `out` without its outer spaces, unless nothing is left. */
function pushTrimmed(out: Span[], text: string, start: number, end: number): void {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}

/** Index of the last span starting at or before `offset` (0 when none does). */
export function spanAt(spans: Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
