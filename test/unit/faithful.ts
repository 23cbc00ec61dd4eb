// A check shared by the extraction tests: the article's text is faithful to the live page.
import { expect } from 'vitest';
import type { ArticleText } from '../../src/core/article';

/**
 * Every mapped char is the char at that place in its live node (spaces may come from any whitespace), and the
 * nodes are in document order.
 */
export function expectFaithful(article: ArticleText, document: Document): void {
  expect(article.nodeIndex.length).toBe(article.text.length);
  expect(article.nodeOffset.length).toBe(article.text.length);
  for (let i = 0; i < article.text.length; i++) {
    const k = article.nodeIndex[i]!;
    const c = article.text[i]!;
    if (k < 0) {
      expect(c).toMatch(/\s/);
      continue;
    }
    const src = article.nodes[k]!.data[article.nodeOffset[i]!];
    if (/\s/.test(c)) expect(src).toMatch(/\s/);
    else expect(src).toBe(c);
  }
  // Document order of the live text nodes, by a plain walk.
  const rank = new Map<Node, number>();
  const walk = (n: Node): void => {
    if (n.nodeType === 3) rank.set(n, rank.size);
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(document.documentElement);
  let prev = -1;
  for (const n of article.nodes) {
    const r = rank.get(n);
    expect(r).toBeGreaterThan(prev);
    prev = r!;
  }
}
