// Fact cards, computed from what the article itself says. The worker calls analyze() once per
// page and cardFor() on every hover, so everything a card needs is indexed up front and a card
// costs a few array look-ups plus the size of its own contents. A card lists only what it shows
// (a dozen mentions, eight figures or comparisons) and counts the rest, and clips the article's
// text it quotes: a page with a hundred thousand figures or one endless sentence gets small cards.
//
// This file is the entry the worker, the CLI and the tests import; each part lives in cards/: the
// index (analysis.ts), one file per card (entity.ts, figure.ts, unit.ts), figures in words
// (describe.ts), what makes figures comparable (scale.ts), the limits (limits.ts) and the readers
// the cards share (marks.ts).

import type { Card, NoteAnchor } from './types';
import type { FactLookup } from './facts/types';
import type { Analysis } from './cards/analysis';
import { entityCard } from './cards/entity';
import { figureCard } from './cards/figure';
import { unitCard } from './cards/unit';

export { analyze, analyzeChunked, type Analysis, type EntityGroup, type MarkTarget } from './cards/analysis';
export { mayHaveFacts } from './cards/entity';
export { comparisonPhrase, figureSays, pointsPhrase } from './cards/figure';
export { describeFigure, formatDate } from './cards/describe';

/**
 * The card of a mark. `facts` says what an entity is from shipped tables (core/facts); injected, so the worker
 * can load the tables on the first card that needs them and the CLI can pass the same tables read from disk.
 */
export function cardFor(a: Analysis, markId: number, notes: NoteAnchor[], facts?: FactLookup): Card | null {
  const target = a.targets[markId];
  if (!target) return null;
  switch (target.kind) {
    case 'entity':
      return entityCard(a, target.group, notes, facts);
    case 'figure':
      return figureCard(a, markId, target.figure, notes);
    case 'unit':
      return unitCard(a, target.unit, notes);
  }
}
