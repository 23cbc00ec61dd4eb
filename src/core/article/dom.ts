// DOM helpers extraction needs that work the same in the browser and on linkedom (Node): node type
// numbers as plain constants (Node.js has no global `Node`), an element's lower-case name, and
// document order (linkedom's compareDocumentPosition compares depths only). Separate because pairing, collecting, the headline
// and the offsets all use them.

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function nameOf(el: Node): string {
  const e = el as Element;
  return (e.localName ?? e.tagName ?? '').toLowerCase();
}

/**
 * Document order of two connected nodes: < 0 when a comes first (an ancestor comes before its
 * descendants), 0 when the same. Not compareDocumentPosition: linkedom's compares depths only.
 */
export function order(a: Node, b: Node): number {
  if (a === b) return 0;
  const chainA: Node[] = [];
  const chainB: Node[] = [];
  for (let n: Node | null = a; n; n = n.parentNode) chainA.push(n);
  for (let n: Node | null = b; n; n = n.parentNode) chainB.push(n);
  let i = chainA.length - 1;
  let j = chainB.length - 1;
  if (chainA[i] !== chainB[j]) return 0;
  while (i >= 0 && j >= 0 && chainA[i] === chainB[j]) {
    i--;
    j--;
  }
  if (i < 0) return -1;
  if (j < 0) return 1;
  const target = chainB[j]!;
  for (let n = chainA[i]!.nextSibling; n; n = n.nextSibling) if (n === target) return -1;
  return 1;
}
