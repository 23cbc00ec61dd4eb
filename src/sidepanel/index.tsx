// The notes panel (Chrome side panel, Firefox sidebar). Notes are written here, in the
// extension's own page, so the news site never sees them being typed.
import { render } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { noteMatches } from '../core/note-search';
import { client, receiver } from '../core/messaging';
import { panelMessages, type BackgroundToPanel, type Draft, type PageInfo, type PanelToBackground } from '../core/protocol';
import { ok, type Result } from '../core/result';
import type { Note, NotePlacement } from '../core/types';
import { Exchange } from './exchange';
import './sidepanel.css';

const send = client<PanelToBackground>((message) => browser.runtime.sendMessage(message));

/** Tests open the panel as a tab and name the page's tab in the URL; the real panel follows the active tab. */
const pinnedTab = Number(new URLSearchParams(location.search).get('tabId')) || null;

async function activeTabId(): Promise<number | null> {
  if (pinnedTab) return pinnedTab;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Unsaved text survives closing the panel: kept in the extension origin's localStorage by draft/note id. */
const unsaved = {
  get: (id: string) => localStorage.getItem(`unsaved:${id}`) ?? '',
  set: (id: string, text: string) => (text ? localStorage.setItem(`unsaved:${id}`, text) : localStorage.removeItem(`unsaved:${id}`)),
};

interface State {
  tabId: number | null;
  page: PageInfo | null;
  notes: Note[];
  /** How each note sits on the page this visit; null while Gloss has not read the page. */
  placements: NotePlacement[] | null;
  draft: Draft | null;
  /** Notes a card asked to show (the page's "Read in the notes panel"). */
  focus: string[];
}

function App() {
  const [state, setState] = useState<State | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [allPages, setAllPages] = useState(false);
  const [found, setFound] = useState<Note[] | null>(null);

  const loads = useRef(0);
  const load = useCallback(async () => {
    // Loads overlap (a tab switch and a change at once): only the latest may set the state.
    const seq = ++loads.current;
    const tabId = await activeTabId();
    const r = await send('panel.state', { tabId });
    if (seq !== loads.current) return;
    if (r.ok) setState(r.value);
    else setError(r.error.message);
  }, []);
  const shownTab = useRef<number | null>(null);
  shownTab.current = state?.tabId ?? null;

  useEffect(() => {
    void load();
    const fromWorker = receiver<BackgroundToPanel, undefined>(panelMessages, {
      'panel.changed': ({ tabId }) => {
        // Changes in other tabs do not concern this panel (null: a note changed, wherever it is shown).
        if (tabId === null || tabId === shownTab.current) void load();
        return ok(null);
      },
    });
    // Broadcasts only: the panel answers nobody, so other extension pages' requests stay the worker's.
    const onMessage = (msg: unknown, sender: { id?: string }) => {
      if (sender.id === browser.runtime.id) void fromWorker(msg, undefined);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    const onActivated = () => void load();
    if (!pinnedTab) browser.tabs.onActivated.addListener(onActivated);
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [load]);

  useEffect(() => {
    if (!allPages) return setFound(null);
    let live = true;
    void send('notes.search', { query }).then((r) => {
      if (!live) return;
      if (r.ok) setFound(r.value);
      else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [allPages, query, state?.notes]);

  // The worker's panel.changed broadcast reloads the state after each change.
  const act = async <T,>(p: Promise<Result<T>>): Promise<boolean> => {
    const r = await p;
    setError(r.ok ? null : r.error.message);
    return r.ok;
  };

  if (!state) return <p class="muted">{error ?? 'Loading…'}</p>;
  const q = query.trim();
  const notes = found ?? state.notes.filter((n) => noteMatches(n, q));

  return (
    <>
      <header class="top">
        <h1>Gloss notes</h1>
        {state.page ? (
          <p class="page" title={state.page.url}>
            {state.page.title || state.page.url}
          </p>
        ) : (
          <p class="page muted">Press the Gloss button on a news article to see its notes here.</p>
        )}
      </header>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {state.draft && state.draft.tabId === state.tabId && (
        <DraftEditor
          draft={state.draft}
          left={state.page?.url !== state.draft.url}
          onSave={(text) => act(send('note.create', { draft: state.draft!, text }))}
          onDiscard={() => act(send('draft.discard', { draftId: state.draft!.id }))}
        />
      )}
      <div class="search">
        <input
          type="search"
          placeholder={allPages ? 'Search all your notes' : 'Search this page’s notes'}
          aria-label="Search notes"
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
        <label>
          <input type="checkbox" checked={allPages} onChange={(e) => setAllPages((e.target as HTMLInputElement).checked)} /> all pages
        </label>
      </div>
      {notes.length === 0 ? (
        <div class="empty">
          {q || allPages ? (
            <p>No notes match.</p>
          ) : (
            <>
              <p>
                <strong>No notes on this page yet.</strong>
              </p>
              <p>
                Select text in the article, then press <em>✎ Note</em> (or <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>N</kbd>, or right-click ›
                Add a Gloss note). You write the note here; it is kept in your browser only.
              </p>
            </>
          )}
        </div>
      ) : (
        <ol class="notes" aria-label="Notes">
          {notes.map((n) => (
            <NoteItem
              key={n.id}
              note={n}
              showPage={allPages}
              focused={state.focus.includes(n.id)}
              placement={state.placements?.find((p) => p.id === n.id) ?? null}
              onReveal={() => {
                // A note of another page (from "all pages"): open that page; the reader presses Gloss there.
                // This page's notes are those the worker listed for it, under whichever of its URLs.
                if (!state.notes.some((x) => x.id === n.id)) void browser.tabs.create({ url: n.url });
                else if (state.tabId !== null) void act(send('note.reveal', { tabId: state.tabId, id: n.id }));
              }}
              onSave={(text) => act(send('note.update', { id: n.id, text }))}
              onDelete={() => act(send('note.delete', { id: n.id }))}
            />
          ))}
        </ol>
      )}
      <Exchange />
    </>
  );
}

function DraftEditor({
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
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => ref.current?.focus(), [draft.id]);
  const save = async () => {
    if (busy) return;
    setBusy(true);
    // The typed text is only forgotten once the worker confirms the note is stored.
    if (await onSave(text)) unsaved.set(draft.id, '');
    setBusy(false);
  };
  return (
    <section class="draft" aria-label="New note">
      {left && <p class="muted small">For “{draft.title || draft.url}”, the page you were on: it is saved for that page.</p>}
      <blockquote>{draft.selector[0].exact}</blockquote>
      <textarea
        ref={ref}
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
            unsaved.set(draft.id, '');
            onDiscard();
          }
        }}
      />
      <div class="row">
        <button class="primary" onClick={save} disabled={busy}>
          Save note
        </button>
        <button
          onClick={() => {
            unsaved.set(draft.id, '');
            onDiscard();
          }}
        >
          Discard
        </button>
        <span class="muted hint">Ctrl+Enter saves</span>
      </div>
    </section>
  );
}

function NoteItem({
  note,
  showPage,
  focused,
  placement,
  onReveal,
  onSave,
  onDelete,
}: {
  note: Note;
  showPage: boolean;
  focused: boolean;
  placement: NotePlacement | null;
  onReveal(): void;
  onSave(text: string): Promise<boolean>;
  onDelete(): void;
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
      {placement?.state === 'orphan' && <p class="not-found small">Not found on this page: the quoted text is no longer in the article.</p>}
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
        <p class="text">{note.text || <span class="muted">(no text)</span>}</p>
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

function relativeTime(t: number): string {
  const s = Math.round((Date.now() - t) / 1000);
  if (s < 60) return 'just now';
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  if (s < 86400) return `${Math.floor(s / 3600)} h ago`;
  return new Date(t).toLocaleDateString();
}

render(<App />, document.getElementById('app')!);
