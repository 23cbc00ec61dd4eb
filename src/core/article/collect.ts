// Reading an element's text the way a reader would copy it (whitespace collapsed, blocks separated),
// remembering where each stretch of it came from. Separate because both the article Readability
// returns and the live headline are read this way.

import { ELEMENT_NODE, TEXT_NODE, nameOf } from './dom';
import { DROPPED_CLASS, LINE, PARAGRAPH, SKIP, SPACE_CLASS } from './text-rules';

/** Fields of one run in `Runs.data`: start, node, offset, length. */
const RUN_FIELDS = 4;

/**
 * Where the text came from, as runs rather than per character: run r covers text
 * [start, start + length) read from chars [offset, offset + length) of one source node. Runs that continue one another are one run (a paragraph
 * in one Text node is one run), so turning them into the per-character arrays of `ArticleText` is
 * one fill per run. Separators ("\n", "\n\n") belong to no run.
 */
export class Runs {
  data: Int32Array;
  count = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(16, capacity) * RUN_FIELDS);
  }
  /** Adds a run, or lengthens the last one when this one continues it in the text and in its node. */
  push(start: number, node: number, offset: number, length: number): void {
    const d = this.data;
    const last = (this.count - 1) * RUN_FIELDS;
    if (last >= 0 && d[last + 1] === node && d[last]! + d[last + 3]! === start && d[last + 2]! + d[last + 3]! === offset) {
      d[last + 3]! += length;
      return;
    }
    let at = this.count * RUN_FIELDS;
    if (at + RUN_FIELDS > d.length) {
      this.data = new Int32Array(d.length * 2);
      this.data.set(d);
    }
    const out = this.data;
    out[at++] = start;
    out[at++] = node;
    out[at++] = offset;
    out[at] = length;
    this.count++;
  }
  start(r: number): number {
    return this.data[r * RUN_FIELDS]!;
  }
  node(r: number): number {
    return this.data[r * RUN_FIELDS + 1]!;
  }
  offset(r: number): number {
    return this.data[r * RUN_FIELDS + 2]!;
  }
  length(r: number): number {
    return this.data[r * RUN_FIELDS + 3]!;
  }
  setNode(r: number, node: number): void {
    this.data[r * RUN_FIELDS + 1] = node;
  }
}

export interface Collected {
  text: string;
  /** Where each stretch of `text` came from; chars in no run are separators. */
  runs: Runs;
  /** The Text nodes read, in the order first read (document order). */
  sources: Text[];
  /** Chars of `text` that are neither whitespace nor separators: all of them are in runs. */
  significant: number;
}

// Words: chars neither whitespace nor dropped, here as stretches of words with one plain space between
// them (copied as they are, collapsed or not: the common case of a whole paragraph in one scan); a
// gap: the chars that are not words; spaces: whitespace only (a gap's stretches between dropped
// chars). Sticky and tested, not matched: the scan of a Text node is native and allocates nothing
// per word. No `u` flag: like charCodeAt, they read UTF-16 code units.
const WORDS = new RegExp(`[^${SPACE_CLASS}${DROPPED_CLASS}]+(?: [^${SPACE_CLASS}${DROPPED_CLASS}]+)*`, 'y');
const GAP = new RegExp(`[${SPACE_CLASS}${DROPPED_CLASS}]+`, 'y');
const SPACES = new RegExp(`[${SPACE_CLASS}]+`, 'y');
const ALL_SPACES = new RegExp(`[${SPACE_CLASS}]+`, 'g');
const SPACE = 32;

/** Reads the article element's text the way a reader would copy it, remembering each char's source. */
export function collectText(root: Node): Collected {
  const sources: Text[] = [];
  const chunks: string[] = [];
  const runs = new Runs(256);
  let length = 0;
  let pendingBreak = 0;
  let hasSpace = false;
  let spaceNode = 0;
  let spaceData = '';
  let spaceOff = 0;
  // Whitespace kept inside <pre>, waiting for a following char: [node, from, to] stretches, and their nodes' data.
  const preWs: number[] = [];
  const preData: string[] = [];
  let preDepth = 0;
  // Text copied as it is from one node, not yet pushed to `chunks`: one slice per stretch, not per word.
  let copyData = '';
  let copyFrom = 0;
  let copyTo = 0;

  const flushCopy = (): void => {
    if (copyTo > copyFrom) chunks.push(copyData.slice(copyFrom, copyTo));
    copyFrom = copyTo = 0;
  };
  /** Chars [from, to) of source `node` (its `data`), as they are. */
  const copy = (node: number, data: string, from: number, to: number): void => {
    if (data !== copyData || from !== copyTo || copyTo === copyFrom) {
      flushCopy();
      copyData = data;
      copyFrom = from;
    }
    copyTo = to;
    runs.push(length, node, from, to - from);
    length += to - from;
  };
  /** `text`, read from chars [from, from + text.length) of source `node` but written otherwise. */
  const write = (node: number, from: number, text: string): void => {
    flushCopy();
    chunks.push(text);
    runs.push(length, node, from, text.length);
    length += text.length;
  };

  const flushPending = (): void => {
    if (length > 0) {
      if (pendingBreak > 0) {
        flushCopy();
        chunks.push(pendingBreak === 2 ? '\n\n' : '\n');
        length += pendingBreak;
      } else if (preWs.length > 0) {
        for (let k = 0; k < preWs.length; k += 3) {
          const data = preData[k / 3]!;
          const from = preWs[k + 1]!;
          const to = preWs[k + 2]!;
          const kept = data.slice(from, to);
          // A no-break space is copied as a plain space; other whitespace as it is.
          if (kept.includes('\u00a0')) write(preWs[k]!, from, kept.replace(/\u00a0/g, ' '));
          else copy(preWs[k]!, data, from, to);
        }
      } else if (hasSpace) {
        if (spaceData.charCodeAt(spaceOff) === SPACE) copy(spaceNode, spaceData, spaceOff, spaceOff + 1);
        else write(spaceNode, spaceOff, ' ');
      }
    }
    pendingBreak = 0;
    hasSpace = false;
    preWs.length = 0;
    preData.length = 0;
  };
  const requestBreak = (n: number): void => {
    if (n > pendingBreak) pendingBreak = n;
    preWs.length = 0;
    preData.length = 0;
  };

  const readText = (t: Text): void => {
    const d = t.data;
    let a = -1;
    for (let at = 0; at < d.length;) {
      WORDS.lastIndex = at;
      if (WORDS.test(d)) {
        const end = WORDS.lastIndex;
        if (a < 0) a = sources.push(t) - 1;
        flushPending();
        copy(a, d, at, end);
        at = end;
        continue;
      }
      GAP.lastIndex = at;
      GAP.test(d);
      const end = GAP.lastIndex;
      for (let i = at; i < end;) {
        SPACES.lastIndex = i;
        if (!SPACES.test(d)) {
          i++; // a dropped char: it only ends the word before it
          continue;
        }
        const to = SPACES.lastIndex;
        if (a < 0) a = sources.push(t) - 1;
        if (preDepth > 0) {
          preWs.push(a, i, to);
          preData.push(d);
        } else if (!hasSpace) {
          hasSpace = true;
          spaceNode = a;
          spaceData = d;
          spaceOff = i;
        }
        i = to;
      }
      at = end;
    }
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
  flushCopy();
  const text = chunks.join('');
  // Every char of the text but whitespace and separators is a word's: counted once, natively.
  return { text, runs, sources, significant: text.replace(ALL_SPACES, '').length };
}
