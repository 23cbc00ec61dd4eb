// The card of a figure: its value in words, what it counts and whose it is, and how it compares with the
// nearest figures of the same measure ("3× CoreWeave’s 4,000 new customers"). Apart from the other cards:
// the comparisons and their wording are its own.

import type { FigureCard, FigureComparison, FigureMention, NoteAnchor } from '../types';
import type { Analysis } from './analysis';
import { describeFigure, formatNumber } from './describe';
import { clip, COMPARISONS_MAX, NAME_CHARS } from './limits';
import { figureAt, measureAt, overlaps } from './marks';
import { firstAtLeast } from '../bisect';
import { magnitude, unitKey } from './scale';

export function figureCard(a: Analysis, markId: number, f: FigureMention, notes: NoteAnchor[]): FigureCard {
  const m = measureAt(a, markId);
  const { comparisons, count } = comparisonsFor(a, markId, f);
  return {
    kind: 'figure',
    text: clip(f.text, NAME_CHARS),
    figureKind: f.kind,
    normalized: describeFigure(f.text.length > NAME_CHARS ? { ...f, text: clip(f.text, NAME_CHARS) } : f),
    measure: m.measure === null ? null : clip(m.measure, NAME_CHARS),
    about: m.about === null ? null : clip(m.about, NAME_CHARS),
    says: figureSays(clip(f.text, NAME_CHARS), m.measure && clip(m.measure, NAME_CHARS), m.about && clip(m.about, NAME_CHARS)),
    comparisons,
    comparisonCount: count,
    notes: notes.filter((n) => overlaps(n, f)),
  };
}

/**
 * The figures of the same measure and unit scale, nearest in the article first: the one the sentence
 * sets it against ("up from $83 billion", "compared with 4,000 for CoreWeave"), then its paragraph,
 * then the rest. A figure whose measure the sentence does not give is compared with nothing: a
 * meaningless comparison is worse than none.
 */
function comparisonsFor(a: Analysis, markId: number, f: FigureMention): { comparisons: FigureComparison[]; count: number } {
  const key = measureAt(a, markId).key;
  const v = magnitude(f);
  const ids = key === null || v === null ? undefined : a.figuresByMeasure.get(`${unitKey(f)}|${key}`);
  if (!ids || v === null) return { comparisons: [], count: 0 };
  // The COMPARISONS_MAX nearest either side in article order hold the nearest ones by every rule below.
  const at = firstAtLeast(ids.length, (k) => ids[k]! >= markId);
  const near = ids.slice(Math.max(0, at - COMPARISONS_MAX), at + COMPARISONS_MAX + 1).filter((id) => id !== markId);
  const sentence = a.markSentence[markId];
  const paragraph = a.markParagraph[markId];
  const rank = (id: number) => (a.markSentence[id] === sentence ? 0 : a.markParagraph[id] === paragraph ? 1 : 2);
  const comparisons = near
    .sort((x, y) => rank(x) - rank(y) || Math.abs(x - markId) - Math.abs(y - markId) || x - y)
    .slice(0, COMPARISONS_MAX)
    .map((id) => {
      const other = figureAt(a, id);
      const ratio = v / magnitude(other)!;
      const text = clip(other.text, NAME_CHARS);
      const phrase = f.kind === 'percent' ? pointsPhrase(v - magnitude(other)!, whose(a, id)) : comparisonPhrase(ratio, whose(a, id));
      return { markId: id, text, ratio, paragraph: a.markParagraph[id]! + 1, phrase };
    });
  return { comparisons, count: ids.length - 1 };
}

/** "Amazon’s", "Amazon Web Services’": a name ending in s takes the apostrophe alone. */
const possessive = (name: string) => (/s$/.test(name) ? `${name}\u2019` : `${name}\u2019s`);

/**
 * "12,000 — new customers of Lambda", "$100 billion — Amazon’s spending on data centres", "19% — of
 * Amazon": what a figure is, in words, from what its sentence says; null when it says neither.
 */
export function figureSays(text: string, measure: string | null, about: string | null): string | null {
  if (measure === null) return about === null ? null : `${text} \u2014 of ${about}`;
  if (about === null) return `${text} \u2014 ${measure}`;
  // "spending on data centres of Amazon" would read as the data centres' owner: the possessive says it.
  return / (?:of|on|in|for|per) /.test(` ${measure} `)
    ? `${text} \u2014 ${possessive(about)} ${measure}`
    : `${text} \u2014 ${measure} of ${about}`;
}

/** "CoreWeave’s 4,000 new customers", "the $83 billion": the other figure as a reader names it. */
function whose(a: Analysis, id: number): string {
  const f = figureAt(a, id);
  const { measure, about } = measureAt(a, id);
  const owner = about === null ? 'the' : possessive(clip(about, NAME_CHARS));
  // A count reads with its noun ("4,000 new customers"); a sum or a share is named by its number.
  const noun = f.kind === 'count' && measure !== null && !measure.includes(' of ') ? ` ${clip(measure, NAME_CHARS)}` : '';
  return `${owner} ${clip(f.text, NAME_CHARS)}${noun}`;
}

/** "3× CoreWeave’s 4,000 new customers", "20% of the $50 billion", "the same as the 5%". */
export function comparisonPhrase(ratio: number, other: string): string {
  if (ratio === 1) return `the same as ${other}`;
  if (ratio > 0.95 && ratio < 1.05) return `about the same as ${other}`;
  if (ratio >= 1.05) return `${formatRatio(ratio)}\u00D7 ${other}`;
  // "68% of the $1 trillion": a share of another sum needs no more precision than a whole percent.
  if (ratio >= 0.1) return `${Math.round(ratio * 100)}% of ${other}`;
  if (ratio > 0) return `${formatNumber(ratio * 100)}% of ${other}`;
  return `${formatNumber(ratio)}\u00D7 ${other}`;
}

/**
 * "9 points below Google Cloud’s 28%", "the same as the 5%": rates and shares are set against each other
 * by their difference in percentage points; their ratio ("68% of 28%") reads as nonsense.
 */
export function pointsPhrase(difference: number, other: string): string {
  const points = Math.round(Math.abs(difference) * 10) / 10;
  if (points === 0) return `the same as ${other}`;
  return `${formatNumber(points)} point${points === 1 ? '' : 's'} ${difference > 0 ? 'above' : 'below'} ${other}`;
}

function formatRatio(r: number): string {
  if (r >= 10) return formatNumber(Math.round(r));
  return String(Math.round(r * 10) / 10);
}
