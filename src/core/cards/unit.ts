// The card of a bare unit ("gigawatts" with no number): what the unit is, and the article's figures in it
// or in others of the same measure. Apart from the figure card: a unit has no value to compare.

import type { NoteAnchor, UnitCard, UnitMention } from '../types';
import { unitInfo } from '../units/info';
import type { Analysis } from './analysis';
import { clip, FIGURES_MAX, NAME_CHARS } from './limits';
import { figureAt, overlaps } from './marks';
import { scaleOf } from './scale';

export function unitCard(a: Analysis, u: UnitMention, notes: NoteAnchor[]): UnitCard {
  const info = unitInfo(u.unit);
  // The same unit first, then others of the same measure ("835 megawatts" for "gigawatts"); a rate
  // ("USD/MWh") is not the unit itself.
  const all = a.figuresByUnit.get(scaleOf(u.measure, u.unit).key) ?? [];
  const ids = (a.figuresInUnit.get(`${u.measure} ${u.unit}`) ?? []).slice(0, FIGURES_MAX);
  for (let k = 0; k < all.length && ids.length < FIGURES_MAX; k++) {
    const t = a.targets[all[k]!]!;
    if (t.kind === 'figure' && t.figure.unit !== u.unit) ids.push(all[k]!);
  }
  return {
    kind: 'unit',
    text: u.text,
    unit: u.unit,
    name: info?.name ?? u.unit,
    measures: info?.measures ?? null,
    definition: info?.definition ?? null,
    figures: ids.map((id) => ({ markId: id, text: clip(figureAt(a, id).text, NAME_CHARS) })),
    figureCount: all.length,
    mentions: a.unitMarks.get(u.unit)?.length ?? 1,
    notes: notes.filter((n) => overlaps(n, u)),
  };
}
