// One note in the panel's list: its quote (which scrolls the page to it), its text, edit and delete.
// Other parts of the panel add lines to an item here (e.g. where the note stands on the page).
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Note, NotePlacement } from '../core/types';
import { unsaved } from './connection';

export function NoteItem({
  note,
  showPage,
  focused,
  placement,
  onReveal,
  onSave,
  onDelete,
  children,
}: {
  note: Note;
  showPage: boolean;
  focused: boolean;
  /** How the note sits on this visit's text; null while Gloss has not read the page. */
  placement: NotePlacement | null;
  onReveal(): void;
  onSave(text: string): Promise<boolean>;
  onDelete(): void;
  /** Lines about the note's state on the page, shown under its quote. */
  children?: ComponentChildren;
}) {
  const [confirming, setConfirming] = useState(false);
  // An edit typed but not saved (panel closed meanwhile) comes back.
  const [text, setText] = useState(() => unsaved.get(note.id) || note.text);
  const [editing, setEditingState] = useState(() => unsaved.get(note.id) !== '');
  const setEditing = (on: boolean) => {
    if (!on) unsaved.set(note.id, '');
    setEditingState(on);
  };
  const save = async () => {
    if (await onSave(text)) setEditing(false);
  };
  const item = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (focused) item.current?.scrollIntoView({ block: 'nearest' });
  }, [focused]);
  return (
    <li ref={item} class={focused ? 'note focused' : 'note'} data-note-id={note.id} data-state={placement?.state}>
      {note.target.selector ? (
        <button class="quote" onClick={onReveal} title="Show in the page">
          “{note.target.selector[0].exact}”
        </button>
      ) : (
        <p class="muted small">On the whole page</p>
      )}
      {placement?.state === 'changed' &&
        placement.changes.map((c, i) => (
          <p key={i} class="figure-changed small">
            Figure changed: was {c.was}, now {c.now}
          </p>
        ))}
      {children}
      {showPage && <p class="muted small">{note.title}</p>}
      {editing ? (
        <>
          <textarea
            aria-label="Edit note"
            value={text}
            ref={(el) => el?.focus()}
            onInput={(e) => {
              setText((e.target as HTMLTextAreaElement).value);
              unsaved.set(note.id, (e.target as HTMLTextAreaElement).value);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
              if (e.key === 'Escape') {
                setText(note.text);
                setEditing(false);
              }
            }}
          />
          <div class="row">
            <button class="primary" onClick={save}>
              Save
            </button>
            <button
              onClick={() => {
                setText(note.text);
                setEditing(false);
              }}
            >
              Cancel
            </button>
          </div>
        </>
      ) : (
        // A note without text is its quote alone: no empty line or placeholder under it.
        note.text && <p class="text">{note.text}</p>
      )}
      <div class="row meta">
        <time dateTime={new Date(note.modified).toISOString()} title={new Date(note.modified).toLocaleString()}>
          {relativeTime(note.modified)}
        </time>
        <span class="spacer" />
        {!editing && !confirming && (
          <>
            <button onClick={() => setEditing(true)}>Edit</button>
            <button onClick={() => setConfirming(true)}>Delete</button>
          </>
        )}
        {confirming && (
          <>
            <span>Delete this note?</span>
            <button class="danger" onClick={onDelete}>
              Delete
            </button>
            <button onClick={() => setConfirming(false)}>Keep</button>
          </>
        )}
      </div>
    </li>
  );
}

export function relativeTime(t: number): string {
  const s = Math.round((Date.now() - t) / 1000);
  if (s < 60) return 'just now';
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  if (s < 86400) return `${Math.floor(s / 3600)} h ago`;
  return new Date(t).toLocaleDateString();
}
