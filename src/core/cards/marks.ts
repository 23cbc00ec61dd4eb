// Small readers over an Analysis that more than one card uses: the figure and measure of a mark, whether
// two spans overlap (a note over a mention), and a binary search over ids in article order. Apart so
// the entity, figure and unit cards share them without importing one another.

import type { Span } from '../sentences';
import type { Analysis, MarkTarget } from './analysis';

export const overlaps = (x: Span, y: Span) => x.start < y.end && y.start < x.end;

/** The figure of a mark that is one (the ids of `figuresByUnit`, `figuresByMeasure`, `EntityGroup.figures`). */
export const figureAt = (a: Analysis, id: number) => (a.targets[id] as Extract<MarkTarget, { kind: 'figure' }>).figure;
export const measureAt = (a: Analysis, id: number) => (a.targets[id] as Extract<MarkTarget, { kind: 'figure' }>).measure;
