// Notes Gloss could not place on this visit's text, listed apart from the placed ones: the reader
// re-attaches each to a new selection in the page, or deletes it.
import type { Note } from '../core/types';

export function Orphans({
  notes,
  reattaching,
  onReattach,
  onDelete,
}: {
  notes: Note[];
  /** The note the next selection in the page moves to, if the reader armed one. */
  reattaching: string | null;
  /** Arms the page for this note (null: cancels). */
  onReattach(id: string | null): void;
  onDelete(id: string): void;
}) {
  if (notes.length === 0) return null;
  return (
    <section class="orphans" aria-labelledby="orphans-heading">
      <h2 id="orphans-heading">Not found on this page ({notes.length})</h2>
      <p class="muted small">Their passages are no longer in the article as it is now. Re-attach a note to new text, or delete it.</p>
      <ol class="notes" aria-label="Notes not found on this page">
        {notes.map((n) => (
          <li key={n.id} class="note orphan" data-note-id={n.id} data-state="orphan">
            <blockquote class="quote-gone">“{n.target.selector?.[0].exact}”</blockquote>
            {n.text && <p class="text">{n.text}</p>}
            {reattaching === n.id ? (
              <div class="row armed" role="status">
                <span>
                  Select the new passage in the page, then press <em>✎ Note</em> (or <kbd>Enter</kbd>).
                </span>
                <button onClick={() => onReattach(null)}>Cancel</button>
              </div>
            ) : (
              <div class="row">
                <button onClick={() => onReattach(n.id)} title="Move this note to text you select next in the page">
                  Re-attach
                </button>
                <button class="danger" onClick={() => onDelete(n.id)}>
                  Delete
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
