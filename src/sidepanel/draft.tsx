// The note being written. Escape never throws typed words away: with text in the box it asks first.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Draft } from '../core/protocol';
import { unsaved } from './connection';

export function DraftEditor({
  draft,
  left,
  onSave,
  onDiscard,
}: {
  draft: Draft;
  /** The tab has moved on from the draft's page: the note is still saved for that page, and shown only there. */
  left: boolean;
  onSave(text: string): Promise<boolean>;
  onDiscard(): void;
}) {
  const [text, setText] = useState(() => unsaved.get(draft.id));
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => box.current?.focus(), [draft.id]);
  // A layout effect: in place before the question is painted, so an Escape pressed as soon as it shows
  // is heard (a plain effect waits for a frame, which a background panel may not get for a while).
  useLayoutEffect(() => {
    if (!asking) return;
    keep.current?.focus();
    // Escape again answers "keep writing" wherever the focus went meanwhile (the panel re-renders as
    // the worker reports changes), not only on the focused button.
    const onKey = (e: KeyboardEvent) => {
      // Skips the Escape the box already answered: the one that asked this question reaches the window
      // after the question is in place.
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      keepWriting();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [asking]);
  const save = async () => {
    if (busy) return;
    setBusy(true);
    // The typed text is only forgotten once the worker confirms the note is stored.
    if (await onSave(text)) unsaved.set(draft.id, '');
    setBusy(false);
  };
  const discard = () => {
    unsaved.set(draft.id, '');
    onDiscard();
  };
  const keepWriting = () => {
    setAsking(false);
    box.current?.focus();
  };
  return (
    <section class="draft" aria-label="New note">
      {left && <p class="muted small">For “{draft.title || draft.url}”, the page you were on: it is saved for that page.</p>}
      <blockquote>{draft.selector[0].exact}</blockquote>
      <textarea
        ref={box}
        aria-label="Note text"
        placeholder="Write your note…"
        value={text}
        onInput={(e) => {
          const v = (e.target as HTMLTextAreaElement).value;
          setText(v);
          unsaved.set(draft.id, v);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
          if (e.key === 'Escape') {
            e.preventDefault();
            // Nothing typed: nothing to lose. Otherwise Escape is too easy to press by accident.
            if (asking) keepWriting();
            else if (text.trim()) setAsking(true);
            else discard();
          }
        }}
      />
      {asking ? (
        <div class="row confirm" role="alertdialog" aria-label="Discard this note?">
          <span>Discard this note and its text?</span>
          <button class="danger" onClick={discard}>
            Discard
          </button>
          <button ref={keep} onClick={keepWriting}>
            Keep writing
          </button>
        </div>
      ) : (
        <div class="row">
          <button class="primary" onClick={save} disabled={busy}>
            Save note
          </button>
          <button onClick={discard}>Discard</button>
          <span class="muted hint">Ctrl+Enter saves</span>
        </div>
      )}
    </section>
  );
}
