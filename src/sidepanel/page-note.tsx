// "Note on this page": a note with no quote, about the whole article. It is written here like any
// note; the panel picks its id when the reader starts, so a save retried after a lost reply stores
// one note.
import { useEffect, useRef, useState } from 'preact/hooks';

export function PageNote({ onSave }: { onSave(id: string, text: string): Promise<boolean> }) {
  const [id, setId] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), [id]);
  if (id === null) {
    return (
      <p class="page-note">
        <button onClick={() => setId(crypto.randomUUID())}>✎ Note on this page</button>
      </p>
    );
  }
  const close = () => {
    setId(null);
    setText('');
  };
  const save = async () => {
    if (busy || !text.trim()) return;
    setBusy(true);
    if (await onSave(id, text)) close();
    setBusy(false);
  };
  return (
    <section class="draft page-note" aria-label="New note on this page">
      <p class="muted small">On the whole page</p>
      <textarea
        ref={field}
        aria-label="Page note text"
        placeholder="Write your note on this page… (#tags welcome)"
        value={text}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
        }}
      />
      <div class="row">
        <button class="primary" onClick={save} disabled={busy || !text.trim()}>
          Save page note
        </button>
        <button onClick={close}>Cancel</button>
        <span class="muted hint">Ctrl+Enter saves</span>
      </div>
    </section>
  );
}
