import { describe, expect, test } from 'vitest';
import { MAX_PREVIEW_CHARS, previewWindow } from '../../src/core/preview';

/** An article of `n` paragraphs of `words` words each. */
function article(n: number, words = 60): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = '';
  for (let p = 0; p < n; p++) {
    if (p) text += '\n\n';
    starts.push(text.length);
    text += Array.from({ length: words }, (_, w) => `word${p}x${w}`).join(' ') + '.';
  }
  return { text, starts };
}

describe('previewWindow: the visible part of a long article, recognized first', () => {
  test('is the whole paragraphs the visible span lies in', () => {
    const { text, starts } = article(40);
    // Visible from the middle of paragraph 10 to the middle of paragraph 13.
    const w = previewWindow(text, { start: starts[10]! + 50, end: starts[13]! + 50 })!;
    expect(w.start).toBe(starts[10]);
    expect(text.slice(w.end, w.end + 2)).toBe('\n\n');
    expect(w.end).toBe(starts[14]! - 2);
  });

  test('is left out when the article is not much longer than what is visible', () => {
    const { text, starts } = article(4);
    expect(previewWindow(text, { start: 0, end: starts[2]! })).toBeNull();
    const long = article(40);
    expect(previewWindow(long.text, { start: 0, end: long.starts[2]! })).toEqual({ start: 0, end: long.starts[3]! - 2 });
  });

  test('never passes MAX_PREVIEW_CHARS, ending at a word, in a wall of text without paragraphs', () => {
    const text = Array.from({ length: 30_000 }, (_, i) => `w${i}`).join(' ');
    const w = previewWindow(text, { start: 20_000, end: 24_000 })!;
    expect(w.end - w.start).toBeLessThanOrEqual(MAX_PREVIEW_CHARS);
    expect(w.start).toBeLessThanOrEqual(20_000);
    expect(w.start).toBeGreaterThan(20_000 - MAX_PREVIEW_CHARS / 2);
    // Starts and ends between words: no word is cut in two.
    expect(text[w.start - 1]).toBe(' ');
    expect(text[w.end - 1]).toBe(' ');
  });

  test('spans outside the text are clamped, not trusted', () => {
    const { text } = article(40);
    const w = previewWindow(text, { start: text.length + 100, end: text.length + 500 });
    expect(w === null || (w.start >= 0 && w.end <= text.length)).toBe(true);
    expect(previewWindow(text, { start: -5, end: 10 })?.start).toBe(0);
  });
});
