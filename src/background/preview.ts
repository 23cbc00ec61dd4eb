// The marks of the part of a long article the reader sees (core/preview.ts), recognized alone so they
// are painted before the whole article's. Nothing is kept: the window's marks serve one paint, and
// cards, notes and look-ups all wait for the whole article's analysis.
import { analyze } from '../core/cards';
import { MAX_MARKS } from '../core/protocol';
import { recognize, warmUp } from '../core/recognize/index';
import type { Mark } from '../core/types';
import { markWorkerStage } from './stages';
import { stopPriming } from './warm-up';

/**
 * The window's marks, in article offsets. Recognized in one task, not in slices: a window is at most
 * MAX_PREVIEW_CHARS (a few milliseconds of work), and slices would take turns with the whole
 * article's, asked just before it, and would then hold the preview up.
 */
export async function previewMarks(text: string, offset: number): Promise<Mark[]> {
  markWorkerStage('preview-received');
  stopPriming();
  await warmUp();
  const { marks } = analyze(text, recognize(text));
  markWorkerStage('preview-answered');
  return marks.slice(0, MAX_MARKS).map((m) => ({ ...m, start: m.start + offset, end: m.end + offset }));
}
