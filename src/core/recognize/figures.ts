// PLACEHOLDER: replaced by the figure grammar.
import type { FigureMention } from '../types';
export function recognizeFigures(_text: string): FigureMention[] {
  return [];
}
