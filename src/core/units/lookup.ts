// A unit of the table by its symbol, for cards and conversions.
import { measures, type Measure, type Quantity } from './table';

interface Entry {
  unit: Quantity;
  measure: Measure;
}

// Built on first use rather than at load, so a bundle that never asks about units does no work for them.
let index: Map<string, Entry> | undefined;

/** The table's unit written `symbol`, or undefined (durations and currencies are not in it). */
export function lookup(symbol: string): Entry | undefined {
  if (!index) {
    index = new Map();
    for (const measure of measures()) for (const unit of measure.units) index.set(unit.symbol, { unit, measure });
  }
  // Text may carry the Greek mu (U+03BC) where Gloss writes the micro sign (U+00B5); they look the same.
  return index.get(symbol.replace(/\u03bc/g, '\u00b5'));
}
