// From collected runs to the per-character arrays of ArticleText: each run of the article's text is
// resolved to its live Text node (through the clone's tags, or text alignment for what Readability
// made up), the live nodes used are numbered in document order, and the arrays are filled one run at
// a time. Separate because it is the one step that knows both the runs and the live page's list.

import { nodeAt } from './align';
import { Runs, type Collected } from './collect';
import { isSpace } from './text-rules';

/** The article's runs with `node` an index into `nodes`, the live Text nodes used, in document order. */
export interface LiveRuns {
  runs: Runs;
  nodes: Text[];
  /** Chars of the text that are not whitespace and come from a live node. */
  mappedChars: number;
}

/**
 * Resolves the runs of `collected` (read from the clone) to live Text nodes: `liveOf[a]` is the live
 * index of source a or -1, in which case `orphans` may hold its chars' positions in the live text
 * stream (`alignOrphans`). Chars that resolve to nothing are left out of every run.
 */
export function toLive(collected: Collected, liveOf: Int32Array, orphans: Map<number, Int32Array | number>, liveTexts: Text[]): LiveRuns {
  const { runs, text } = collected;
  const out = new Runs(runs.count);
  const used = new Int32Array(liveTexts.length).fill(-1);
  let starts: Int32Array | null = null;
  if (orphans.size > 0) {
    starts = new Int32Array(liveTexts.length + 1);
    for (let k = 0; k < liveTexts.length; k++) starts[k + 1] = starts[k]! + liveTexts[k]!.data.length;
  }
  // Every word char is in a run: those of sources found nowhere in the live page are the unmapped ones.
  let unmappedWords = 0;
  for (let r = 0; r < runs.count; r++) {
    const start = runs.start(r);
    const source = runs.node(r);
    const offset = runs.offset(r);
    const length = runs.length(r);
    const live = liveOf[source]!;
    if (live >= 0) {
      out.push(start, live, offset, length);
      used[live] = 0;
      continue;
    }
    const aligned = orphans.get(source);
    for (let k = 0; k < length; k++) {
      const p = aligned === undefined || !starts ? -1 : typeof aligned === 'number' ? aligned + offset + k : aligned[offset + k]!;
      if (p < 0) {
        if (!isSpace(text.charCodeAt(start + k))) unmappedWords++;
        continue;
      }
      const node = nodeAt(starts!, p);
      out.push(start + k, node, p - starts![node]!, 1);
      used[node] = 0;
    }
  }
  const nodes: Text[] = [];
  for (let k = 0; k < used.length; k++) if (used[k] === 0) used[k] = nodes.push(liveTexts[k]!) - 1;
  for (let r = 0; r < out.count; r++) out.setNode(r, used[out.node(r)]!);
  return { runs: out, nodes, mappedChars: collected.significant - unmappedWords };
}

/** A collected text whose sources are live nodes (the headline) as LiveRuns: nodes in the order first read. */
export function ownRuns(collected: Collected): LiveRuns {
  const { runs, sources } = collected;
  const out = new Runs(runs.count);
  const index = new Int32Array(sources.length).fill(-1);
  const nodes: Text[] = [];
  for (let r = 0; r < runs.count; r++) {
    const a = runs.node(r);
    if (index[a] === -1) index[a] = nodes.push(sources[a]!) - 1;
    out.push(runs.start(r), index[a]!, runs.offset(r), runs.length(r));
  }
  return { runs: out, nodes, mappedChars: 0 };
}

/**
 * Per char of a text of `length` chars: the index of its live node and its offset there (-1 and 0
 * for chars in no run). Each part's runs are placed at its `at` in the text, its node indexes
 * after those of the parts before it.
 */
export function fillArrays(
  length: number,
  parts: { at: number; live: LiveRuns }[],
): { nodes: Text[]; nodeIndex: Int32Array; nodeOffset: Uint32Array } {
  const nodeIndex = new Int32Array(length).fill(-1);
  const nodeOffset = new Uint32Array(length);
  const nodes: Text[] = [];
  for (const { at, live } of parts) {
    const shift = nodes.length;
    const { runs } = live;
    for (let r = 0; r < runs.count; r++) {
      const start = at + runs.start(r);
      const end = start + runs.length(r);
      nodeIndex.fill(runs.node(r) + shift, start, end);
      for (let i = start, offset = runs.offset(r); i < end; i++, offset++) nodeOffset[i] = offset;
    }
    for (const n of live.nodes) nodes.push(n);
  }
  return { nodes, nodeIndex, nodeOffset };
}
