// Which figures can be compared, and as what number: a figure's unit scale (megawatts and gigawatts are
// one scale), the measure its unit implies, and its value in the base unit. Apart because the analysis
// keys its figure indexes by these and the figure card divides by them: both must agree.

import type { FigureMention } from '../types';
import { toBase } from '../units/convert';
import { unitInfo } from '../units/info';
import type { FigureMeasure } from '../measure';

/**
 * A physical amount the sentence does not explain still says what it measures through its unit: "2.4GW"
 * and "835 megawatts" are both power. Money and bare numbers say nothing by themselves.
 */
export function withDimension(f: FigureMention, m: FigureMeasure): FigureMeasure {
  if (m.key !== null || f.kind !== 'quantity' || !f.unit) return m;
  const measures = unitInfo(f.unit)?.measures;
  return measures ? { ...m, measure: measures, key: measures } : m;
}

/** A linear scale to a base unit; scales with an offset (°C, °F) only compare within themselves. */
export function scaleOf(kind: string, unit: string | undefined): { key: string; factor: number } {
  const b = kind === 'quantity' && unit ? toBase(unit) : null;
  return b && !b.offset ? { key: `${kind} ${b.base}`, factor: b.factor } : { key: `${kind} ${unit ?? ''}`, factor: 1 };
}
export const unitKey = (f: FigureMention) => scaleOf(f.kind, f.unit).key;

/** A figure's value as one number (a range by its midpoint) in its base unit, or null when it has none. */
export function magnitude(f: FigureMention): number | null {
  if (f.kind === 'date' || typeof f.value !== 'number' || !Number.isFinite(f.value)) return null;
  const { factor } = scaleOf(f.kind, f.unit);
  if (typeof f.valueMax === 'number' && Number.isFinite(f.valueMax)) return ((f.value + f.valueMax) / 2) * factor;
  return f.value * factor;
}
