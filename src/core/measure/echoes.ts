// An article often repeats a sum in a quote or a later aside without saying again what it is: "a strike
// price of £85 per MWh, up from £58.87 per MWh … 'At £58 the numbers simply did not work'". The repeat is
// the same figure: it measures what the first one measured. The article's own figures are the evidence;
// a repeat must carry the same unit, so only sums and physical amounts qualify (bare counts and
// percentages recur by chance too often: "20 countries", "20 clubs").
import type { FigureMention } from '../types';
import type { FigureMeasure } from './index';

/** How far apart two values may be and still be one figure written twice: "£58" for "£58.87". */
const ECHO_TOLERANCE = 0.02;
const BUCKET = Math.log1p(ECHO_TOLERANCE);

/** Gives each money or quantity figure whose sentence says nothing the measure of an earlier figure it repeats. */
export function measureEchoes(figures: readonly FigureMention[], out: FigureMeasure[]): void {
  // The latest earlier figure with a measure, by unit and by value bucket on a logarithmic scale: a
  // repeat falls in its own bucket or the one either side, so each figure asks three places, and a page
  // of thousands of equal sums stays linear.
  const latest = new Map<string, number>();
  const keyOf = (unit: string, bucket: number) => `${unit}|${bucket}`;
  figures.forEach((f, k) => {
    const unit = echoUnit(f);
    if (unit === null) return;
    const v = f.value as number;
    const bucket = Math.floor(Math.log(v) / BUCKET);
    const m = out[k]!;
    if (m.measure !== null) {
      latest.set(keyOf(unit, bucket), k);
      return;
    }
    let j = -1;
    for (const b of [bucket - 1, bucket, bucket + 1]) {
      const i = latest.get(keyOf(unit, b));
      const w = i === undefined ? 0 : (figures[i]!.value as number);
      if (i !== undefined && i > j && Math.abs(w - v) <= ECHO_TOLERANCE * Math.max(v, w)) j = i;
    }
    if (j >= 0) out[k] = { ...out[j]!, about: m.about ?? out[j]!.about };
  });
}

/** The unit a repeat must share, or null for figures that cannot be told apart from a chance recurrence. */
function echoUnit(f: FigureMention): string | null {
  if ((f.kind !== 'money' && f.kind !== 'quantity') || !f.unit) return null;
  if (typeof f.value !== 'number' || !(f.value > 0) || f.valueMax !== undefined) return null;
  // "At £58" repeats "£58.87 per MWh": a price per unit is quoted by its sum alone.
  return f.unit.split('/')[0]!;
}
