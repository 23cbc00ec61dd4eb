// Which of a page's notes the panel lists as placed, and which apart as not found. Pure, for tests.
import type { Note, NotePlacement } from '../core/types';

/**
 * Splits a page's notes by how they sit on this visit's text. Until Gloss has read the page
 * (placements null) none is known to be lost. After, a note with a quote counts as placed only
 * when the worker placed it: one it did not place is listed apart, never as placed.
 */
export function sortByPlacement(notes: Note[], placements: NotePlacement[] | null): { placed: Note[]; orphans: Note[] } {
  if (placements === null) return { placed: notes, orphans: [] };
  const found = new Set(placements.filter((p) => p.state !== 'orphan').map((p) => p.id));
  const placed: Note[] = [];
  const orphans: Note[] = [];
  for (const n of notes) (n.target.selector === null || found.has(n.id) ? placed : orphans).push(n);
  return { placed, orphans };
}
