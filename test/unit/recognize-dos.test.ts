// Pages built to stall the worker (security review): recognition, analysis and cards must cost time
// linear in the page, and the worker's path must work in bounded slices. The linear code takes about
// a second on each input below; the quadratic code these tests guard against took a minute or more
// on several of them (a pattern re-matched from every position, a step rescanning a whole line or
// run of capitals per word) and built cards of megabytes, so the timeout leaves a wide margin for a
// slow machine, and the card sizes and slice counts are checked exactly.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeChunked, cardFor } from '../../src/core/cards';
import { recognize, recognizeChunked } from '../../src/core/recognize/index';
import { SLICE } from '../../src/core/recognize/pace';
import type { Recognition } from '../../src/core/types';

const SIZE = 200_000;
const TIMEOUT = 30_000;

const repeat = (unit: string, n = SIZE) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Capitalised made-up words, no punctuation: one endless sentence of names to the tagger. */
function capitalisedWords(n = SIZE): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const words: string[] = [];
  for (let length = 0; length < n;) {
    let w = String.fromCharCode(65 + (next() % 26));
    for (let k = 3 + (next() % 6); k > 0; k--) w += letters[next() % 26];
    words.push(w);
    length += w.length + 1;
  }
  return words.join(' ').slice(0, n);
}

/** The news fixtures' prose as one paragraph of about `n` characters, with no line break. */
function newsParagraph(n: number): string {
  const texts = ['ai-chips', 'battery-makers', 'heldout-briefs'].map(
    (f) => (JSON.parse(readFileSync(new URL(`../fixtures/news-gold/${f}.json`, import.meta.url), 'utf8')) as { text: string }).text,
  );
  return repeat(texts.join(' ').replace(/\s+/g, ' ') + ' ', n);
}

/** The largest card, as JSON, of 50 marks across the page: each is small whatever the page holds. */
function largestCard(text: string, r: Recognition): number {
  const a = analyze(text, r);
  let largest = 0;
  for (let id = 0; id < a.marks.length; id += Math.ceil(a.marks.length / 50))
    largest = Math.max(largest, JSON.stringify(cardFor(a, id, [])).length);
  return largest;
}

const HOSTILE: [string, () => string][] = [
  ['digits and commas "1,1,1,…"', () => repeat('1,')],
  ['one run of digits "1111…"', () => repeat('1')],
  ['dotted digits "1.1.1.…"', () => repeat('1.')],
  ['dollars "$1$1$1…"', () => repeat('$1')],
  ['one sentence of changes "rose 1% rose 1% …"', () => repeat('rose 1% ')],
  ['dashed digits "1-1-1-…"', () => repeat('1-')],
  ['spaced digits "1 1 1 …"', () => repeat('1 ')],
  ['percentages "5% 5% 5% …"', () => repeat('5% ')],
  ['capitalised words without punctuation', () => capitalisedWords()],
  ['titles "Mr. Mr. Mr. …"', () => repeat('Mr. ')],
  ['one name over and over', () => repeat('Barack Obama ')],
  ['names in sentences on one line', () => repeat('Barack Obama said that Angela Merkel and Emmanuel Macron met. ')],
  ['one name per line', () => repeat('Apple\n')],
  ['a results line of a sports page', () => `SOCCER - RESULTS\n${repeat('Leeds v Chelsea v ')}`],
  ['a table row that never ends', () => `SOCCER - STANDINGS\n${repeat('Ross County 3 0 0 3 ')}`],
  ['one endless word', () => repeat('A')],
  ['one capitalised word over and over', () => repeat('York ')],
  ['two capitalised words over and over', () => repeat('Alecta London ')],
];

describe('hostile pages are recognized, analyzed and carded in linear time', () => {
  for (const [name, make] of HOSTILE) {
    it(
      name,
      () => {
        const text = make();
        expect(largestCard(text, recognize(text))).toBeLessThan(20_000);
      },
      TIMEOUT,
    );
  }

  it(
    'a paragraph of news prose of one and a half million characters',
    () => {
      const text = newsParagraph(1_500_000);
      const r = recognize(text);
      expect(r.entities.length).toBeGreaterThan(1000);
      expect(r.figures.length).toBeGreaterThan(1000);
      expect(largestCard(text, r)).toBeLessThan(20_000);
    },
    TIMEOUT,
  );
});

describe('the worker path works in bounded slices', () => {
  it(
    'no slice of an unpunctuated page of capitalised words holds more than the budget, and the result is the one-call result',
    async () => {
      const text = capitalisedWords(200_000);
      const slices: number[] = [];
      const r = await recognizeChunked(text, { onSlice: (work) => slices.push(work) });
      expect(Math.max(...slices)).toBeLessThanOrEqual(SLICE);
      // Hundreds of slices: no pass works through the page in one go.
      expect(slices.length).toBeGreaterThan(100);
      expect(r).toEqual(recognize(text));
      const parts: number[] = [];
      const a = await analyzeChunked(text, r, { onSlice: (work) => parts.push(work) });
      expect(Math.max(...parts)).toBeLessThanOrEqual(SLICE);
      expect(a.marks).toEqual(analyze(text, r).marks);
    },
    TIMEOUT,
  );

  it(
    'slices news prose anywhere, even inside sentences, with the same result',
    async () => {
      const text = newsParagraph(40_000);
      const slices: number[] = [];
      const r = await recognizeChunked(text, { slice: 500, onSlice: (work) => slices.push(work) });
      expect(slices.length).toBeGreaterThan(100);
      expect(Math.max(...slices)).toBeLessThanOrEqual(500);
      expect(r).toEqual(recognize(text));
    },
    TIMEOUT,
  );

  it(
    'slices a page of figures with the same result',
    async () => {
      const text = repeat('1,', 40_000);
      const slices: number[] = [];
      const r = await recognizeChunked(text, { slice: 2_000, onSlice: (work) => slices.push(work) });
      expect(slices.length).toBeGreaterThan(100);
      expect(Math.max(...slices)).toBeLessThanOrEqual(2_000);
      expect(r).toEqual(recognize(text));
      // One sentence of 40,000 figures: reading what each counts is sliced inside the sentence too.
      const parts: number[] = [];
      const a = await analyzeChunked(text, r, { slice: 2_000, onSlice: (work) => parts.push(work) });
      expect(Math.max(...parts)).toBeLessThanOrEqual(2_000);
      expect(cardFor(a, 7, [])).toEqual(cardFor(analyze(text, r), 7, []));
    },
    TIMEOUT,
  );
});
