// Narrowing the panel's list: by tag (a chip on a note or the tag menu), by entity ("Notes on
// Anthropic", from an entity card's frame or a name chip on a note, across every page), and its
// order. The rules are core/note-filter.ts; this is their controls and state.
import { createContext } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import type { Send } from '../core/messaging';
import { NO_FILTER, NOTE_SORTS, SORT_LABELS, tagCounts, type NoteFilter, type NoteSort } from '../core/note-filter';
import type { PanelToBackground } from '../core/protocol';
import type { Note } from '../core/types';
import './filters.css';

interface FilterControls {
  filter: NoteFilter;
  setFilter(next: NoteFilter): void;
}
const FilterContext = createContext<FilterControls>({ filter: NO_FILTER, setFilter: () => undefined });
export const FilterProvider = FilterContext.Provider;

/**
 * The filter and, while it names an entity, that entity's notes from every page (null otherwise)
 * and the notes a card's frame asked to show. `changed` is anything that changes when notes may
 * have (the panel's state): the entity's notes are fetched again then.
 */
export function useNoteFilter(
  send: Send<PanelToBackground>,
  tabId: number | null | undefined,
  changed: unknown,
  onError: (message: string) => void,
): FilterControls & { entityNotes: Note[] | null; entityFocus: string[] } {
  const [filter, setFilter] = useState<NoteFilter>(NO_FILTER);
  const [entityNotes, setEntityNotes] = useState<Note[] | null>(null);
  const [entityFocus, setEntityFocus] = useState<string[]>([]);
  const reportError = useRef(onError);
  reportError.current = onError;
  const applied = useRef<number | null>(null);

  // A card's frame asks for "Notes on X" through the worker, for the tab the panel shows.
  useEffect(() => {
    if (tabId === undefined) return;
    let current = true;
    void send('panel.entity', { tabId }).then((r) => {
      if (!current || !r.ok || !r.value || r.value.asked === applied.current) return;
      const { name, focus, asked } = r.value;
      applied.current = asked;
      setFilter((f) => ({ ...f, entity: name, tag: null }));
      setEntityFocus(focus);
    });
    return () => {
      current = false;
    };
  }, [send, tabId, changed]);

  useEffect(() => {
    if (filter.entity === null) return setEntityNotes(null);
    let current = true;
    void send('notes.byEntity', { name: filter.entity }).then((r) => {
      if (!current) return;
      if (r.ok) setEntityNotes(r.value);
      else reportError.current(r.error.message);
    });
    return () => {
      current = false;
    };
  }, [send, filter.entity, changed]);

  return { filter, setFilter, entityNotes, entityFocus };
}

/** The tag menu, the order, and the entity being shown (with a way back to every note). */
export function NoteFilters({ notes }: { notes: readonly Note[] }) {
  const { filter, setFilter } = useContext(FilterContext);
  const tags = tagCounts(notes);
  // A tag chosen before the list changed stays listed, so the menu still says what filters it.
  if (filter.tag !== null && !tags.some((t) => t.tag === filter.tag)) tags.unshift({ tag: filter.tag, count: 0 });
  return (
    <div class="filters">
      {filter.entity !== null && (
        <p class="entity-filter">
          <strong>Notes on {filter.entity}</strong>
          <button
            class="icon"
            aria-label={`Stop showing only notes on ${filter.entity}`}
            onClick={() => setFilter({ ...filter, entity: null })}
          >
            ×
          </button>
        </p>
      )}
      <div class="row">
        {tags.length > 0 && (
          <label>
            Tag{' '}
            <select value={filter.tag ?? ''} onChange={(e) => setFilter({ ...filter, tag: (e.target as HTMLSelectElement).value || null })}>
              <option value="">All notes</option>
              {tags.map(({ tag, count }) => (
                <option key={tag} value={tag}>
                  #{tag} ({count})
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          Sort{' '}
          <select value={filter.sort} onChange={(e) => setFilter({ ...filter, sort: (e.target as HTMLSelectElement).value as NoteSort })}>
            {NOTE_SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}

/** A note's tags and the names its quote mentions, each a button that filters the list by it. */
export function NoteChips({ note }: { note: Note }) {
  const { filter, setFilter } = useContext(FilterContext);
  if (note.tags.length === 0 && note.entities.length === 0) return null;
  return (
    <p class="chips">
      {note.tags.map((tag) => (
        <button
          key={`#${tag}`}
          class="chip tag"
          aria-pressed={filter.tag === tag}
          title={filter.tag === tag ? 'Show notes with any tag' : `Show only notes tagged #${tag}`}
          onClick={() => setFilter({ ...filter, tag: filter.tag === tag ? null : tag })}
        >
          #{tag}
        </button>
      ))}
      {note.entities.map((name) => (
        <button
          key={name}
          class="chip entity"
          aria-pressed={filter.entity === name}
          title={`Your notes on ${name}, in every article`}
          onClick={() => setFilter({ ...filter, entity: filter.entity === name ? null : name, tag: null })}
        >
          {name}
        </button>
      ))}
    </p>
  );
}
