// Small readers over an Analysis that more than one card uses: the figure and measure of a mark, whether
// two spans overlap (a note over a mention), and a binary search over ids in article order. Apart so
// the entity, figure and unit cards share them without importing one another.

import type { Span } from '../sentences';
import type { Analysis, MarkTarget } from './analysis';

export const overlaps = (x: Span, y: Span) => x.start < y.end && y.start < x.end;

/** The figure of a mark that is one (the ids of `figuresByUnit`, `figuresByMeasure`, `EntityGroup.figures`). */
export const figureAt = (a: Analysis, id: number) => (a.targets[id] as Extract<MarkTarget, { kind: 'figure' }>).figure;
export const measureAt = (a: Analysis, id: number) => (a.targets[id] as Extract<MarkTarget, { kind: 'figure' }>).measure;

/** The first k in [0, length) where `holds` does (it holds from some k on), else length. */
export function firstAtLeast(length: number, holds: (k: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
