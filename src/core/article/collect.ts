// Reading an element's text the way a reader would copy it (whitespace collapsed, blocks separated),
// remembering for each character the Text node and offset it came from. Separate because both the
// article Readability returns and the live headline are read this way.

import { ELEMENT_NODE, TEXT_NODE, nameOf } from './dom';
import { LINE, PARAGRAPH, SKIP, isDropped, isSpace } from './text-rules';

/** Growable pair of parallel int arrays (char source: article-node index, offset). */
class SourceBuffer {
  node: Int32Array;
  off: Uint32Array;
  length = 0;
  constructor(capacity: number) {
    this.node = new Int32Array(Math.max(16, capacity));
    this.off = new Uint32Array(Math.max(16, capacity));
  }
  reserve(n: number): void {
    if (this.length + n <= this.node.length) return;
    const size = Math.max(this.node.length * 2, this.length + n);
    const node = new Int32Array(size);
    node.set(this.node);
    this.node = node;
    const off = new Uint32Array(size);
    off.set(this.off);
    this.off = off;
  }
  push(node: number, off: number): void {
    this.reserve(1);
    this.node[this.length] = node;
    this.off[this.length++] = off;
  }
  /** Chars [from, to) of one node. */
  pushRun(node: number, from: number, to: number): void {
    this.reserve(to - from);
    const { node: nodes, off } = this;
    let j = this.length;
    for (let k = from; k < to; k++, j++) {
      nodes[j] = node;
      off[j] = k;
    }
    this.length = j;
  }
}

export interface Collected {
  text: string;
  /** Per char: index into `artNodes`, or -1 for separators. */
  src: SourceBuffer;
  artNodes: Text[];
  significant: number;
}

/** Reads the article element's text the way a reader would copy it, remembering each char's source. */
export function collectText(root: Node): Collected {
  const artNodes: Text[] = [];
  const chunks: string[] = [];
  const src = new SourceBuffer(4096);
  let significant = 0;
  let pendingBreak = 0;
  let hasSpace = false;
  let spaceNode = 0;
  let spaceOff = 0;
  // Whitespace kept inside <pre>: [node, offset, char] triples waiting for a following char.
  const preWs: number[] = [];
  let preDepth = 0;

  const flushPending = (): void => {
    if (src.length > 0) {
      if (pendingBreak > 0) {
        chunks.push(pendingBreak === 2 ? '\n\n' : '\n');
        for (let k = 0; k < pendingBreak; k++) src.push(-1, 0);
      } else if (preWs.length > 0) {
        for (let k = 0; k < preWs.length; k += 3) {
          const c = preWs[k + 2]!;
          chunks.push(c === 0xa0 ? ' ' : String.fromCharCode(c));
          src.push(preWs[k]!, preWs[k + 1]!);
        }
      } else if (hasSpace) {
        chunks.push(' ');
        src.push(spaceNode, spaceOff);
      }
    }
    pendingBreak = 0;
    hasSpace = false;
    preWs.length = 0;
  };
  const requestBreak = (n: number): void => {
    if (n > pendingBreak) pendingBreak = n;
    preWs.length = 0;
  };

  const readText = (t: Text): void => {
    const d = t.data;
    let a = -1;
    let runStart = -1;
    const endRun = (i: number): void => {
      if (runStart < 0) return;
      chunks.push(d.slice(runStart, i));
      src.pushRun(a, runStart, i);
      significant += i - runStart;
      runStart = -1;
    };
    for (let i = 0; i < d.length; i++) {
      const c = d.charCodeAt(i);
      if (isSpace(c)) {
        endRun(i);
        if (a < 0) a = artNodes.push(t) - 1;
        if (preDepth > 0) preWs.push(a, i, c);
        else if (!hasSpace) {
          hasSpace = true;
          spaceNode = a;
          spaceOff = i;
        }
      } else if (isDropped(c)) {
        endRun(i);
      } else if (runStart < 0) {
        if (a < 0) a = artNodes.push(t) - 1;
        flushPending();
        runStart = i;
      }
    }
    endRun(d.length);
  };

  let n: Node | null = root;
  while (n) {
    let descend = false;
    if (n.nodeType === TEXT_NODE) readText(n as Text);
    else if (n.nodeType === ELEMENT_NODE) {
      const name = nameOf(n);
      if (!SKIP.has(name)) {
        const brk = PARAGRAPH.has(name) ? 2 : LINE.has(name) ? 1 : 0;
        if (brk) requestBreak(brk);
        if (name === 'pre') preDepth++;
        descend = n.firstChild !== null;
        if (!descend) {
          if (brk) requestBreak(brk);
          if (name === 'pre') preDepth--;
        }
      }
    }
    if (descend) {
      n = n.firstChild;
      continue;
    }
    // Leaving elements: close the blocks we climb out of.
    while (n && n !== root && !n.nextSibling) {
      n = n.parentNode;
      if (n && n.nodeType === ELEMENT_NODE) {
        const name = nameOf(n);
        if (PARAGRAPH.has(name)) requestBreak(2);
        else if (LINE.has(name)) requestBreak(1);
        if (name === 'pre') preDepth--;
      }
    }
    if (!n || n === root) break;
    n = n.nextSibling;
  }
  return { text: chunks.join(''), src, artNodes, significant };
}
