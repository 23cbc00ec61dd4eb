// The notes panel (Chrome side panel, Firefox sidebar). Notes are written here, in the
// extension's own page, so the news site never sees them being typed.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { filterNotes } from '../core/note-filter';
import { noteMatches } from '../core/note-search';
import { receiver } from '../core/messaging';
import { panelMessages, type BackgroundToPanel, type PanelToBackground, type Res } from '../core/protocol';
import { ok, type Result } from '../core/result';
import type { Note } from '../core/types';
import { activeTabId, pinnedTab, send } from './connection';
import { DraftEditor } from './draft';
import { FilterProvider, NoteFilters, useNoteFilter } from './filters';
import { Exchange } from './exchange';
import { NoteItem } from './note-item';
import { Orphans } from './orphans';
import { PageNote } from './page-note';
import { sortByPlacement } from './placement';
import { PagePermission } from './permission';

type State = Res<PanelToBackground, 'panel.state'>;

export function App() {
  const [state, setState] = useState<State | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [allPages, setAllPages] = useState(false);
  const [found, setFound] = useState<Note[] | null>(null);
  const shortcut = useNoteShortcut();

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
    // With the tabs permission the panel follows the tab's page as it loads, before Gloss is pressed.
    const onUpdated = (tabId: number, change: { status?: string }) => {
      if (tabId === shownTab.current && change.status === 'complete') void load();
    };
    if (!pinnedTab) browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
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

  const { filter, setFilter, entityNotes, entityFocus } = useNoteFilter(send, state?.tabId, state, setError);

  // The worker's panel.changed broadcast reloads the state after each change.
  const act = async <T,>(p: Promise<Result<T>>): Promise<boolean> => {
    const r = await p;
    setError(r.ok ? null : r.error.message);
    return r.ok;
  };

  if (!state) return <p class="muted">{error ?? 'Loading…'}</p>;
  const q = query.trim();
  const { placed, orphans } = sortByPlacement(state.notes, state.placements);
  const listed = entityNotes?.filter((n) => noteMatches(n, q)) ?? found ?? placed.filter((n) => noteMatches(n, q));
  const notes = filterNotes(listed, filter);
  const lost = found ? [] : orphans.filter((n) => noteMatches(n, q));
  const unread = state.placements === null && !found;

  return (
    <FilterProvider value={{ filter, setFilter }}>
      <header class="top">
        <h1>Gloss notes</h1>
        {state.page ? (
          <p class="page" title={state.page.url}>
            {state.page.title || state.page.url}
          </p>
        ) : (
          state.canSeePages && <p class="page muted">Press the Gloss button on a news article to see its notes here.</p>
        )}
      </header>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {state.undoable && (
        <p class="undo" role="status">
          <span class="deleted">Note on “{state.undoable.quote}” deleted.</span>
          <button onClick={() => void act(send('note.undelete', { id: state.undoable!.id }))}>Undo</button>
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
      {state.page && state.tabId !== null && (
        <PageNote onSave={(id, text) => act(send('note.createPage', { tabId: state.tabId!, id, text }))} />
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
      <NoteFilters notes={listed} />
      {!state.page && !found && !entityNotes && state.tabId !== null && !state.canSeePages ? (
        <PagePermission onGranted={() => void load()} />
      ) : notes.length === 0 && lost.length === 0 ? (
        <div class="empty">
          {q || allPages || filter.tag || filter.entity ? (
            <p>No notes match.</p>
          ) : (
            state.page && (
              <>
                <p>
                  <strong>No notes on this page yet.</strong>
                </p>
                <p>
                  Select text in the article, then press <em>✎ Note</em> or <kbd>Enter</kbd>
                  {shortcut && (
                    <>
                      {' '}
                      (or <kbd>{shortcut}</kbd>)
                    </>
                  )}
                  , or right-click › Add a Gloss note. You write the note here; it is kept in your browser only.
                </p>
              </>
            )
          )}
        </div>
      ) : (
        <>
          {unread && notes.length > 0 && (
            <p class="hint-unread muted small" role="note">
              Not placed yet: press the Gloss button on the page to show these notes there.
            </p>
          )}
          {notes.length > 0 && (
            <ol class={unread ? 'notes unplaced' : 'notes'} aria-label="Notes">
              {notes.map((n) => (
                <NoteItem
                  key={n.id}
                  note={n}
                  showPage={allPages || filter.entity !== null}
                  focused={state.focus.includes(n.id) || entityFocus.includes(n.id)}
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
          <Orphans
            notes={lost}
            reattaching={state.reattaching}
            onReattach={(id) => state.tabId !== null && void act(send('note.reattach', { tabId: state.tabId, id }))}
            onDelete={(id) => void act(send('note.delete', { id }))}
          />
        </>
      )}
      <Exchange />
    </FilterProvider>
  );
}

/** The key the browser actually gave the note command, if any (the reader may have changed or removed it). */
function useNoteShortcut(): string | null {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    browser.commands
      .getAll()
      .then((all) => setShortcut(all.find((c) => c.name === 'add-note')?.shortcut || null))
      .catch(() => setShortcut(null));
  }, []);
  return shortcut;
}
