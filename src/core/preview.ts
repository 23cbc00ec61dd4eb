// The first marks of a long article: the part the reader sees when pressing the button is sent to
// the worker on its own and painted as soon as it is recognized, while the whole article is
// recognized behind it. The whole article's marks then replace it (same spans almost always: a
// name the window cuts, or a type only a later mention settles, is put right). A short article is
// not previewed: recognizing it whole takes little more than a window of it would.

import type { Span } from './sentences';

/**
 * The longest preview: a laptop's screenful of text is 2,000-4,000 characters, a large monitor's up
 * to twice that. Recognition takes time in proportion (most on a worker just woken), and what lies
 * beyond the screen does not make the first marks the reader sees come sooner.
 */
export const MAX_PREVIEW_CHARS = 8_000;

/**
 * The text to preview for the visible span [visible.start, visible.end): the paragraphs it lies in,
 * so no sentence is cut, at most MAX_PREVIEW_CHARS. Null when previewing would not pay: the window
 * is more than half the article (recognizing the rest behind it would cost as much again).
 */
export function previewWindow(text: string, visible: Span): Span | null {
  const from = Math.max(0, Math.min(visible.start, text.length));
  const to = Math.max(from, Math.min(visible.end, text.length));
  const limit = MAX_PREVIEW_CHARS / 4;
  // The visible part's first paragraph from its start; in a wall of text, the line or word before it.
  let start = text.lastIndexOf('\n\n', from);
  start = start < 0 ? 0 : start + 2;
  if (from - start > limit) start = boundaryBefore(text, from, from - limit);
  let end = text.indexOf('\n\n', to);
  if (end < 0) end = text.length;
  if (end - start > MAX_PREVIEW_CHARS) end = boundaryBefore(text, start + MAX_PREVIEW_CHARS, start + MAX_PREVIEW_CHARS / 2);
  if (end <= start || (end - start) * 2 > text.length) return null;
  return { start, end };
}

/** The last line break, else the last space, at or before `at` and after `floor`; `at` when neither is. */
function boundaryBefore(text: string, at: number, floor: number): number {
  const line = text.lastIndexOf('\n', at);
  if (line > floor) return line + 1;
  const space = text.lastIndexOf(' ', at);
  return space > floor ? space + 1 : at;
}
