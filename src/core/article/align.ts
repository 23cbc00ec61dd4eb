// Finding text Readability made up (nodes with no live twin) again in the live page's text, between
// the neighbouring mapped nodes. Separate because it is the fallback when identity-keeping fails,
// with its own search over the live text stream.

/**
 * Text nodes Readability created (a `javascript:` link turned into text, or anything our
 * identity-keeping could not cover) are found again in the live page's text: first the whole
 * node, then word by word, only between the neighbouring mapped nodes so a common word cannot
 * jump to an unrelated part of the page. Returns, per article node, live stream positions.
 */
export function alignOrphans(artNodes: Text[], artLive: Int32Array, liveTexts: Text[]): Map<number, Int32Array | number> {
  const out = new Map<number, Int32Array | number>();
  let anyOrphan = false;
  for (let a = 0; a < artNodes.length; a++) if (artLive[a]! < 0) anyOrphan = true;
  if (!anyOrphan) return out;

  const starts = new Int32Array(liveTexts.length + 1);
  const parts: string[] = new Array<string>(liveTexts.length);
  for (let k = 0; k < liveTexts.length; k++) {
    const d = liveTexts[k]!.data;
    parts[k] = d;
    starts[k + 1] = starts[k]! + d.length;
  }
  const stream = parts.join('');
  const nextAnchorEnd = new Int32Array(artNodes.length);
  let anchor = stream.length;
  for (let a = artNodes.length - 1; a >= 0; a--) {
    nextAnchorEnd[a] = anchor;
    const l = artLive[a]!;
    if (l >= 0) anchor = starts[l + 1]!;
  }

  let cursor = 0;
  for (let a = 0; a < artNodes.length; a++) {
    const l = artLive[a]!;
    const d = artNodes[a]!.data;
    if (l >= 0) {
      cursor = starts[l]! + d.length;
      continue;
    }
    if (!/\S/.test(d)) continue;
    const limit = nextAnchorEnd[a]!;
    const whole = stream.indexOf(d, cursor);
    if (whole >= 0 && whole + d.length <= limit) {
      out.set(a, whole);
      cursor = whole + d.length;
      continue;
    }
    // Word by word, in a window near the cursor (a slice is O(1) in engines using rope strings).
    const window = stream.slice(cursor, Math.min(limit, cursor + 4 * d.length + 2000));
    const pos = new Int32Array(d.length).fill(-1);
    let from = 0;
    let found = false;
    for (const m of d.matchAll(/\S+/g)) {
      const p = window.indexOf(m[0], from);
      if (p < 0) continue;
      for (let k = 0; k < m[0].length; k++) pos[m.index + k] = cursor + p + k;
      from = p + m[0].length;
      found = true;
    }
    if (found) {
      out.set(a, pos);
      cursor += from;
    }
  }
  return out;
}

/** Index of the live node containing stream position p (binary search on node starts). */
export function nodeAt(starts: Int32Array, p: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= p) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
