// One rule for finding notes, used by the notes store (all pages) and the panel (this page), so
// the same words find the same notes whichever box is ticked.
import type { Note } from './types';

/** Every word of the query appears, in any case, in the quote, the note or the page title. */
export function noteMatches(note: Note, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = `${note.target.selector?.[0].exact ?? ''}\n${note.text}\n${note.title}`.toLowerCase();
  return words.every((w) => hay.includes(w));
}
