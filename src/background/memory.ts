// Memory across articles. A saved note remembers the entities its quote names (their group names,
// as cards give them), and an entity's card shows the reader's notes about that entity from other
// articles. Which articles a reader annotated is private, and the card is drawn in the page's
// document, which the page can read: so those notes are shown only by memory.html, an extension
// page framed inside the card, which asks the worker through the handlers here (see SECURITY.md).
import type { Analysis } from '../core/cards';
import { anchor } from '../core/anchor';
import { receiver } from '../core/messaging';
import {
  MAX_MEMORY_ARTICLES,
  frameRequests,
  type Draft,
  type EntityMemory,
  type EntityView,
  type FrameToBackground,
} from '../core/protocol';
import { err, ok, type Result } from '../core/result';
import type { Note } from '../core/types';
import type { NotesStore } from './notes-db';

/** A quote naming more entities than this is a whole passage; the first ones are kept. */
export const MAX_NOTE_ENTITIES = 20;

/** Group names of the entities whose mentions overlap [start, end), in article order, each once. */
export function entitiesInRange(analysis: Analysis, start: number, end: number): string[] {
  const names: string[] = [];
  // Marks are sorted by start: stop at the first one that begins after the quote.
  for (let i = 0; i < analysis.marks.length && analysis.marks[i]!.start < end; i++) {
    const target = analysis.targets[i]!;
    if (analysis.marks[i]!.end <= start || target.kind !== 'entity' || names.includes(target.group)) continue;
    names.push(target.group);
    if (names.length === MAX_NOTE_ENTITIES) break;
  }
  return names;
}

/** The entities a draft's quote names, from its tab's analysis while that tab still shows the draft's page. */
export function draftEntities(draft: Draft, tab: { url: string; analysis: Analysis } | undefined): string[] {
  if (!tab || tab.url !== draft.url) return [];
  const at = anchor(tab.analysis.text, draft.selector);
  return at ? entitiesInRange(tab.analysis, at.start, at.end) : [];
}

/** The card's frame (memory.html), in either browser; the caller checked the sender's id is Gloss's. */
export function isMemoryFrame(url: string | undefined): boolean {
  try {
    const { protocol, pathname } = new URL(url ?? '');
    return (protocol === 'chrome-extension:' || protocol === 'moz-extension:') && pathname === '/memory.html';
  } catch {
    return false;
  }
}

/**
 * The notes of `list` written on other pages than the one seen under `pageUrls`, grouped by
 * article, the article noted last first.
 */
export function otherArticles(name: string, list: readonly Note[], pageUrls: readonly string[]): EntityMemory {
  const elsewhere = list.filter((n) => !n.urls.some((u) => pageUrls.includes(u)) && !pageUrls.includes(n.url));
  const byArticle = new Map<string, { url: string; title: string; noteIds: string[]; latest: number }>();
  for (const n of [...elsewhere].sort((a, b) => b.modified - a.modified)) {
    const article = byArticle.get(n.url);
    if (article) article.noteIds.push(n.id);
    else byArticle.set(n.url, { url: n.url, title: n.title, noteIds: [n.id], latest: n.modified });
  }
  const articles = [...byArticle.values()].map(({ url, title, noteIds }) => ({ url, title, noteIds }));
  return { name, noteCount: elsewhere.length, articleCount: articles.length, articles: articles.slice(0, MAX_MEMORY_ARTICLES) };
}

/** What the frame's handlers need from the worker. */
export interface MemoryDeps {
  notes: NotesStore;
  /** The live session of a tab: its page's URLs (`url` first) and analysis; undefined while Gloss is off there. */
  liveTab(tabId: number): { url: string; urls: string[]; analysis: Analysis } | undefined;
  /** Must be called synchronously in the handler: it needs the frame click's user gesture. */
  openPanel(tabId: number): Promise<boolean>;
  isPanelOpen(): Promise<boolean>;
  /** Opens a page in a new tab next to `besideTab`; resolves with the new tab's id. */
  openTab(url: string, besideTab: number): Promise<number | undefined>;
  /** Asks the panel to show "Notes on <name>" for a tab. */
  showEntity(tabId: number, view: EntityView): Promise<void>;
}

/** The frame's tab, as the worker learned it from the sender. */
export interface FrameSender {
  tabId: number;
}

/**
 * Messages from memory.html. The frame sits in the card of a live session: it may only ask about
 * an entity of that tab's article, so a page that frames memory.html itself (or a frame left over
 * from an earlier page) learns nothing it could not already read off the card.
 */
export function frameReceiver(deps: MemoryDeps): (raw: unknown, sender: FrameSender) => Promise<Result<unknown>> {
  const refused = (tabId: number, name: string) => {
    const tab = deps.liveTab(tabId);
    if (!tab) return err('no-analysis', 'Press the Gloss button on this page again.');
    if (!tab.analysis.groups.has(name)) return err('not-found', 'That name is not in this article.');
    return null;
  };
  return receiver<FrameToBackground, FrameSender>(frameRequests, {
    async 'notes.byEntity'({ name }, { tabId }) {
      const no = refused(tabId, name);
      if (no) return no;
      const tab = deps.liveTab(tabId)!;
      return ok(otherArticles(name, await deps.notes.byEntity(name), tab.urls));
    },

    'memory.open'({ name, id }, { tabId }) {
      const no = refused(tabId, name);
      if (no) return no;
      const opened = deps.openPanel(tabId); // inside the frame click's user gesture
      return (async () => {
        const tab = deps.liveTab(tabId);
        const note = id === null ? null : await deps.notes.get(id);
        if (id !== null && (!note || !note.entities.includes(name))) return err('not-found', 'That note no longer exists.');
        // The panel follows the active tab: the note's article, opened beside this one, or this tab.
        const shownIn = note && tab && !note.urls.some((u) => tab.urls.includes(u)) ? await deps.openTab(note.url, tabId) : tabId;
        await deps.showEntity(shownIn ?? tabId, { name, focus: note ? [note.id] : [], asked: Date.now() });
        return ok({ panelOpened: (await opened) || (await deps.isPanelOpen()) });
      })();
    },
  });
}
