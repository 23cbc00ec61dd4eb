// The card of a name: its mentions with the words around them, the sentence that introduces it (not a
// headline), the figures near it, the names it appears with, offline facts, and the notes over it.
// Apart from the figure and unit cards: it reads the entity groups, they read the figure indexes.

import type { EntityCard, EntityType, MentionLink, NoteAnchor } from '../types';
import { isSpace, type Span } from '../sentences';
import type { FactLookup } from '../facts/types';
import type { Analysis, EntityGroup } from './analysis';
import { clip, CONTEXT_CHARS, CONTEXT_WORDS, MENTIONS_MAX, NAME_CHARS, SENTENCE_CHARS } from './limits';
import { figureAt } from './marks';
import { firstAtLeast } from '../bisect';

/** Entity types the fact tables can say something about: places, and organizations or products as companies. */
const FACT_TYPES: ReadonlySet<EntityType> = new Set(['place', 'organization', 'product']);

/** Whether the card of this mark could carry facts, so the worker loads the tables only then. */
export function mayHaveFacts(a: Analysis, markId: number): boolean {
  const target = a.targets[markId];
  return target?.kind === 'entity' && FACT_TYPES.has(a.groups.get(target.group)!.type);
}

export function entityCard(a: Analysis, name: string, notes: NoteAnchor[], facts: FactLookup | undefined): EntityCard {
  const g = a.groups.get(name)!;
  const others = () => [...a.groups.values()].filter((o) => o !== g).map((o) => ({ name: o.name, type: o.type }));
  const mentions: MentionLink[] = g.marks.slice(0, MENTIONS_MAX).map((id) => {
    const m = a.marks[id]!;
    return { markId: id, start: m.start, end: m.end, context: contextOf(a, id, CONTEXT_WORDS, CONTEXT_CHARS) };
  });
  const figures = g.figures.map((id) => {
    const f = figureAt(a, id);
    return { markId: id, text: clip(f.text, NAME_CHARS), kind: f.kind };
  });
  const related = g.related.map(({ name: n, count }) => ({ name: clip(n, NAME_CHARS), type: a.groups.get(n)!.type, count }));
  // The sentence that introduces it: the first in the body, not a headline ("Amazon's Cloud Bet: Why …").
  const firstMark = g.marks.slice(0, MENTIONS_MAX).find((id) => !headline(a, a.sentences[a.markSentence[id]!])) ?? g.marks[0]!;
  const first = a.sentences[a.markSentence[firstMark]!];
  return {
    kind: 'entity',
    name: clip(g.name, NAME_CHARS),
    type: g.type,
    mentions,
    mentionCount: g.marks.length,
    // The whole sentence, unless it runs on: then the words around the first mention.
    firstSentence: !first
      ? ''
      : first.end - first.start <= SENTENCE_CHARS
        ? a.text.slice(first.start, first.end)
        : contextOf(a, firstMark, Infinity, SENTENCE_CHARS / 2),
    figures,
    figureCount: g.figureCount,
    related,
    facts: facts && FACT_TYPES.has(g.type) ? facts({ name: g.name, type: g.type, others: others() }) : null,
    notes: notes.filter((n) => mentionsOverlap(a, g, n)),
  };
}

/** Longest line read as a possible headline; a headline is short. */
const HEADLINE_CHARS = 200;

/**
 * A headline or a subheading: a short line of its own that ends without a full stop and whose words are
 * mostly capitalised. It names things without saying what they are.
 */
function headline(a: Analysis, s: Span | undefined): boolean {
  if (!s || s.end - s.start > HEADLINE_CHARS) return false;
  const t = a.text.slice(s.start, s.end);
  const ownLine = (s.start === 0 || a.text[s.start - 1] === '\n') && (s.end === a.text.length || a.text[s.end] === '\n');
  if (!ownLine || /[.!?…]["”’)]*$/.test(t)) return false;
  const words = t.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length > 0 && capitalised / words.length >= HEADLINE_CAPITALS;
}
/** Share of capitalised words from which a line reads as title case ("Why Google's Patience Is Running Out"). */
const HEADLINE_CAPITALS = 0.6;

/** Whether a note overlaps any mention of the group: the last mention starting before its end reaches it, or one before. */
function mentionsOverlap(a: Analysis, g: EntityGroup, n: Span): boolean {
  const after = firstAtLeast(g.marks.length, (k) => a.marks[g.marks[k]!]!.start >= n.end);
  return after > 0 && g.reach[after - 1]! > n.start;
}

/**
 * Up to `words` words either side of the mark, inside its sentence, on one line, and at most
 * `chars` characters either side (a word may run on: "1,1,1,…" has no spaces).
 */
function contextOf(a: Analysis, id: number, words: number, chars: number): string {
  const m = a.marks[id]!;
  const s = a.sentences[a.markSentence[id]!] ?? { start: m.start, end: m.end };
  const t = a.text;
  const floor = Math.max(s.start, m.start - chars);
  const ceiling = Math.min(s.end, m.end + chars);
  // The rest of a token the mark sits in ("Suleyman," / "(OpenAI") is not one of the words.
  let from = m.start;
  while (from > floor && !isSpace(t[from - 1])) from--;
  for (let n = 0; n < words && from > floor; n++) {
    while (from > floor && isSpace(t[from - 1])) from--;
    while (from > floor && !isSpace(t[from - 1])) from--;
  }
  let to = m.end;
  while (to < ceiling && !isSpace(t[to])) to++;
  for (let n = 0; n < words && to < ceiling; n++) {
    while (to < ceiling && isSpace(t[to])) to++;
    while (to < ceiling && !isSpace(t[to])) to++;
  }
  const mark = t.slice(m.start, m.end);
  // A run-on name (a page of capitals read as one) keeps its start.
  const body = (t.slice(from, m.start) + clip(mark, NAME_CHARS) + t.slice(m.end, to)).replace(/\s+/g, ' ').trim();
  return (from > s.start ? '\u2026' : '') + body + (to < s.end ? '\u2026' : '');
}
