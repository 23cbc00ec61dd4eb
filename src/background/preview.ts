// The marks of the part of a long article the reader sees (core/preview.ts), recognized alone so they
// are painted before the whole article's. Nothing is kept: the window's marks serve one paint, and
// cards, notes and look-ups all wait for the whole article's analysis.
import { analyzeChunked } from '../core/cards';
import { MAX_MARKS } from '../core/protocol';
import { recognizeChunked } from '../core/recognize/index';
import type { Mark } from '../core/types';
import { markWorkerStage } from './stages';
import { stopPriming } from './warm-up';

/**
 * The window's marks, in article offsets. In slices like any recognition, so the worker still
 * answers other tabs meanwhile, at 'user-visible' priority: the whole article's slices, asked just
 * before, wait behind them wherever the Prioritized Task Scheduling API is.
 */
export async function previewMarks(text: string, offset: number): Promise<Mark[]> {
  markWorkerStage('preview-received');
  stopPriming();
  const priority = 'user-visible';
  const { marks } = await analyzeChunked(text, await recognizeChunked(text, { priority }), { priority });
  markWorkerStage('preview-answered');
  return marks.slice(0, MAX_MARKS).map((m) => ({ ...m, start: m.start + offset, end: m.end + offset }));
}
