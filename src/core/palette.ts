// One palette for the marks painted in the page and the legend/card swatches, so they cannot
// drift apart. Every mark is underlined in its kind's colour (solid for names, dotted for figures,
// so the two families differ for readers who do not tell the hues apart); the fill is translucent so
// the page's own text and background show through on light and dark pages alike. In the quiet style
// only the mark under the pointer or the keyboard is filled; in the full style every mark is.
import { ENTITY_TYPES, type EntityType, type MarkKind } from './types';

const isFigureLike = (kind: MarkKind) => !(ENTITY_TYPES as readonly string[]).includes(kind as EntityType);

export interface KindStyle {
  /** Legend chip (plural) and card header (singular). */
  label: string;
  singular: string;
  /** r, g, b, alpha of the highlight background. */
  rgba: [number, number, number, number];
  /** The underline's colour: mid-tones, readable on white and on dark backgrounds. */
  line: string;
}

export const KIND_STYLE: Record<MarkKind, KindStyle> = {
  person: { label: 'People', singular: 'Person', rgba: [255, 179, 0, 0.32], line: 'rgb(230, 145, 0)' },
  organization: { label: 'Organizations', singular: 'Organization', rgba: [66, 133, 244, 0.28], line: 'rgb(51, 110, 214)' },
  place: { label: 'Places', singular: 'Place', rgba: [52, 168, 83, 0.28], line: 'rgb(46, 145, 72)' },
  product: { label: 'Products', singular: 'Product', rgba: [171, 71, 188, 0.26], line: 'rgb(156, 56, 176)' },
  other: { label: 'Other names', singular: 'Name', rgba: [120, 144, 156, 0.28], line: 'rgb(110, 130, 140)' },
  money: { label: 'Money', singular: 'Money', rgba: [0, 150, 136, 0.26], line: 'rgb(0, 121, 107)' },
  percent: { label: 'Percentages', singular: 'Percentage', rgba: [233, 30, 99, 0.22], line: 'rgb(194, 24, 91)' },
  count: { label: 'Counts', singular: 'Count', rgba: [255, 87, 34, 0.22], line: 'rgb(216, 67, 21)' },
  quantity: { label: 'Quantities', singular: 'Quantity', rgba: [3, 169, 244, 0.24], line: 'rgb(2, 119, 189)' },
  date: { label: 'Dates', singular: 'Date', rgba: [139, 195, 74, 0.28], line: 'rgb(85, 139, 47)' },
  duration: { label: 'Durations', singular: 'Duration', rgba: [121, 85, 72, 0.22], line: 'rgb(93, 64, 55)' },
  fraction: { label: 'Fractions', singular: 'Fraction', rgba: [103, 58, 183, 0.22], line: 'rgb(81, 45, 168)' },
  unit: { label: 'Units', singular: 'Unit', rgba: [158, 157, 36, 0.24], line: 'rgb(130, 119, 23)' },
};

/**
 * The reader's notes: a strong highlighter yellow, filled more than any mark kind and underlined
 * double (kinds are solid or dotted), so a note never looks like a mark, People's amber least of
 * all. Its colour distance from every kind's fill, over white and over a dark page, is checked in
 * test/unit/palette.test.ts.
 */
export const NOTE_RGBA: KindStyle['rgba'] = [255, 241, 0, 0.6];
/** The colour of the note's double underline. */
export const NOTE_LINE = 'rgb(121, 85, 0)';

/** Highlights that are not a recognized kind: the reader's notes, a draft, the keyboard focus. */
const EXTRA_HIGHLIGHTS = {
  note: `background-color: ${cssColorOf(NOTE_RGBA)}; text-decoration: underline double ${NOTE_LINE};`,
  draft: `background-color: ${cssColorOf([NOTE_RGBA[0], NOTE_RGBA[1], NOTE_RGBA[2], 0.35])}; text-decoration: underline dashed ${NOTE_LINE};`,
  focus: 'background-color: rgba(26, 115, 232, 0.45);',
} as const;

export const highlightName = (kind: MarkKind | keyof typeof EXTRA_HIGHLIGHTS) => `gloss-${kind}`;
/** The fill of a kind: every mark of it in the full style, only the active one in the quiet style. */
export const fillName = (kind: MarkKind) => `gloss-fill-${kind}`;

export const cssColor = cssColorOf;

/** The user stylesheet the worker inserts into a tab (no DOM change in the page). */
export function highlightCss(): string {
  const rules = Object.entries(KIND_STYLE).flatMap(([name, s]) => {
    const kind = name as MarkKind;
    const line = `text-decoration: underline ${isFigureLike(kind) ? 'dotted' : 'solid'} ${s.line} 2px;`;
    return [
      `::highlight(${highlightName(kind)}) { ${line} }`,
      `::highlight(${fillName(kind)}) { background-color: ${cssColor(s.rgba)}; ${line} }`,
    ];
  });
  for (const [name, decl] of Object.entries(EXTRA_HIGHLIGHTS))
    rules.push(`::highlight(${highlightName(name as keyof typeof EXTRA_HIGHLIGHTS)}) { ${decl} }`);
  return rules.join('\n');
}

function cssColorOf([r, g, b, a]: KindStyle['rgba']): string {
  return `rgba(${r}, ${g}, ${b}, ${a})`;
}
