// Which part of the article the reader sees: the text span of the article's nodes that lie in the
// viewport, found by bisecting the nodes (document order is reading order, top to bottom, for the
// text of an article). It only chooses what is recognized first (core/preview.ts), so a layout that
// breaks that order (floats, columns) costs a slower first paint, never a wrong mark.
import { nodeTextStart, type ArticleText } from '../core/article';
import type { Span } from '../core/sentences';
import { firstAtLeast } from '../core/bisect';

/** Nodes looked at past a hidden one (no box) for the next that has a box. */
const HIDDEN_RUN = 8;

export function visibleSpan(article: ArticleText): Span | null {
  const { nodes, text } = article;
  if (nodes.length === 0) return null;
  const range = document.createRange();
  const box = (k: number): DOMRect | null => {
    for (let i = k; i < Math.min(nodes.length, k + HIDDEN_RUN); i++) {
      range.selectNodeContents(nodes[i]!);
      const r = range.getBoundingClientRect();
      if (r.width > 0 || r.height > 0) return r;
    }
    return null;
  };
  const height = window.innerHeight;
  const first = firstAtLeast(nodes.length, (k) => (box(k)?.bottom ?? -1) > 0);
  if (first >= nodes.length) return null;
  const after = firstAtLeast(nodes.length, (k) => (box(k)?.top ?? -1) >= height);
  const start = textStartFrom(article, first);
  const end = after > first + 1 ? textStartFrom(article, after) : textStartFrom(article, first + 1);
  return start < end ? { start, end } : { start, end: Math.min(text.length, start + 1) };
}

/** The text index of node k's first character, or of the next node that has one (the text's end past the last). */
function textStartFrom(article: ArticleText, k: number): number {
  for (let i = k; i < article.nodes.length; i++) {
    const at = nodeTextStart(article, i);
    if (at >= 0) return at;
  }
  return article.text.length;
}
