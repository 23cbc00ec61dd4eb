// One palette for the marks painted in the page and the legend/card swatches, so they cannot
// drift apart. Colours are translucent so the page's own text and background show through on
// light and dark pages alike; figures also get a dotted underline so the two families differ
// for readers who do not tell the hues apart.
import type { MarkKind } from './types';

export interface KindStyle {
  /** Legend chip (plural) and card header (singular). */
  label: string;
  singular: string;
  /** r, g, b, alpha of the highlight background. */
  rgba: [number, number, number, number];
  underline?: string;
}

export const KIND_STYLE: Record<MarkKind, KindStyle> = {
  person: { label: 'People', singular: 'Person', rgba: [255, 179, 0, 0.32] },
  organization: { label: 'Organizations', singular: 'Organization', rgba: [66, 133, 244, 0.28] },
  place: { label: 'Places', singular: 'Place', rgba: [52, 168, 83, 0.28] },
  product: { label: 'Products', singular: 'Product', rgba: [171, 71, 188, 0.26] },
  other: { label: 'Other names', singular: 'Name', rgba: [120, 144, 156, 0.28] },
  money: { label: 'Money', singular: 'Money', rgba: [0, 150, 136, 0.26], underline: 'rgb(0, 121, 107)' },
  percent: { label: 'Percentages', singular: 'Percentage', rgba: [233, 30, 99, 0.22], underline: 'rgb(194, 24, 91)' },
  count: { label: 'Counts', singular: 'Count', rgba: [255, 87, 34, 0.22], underline: 'rgb(216, 67, 21)' },
  quantity: { label: 'Quantities', singular: 'Quantity', rgba: [3, 169, 244, 0.24], underline: 'rgb(2, 119, 189)' },
  date: { label: 'Dates', singular: 'Date', rgba: [139, 195, 74, 0.28], underline: 'rgb(85, 139, 47)' },
  duration: { label: 'Durations', singular: 'Duration', rgba: [121, 85, 72, 0.22], underline: 'rgb(93, 64, 55)' },
  fraction: { label: 'Fractions', singular: 'Fraction', rgba: [103, 58, 183, 0.22], underline: 'rgb(81, 45, 168)' },
  unit: { label: 'Units', singular: 'Unit', rgba: [158, 157, 36, 0.24], underline: 'rgb(130, 119, 23)' },
};

/** Highlights that are not a recognized kind: the reader's notes, a draft, the keyboard focus. */
export const EXTRA_HIGHLIGHTS = {
  note: 'background-color: rgba(255, 235, 59, 0.55); text-decoration: underline solid rgb(245, 127, 23);',
  draft: 'background-color: rgba(255, 235, 59, 0.35); text-decoration: underline dashed rgb(245, 127, 23);',
  focus: 'background-color: rgba(26, 115, 232, 0.45);',
} as const;

export const highlightName = (kind: MarkKind | keyof typeof EXTRA_HIGHLIGHTS) => `gloss-${kind}`;

export const cssColor = ([r, g, b, a]: KindStyle['rgba']) => `rgba(${r}, ${g}, ${b}, ${a})`;

/** The user stylesheet the worker inserts into a tab (no DOM change in the page). */
export function highlightCss(): string {
  const rules = Object.entries(KIND_STYLE).map(([kind, s]) => {
    const underline = s.underline ? ` text-decoration: underline dotted ${s.underline};` : '';
    return `::highlight(${highlightName(kind as MarkKind)}) { background-color: ${cssColor(s.rgba)};${underline} }`;
  });
  for (const [name, decl] of Object.entries(EXTRA_HIGHLIGHTS))
    rules.push(`::highlight(${highlightName(name as keyof typeof EXTRA_HIGHLIGHTS)}) { ${decl} }`);
  return rules.join('\n');
}
