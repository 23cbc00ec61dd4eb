// How a page's notes sit on this visit's article text. Pure: the worker calls it when a page is
// analysed and when a note is saved or edited.
import { reanchor } from '../core/anchor';
import { MAX_FIGURE_CHANGES, MAX_FIGURE_TEXT } from '../core/protocol';
import type { Note, NoteAnchor, NotePlacement } from '../core/types';

/**
 * Where each note is in this visit's text, and how each sits there, for the panel: found as it
 * was, found with figures the publisher changed, or not found. The page gets positions and the
 * changed figures (the page's own old text), never a word of a note.
 */
export function anchorNotes(text: string, list: Note[]): { anchors: NoteAnchor[]; placements: NotePlacement[] } {
  const anchors: NoteAnchor[] = [];
  const placements: NotePlacement[] = [];
  for (const n of list) {
    if (!n.target.selector) continue; // a note on the whole page has no place in the text
    const at = reanchor(text, n.target.selector);
    if (!at) {
      placements.push({ id: n.id, state: 'orphan' });
      continue;
    }
    // Within what the content script accepts (protocol.ts), so the note is still highlighted.
    const changes = at.changes
      .filter((c) => c.was.length <= MAX_FIGURE_TEXT && c.now.length <= MAX_FIGURE_TEXT)
      .slice(0, MAX_FIGURE_CHANGES);
    if (changes.length > 0) {
      anchors.push({ id: n.id, start: at.start, end: at.end, changes });
      placements.push({ id: n.id, state: 'changed', changes });
    } else {
      anchors.push({ id: n.id, start: at.start, end: at.end });
      placements.push({ id: n.id, state: 'placed' });
    }
  }
  return { anchors, placements };
}
