// Amounts from one unit to another: to the base of their measure (to compare "835 megawatts" with
// "2.4GW"), and to the unit across the metric divide (the "≈ 74.56 mi" after "120 km").
import { lookup } from './lookup';

/** `value` in the unit is `value * factor + (offset ?? 0)` in `base`. */
export interface BaseFactor {
  factor: number;
  base: string;
  /** Only for scales whose zero is not the base's zero (°C, °F against kelvin). */
  offset?: number;
}

/** How to turn an amount in `symbol` into its measure's base unit; null for currencies and log scales. */
export function toBase(symbol: string): BaseFactor | null {
  const e = lookup(symbol);
  const factor = e?.unit.factor;
  if (!e || factor == null) return null;
  const offset = e.unit.offset;
  return offset === undefined ? { factor, base: e.measure.base } : { factor, base: e.measure.base, offset };
}

/** `value` in unit `from` expressed in unit `to`, when both are linear scales of one base; null otherwise. */
function convert(value: number, from: string, to: string): number | null {
  const a = toBase(from);
  const b = toBase(to);
  if (!a || !b || a.base !== b.base || a.offset || b.offset) return null;
  return (value * a.factor) / b.factor;
}

/** The unit a reader on the other side of the metric divide thinks in, and how many of it make one `symbol`. */
export function counterpart(symbol: string): { unit: string; factor: number } | null {
  const unit = lookup(symbol)?.unit.counterpart;
  const factor = unit === undefined ? null : convert(1, symbol, unit);
  return unit === undefined || factor === null ? null : { unit, factor };
}
