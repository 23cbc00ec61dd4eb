// How the panel narrows and orders a list of notes: by tag, and in article order, newest or
// oldest first. Pure, so the same rule is tested in Node and run in the panel.
import type { Note } from './types';

export const NOTE_SORTS = ['article', 'newest', 'oldest'] as const;
export type NoteSort = (typeof NOTE_SORTS)[number];
export const SORT_LABELS: Record<NoteSort, string> = { article: 'Article order', newest: 'Newest first', oldest: 'Oldest first' };

export interface NoteFilter {
  /** Only notes with this tag (lower case, no '#'). */
  tag: string | null;
  /** Only notes about this entity ("Notes on Anthropic"), from every page. */
  entity: string | null;
  sort: NoteSort;
}
export const NO_FILTER: NoteFilter = { tag: null, entity: null, sort: 'article' };

/**
 * The notes with the filter's tag, in its order. Article order keeps each page's notes together
 * (pages in the order they first appear in `notes`), a page's notes on the whole page first, then
 * by where the quote starts.
 */
export function filterNotes(notes: readonly Note[], filter: NoteFilter): Note[] {
  const kept = filter.tag === null ? [...notes] : notes.filter((n) => n.tags.includes(filter.tag!));
  if (filter.sort === 'newest') return kept.sort((a, b) => b.created - a.created);
  if (filter.sort === 'oldest') return kept.sort((a, b) => a.created - b.created);
  const page = new Map<string, number>();
  for (const n of notes) if (!page.has(n.url)) page.set(n.url, page.size);
  const start = (n: Note) => n.target.selector?.[1].start ?? -1;
  return kept.sort((a, b) => page.get(a.url)! - page.get(b.url)! || start(a) - start(b) || a.created - b.created);
}

/** The tags of these notes with how many notes carry each, the most used first (ties: alphabetical). */
export function tagCounts(notes: readonly Note[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const n of notes) for (const t of n.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}
