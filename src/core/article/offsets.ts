// Going between article text offsets and the live DOM: the Range of a text span (marks), the text
// offset of a DOM point (hover hit tests) and of a selection (notes). Separate because it runs after
// extraction, on every hover and selection, and needs only the ArticleText.

import { ELEMENT_NODE, TEXT_NODE, order } from './dom';
import { isSpace } from './text-rules';
import type { ArticleText } from './types';

/** The live Range covering text [start, end), from its first to its last mapped char. */
export function rangeFor(article: ArticleText, start: number, end: number): Range | null {
  const s = Math.max(0, start);
  const e = Math.min(article.text.length, end);
  let i = s;
  while (i < e && article.nodeIndex[i]! < 0) i++;
  let j = e - 1;
  while (j >= i && article.nodeIndex[j]! < 0) j--;
  if (i >= e || j < i) return null;
  const first = article.nodes[article.nodeIndex[i]!]!;
  const last = article.nodes[article.nodeIndex[j]!]!;
  const owner = first.ownerDocument;
  const range = owner.createRange();
  range.setStart(first, article.nodeOffset[i]!);
  // A surrogate pair's high half ends the span: include its low half too.
  const endOff = article.nodeOffset[j]! + 1;
  const c = last.data.charCodeAt(endOff - 1);
  range.setEnd(last, c >= 0xd800 && c <= 0xdbff && endOff < last.data.length ? endOff + 1 : endOff);
  return range;
}

interface NodeIndex {
  byNode: Map<Text, number>;
  /** First and last text index read from each node. */
  lo: Int32Array;
  hi: Int32Array;
}

const indexes = new WeakMap<ArticleText, NodeIndex>();

function indexOf(article: ArticleText): NodeIndex {
  let ix = indexes.get(article);
  if (ix) return ix;
  const n = article.nodes.length;
  const lo = new Int32Array(n).fill(-1);
  const hi = new Int32Array(n).fill(-1);
  for (let i = 0; i < article.nodeIndex.length; i++) {
    const k = article.nodeIndex[i]!;
    if (k < 0) continue;
    if (lo[k] === -1) lo[k] = i;
    hi[k] = i;
  }
  const byNode = new Map<Text, number>();
  article.nodes.forEach((t, k) => byNode.set(t, k));
  ix = { byNode, lo, hi };
  indexes.set(article, ix);
  return ix;
}

/** The first text index read from article node k, or -1 when none is (the node's text was all collapsed). */
export function nodeTextStart(article: ArticleText, k: number): number {
  return indexOf(article).lo[k] ?? -1;
}

/** First text index at or after `offset` in article node k. */
function indexInNode(article: ArticleText, ix: NodeIndex, k: number, offset: number): number {
  let lo = ix.lo[k]!;
  let hi = ix.hi[k]! + 1;
  const first = lo;
  const last = hi;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (article.nodeIndex[mid] === k && article.nodeOffset[mid]! < offset) lo = mid + 1;
    else if (article.nodeIndex[mid] !== k) {
      // Only alignment of made-up text can interleave nodes: fall back to a scan.
      for (let i = first; i < last; i++) if (article.nodeIndex[i] === k && article.nodeOffset[i]! >= offset) return i;
      return last;
    } else hi = mid;
  }
  return lo;
}

/** Whether text node t starts at or after the DOM boundary point (container, offset). */
function atOrAfter(t: Text, container: Node, offset: number): boolean {
  if (container.nodeType !== ELEMENT_NODE && container.nodeType !== 9 && container.nodeType !== 11) {
    // Character data: the point is inside it, so t must be the node itself (at 0) or later.
    return container === t ? offset === 0 : order(container, t) < 0;
  }
  const child = container.childNodes[offset];
  if (child) return order(child, t) <= 0;
  return order(container, t) < 0 && !container.contains(t);
}

/** Text index of a DOM boundary point, clamped to [0, text.length]. */
function boundaryIndex(article: ArticleText, container: Node, offset: number): number {
  const ix = indexOf(article);
  if (container.nodeType === TEXT_NODE) {
    const k = ix.byNode.get(container as Text);
    if (k !== undefined) return indexInNode(article, ix, k, offset);
  }
  // First article node at or after the point; nodes are in document order.
  let lo = 0;
  let hi = article.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (atOrAfter(article.nodes[mid]!, container, offset)) hi = mid;
    else lo = mid + 1;
  }
  return lo < article.nodes.length ? ix.lo[lo]! : article.text.length;
}

/**
 * Text index for a DOM point, e.g. from caretPositionFromPoint: the first article char at or
 * after it. Null when the point is in a Text node the article does not use, or outside the article.
 */
export function textOffsetAt(article: ArticleText, node: Node, offset: number): number | null {
  const ix = indexOf(article);
  if (node.nodeType === TEXT_NODE) {
    const k = ix.byNode.get(node as Text);
    return k === undefined ? null : indexInNode(article, ix, k, offset);
  }
  const first = article.nodes[0];
  if (!first) return null;
  const i = boundaryIndex(article, node, offset);
  if (i >= article.text.length) return null;
  // Index 0 is also what any point before the article resolves to.
  if (i === 0 && node !== first && !node.contains(first) && atOrAfter(first, node, offset)) return null;
  return i;
}

/** The article text span a live selection covers, trimmed of whitespace; null if none. */
export function selectionToText(article: ArticleText, range: Range): { start: number; end: number } | null {
  let start = boundaryIndex(article, range.startContainer, range.startOffset);
  let end = boundaryIndex(article, range.endContainer, range.endOffset);
  const t = article.text;
  while (start < end && isSpace(t.charCodeAt(start))) start++;
  while (end > start && isSpace(t.charCodeAt(end - 1))) end--;
  return start < end ? { start, end } : null;
}
