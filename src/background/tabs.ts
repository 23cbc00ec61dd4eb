// What the worker knows of each tab where Gloss is on, and how it talks to that tab's page. The
// page is sent positions only (anchors), and only while the tab still shows the session's document.
import type { Analysis } from '../core/cards';
import type { BackgroundToContent, Req, Res } from '../core/protocol';
import type { Result } from '../core/result';
import type { Note, NoteAnchor, NotePlacement } from '../core/types';
import { anchorNotes } from './note-places';
import { browser } from './platform';

/** What the worker knows of a tab where Gloss is on. Kept in session storage so a restarted worker still knows it. */
export interface TabInfo {
  /** The key new notes of the page are filed under. */
  url: string;
  /** Every key of the page (see pageUrls), `url` first; absent in what a worker before them stored. */
  urls?: string[];
  title: string;
}
/**
 * The live session of a tab: its analysis and the anchors of its notes, ready for cards.
 * Memory only (large, recomputable): after a worker restart the content script resends the text.
 */
export interface Live extends TabInfo {
  urls: string[];
  analysis: Analysis;
  anchors: NoteAnchor[];
  placements: NotePlacement[];
  /** The document the analysis came from: anything sent later goes to that document or nowhere. */
  page: PageIdentity;
}
export const live = new Map<number, Live>();
/**
 * Bumped whenever a tab's page goes away (Gloss off, navigation, tab closed), so an analysis
 * that finishes afterwards does not bring the old page back.
 */
const generation = new Map<number, number>();
export const genOf = (tabId: number) => generation.get(tabId) ?? 0;
export function forget(tabId: number): void {
  generation.set(tabId, genOf(tabId) + 1);
  live.delete(tabId);
}
/** Which document a session belongs to. */
export interface PageIdentity {
  origin: string;
  documentId: string | undefined;
}

export const tabKey = (tabId: number) => `tab:${tabId}`;
export const draftKey = (tabId: number) => `draft:${tabId}`;
export const focusKey = (tabId: number) => `focus:${tabId}`;
/** The note that the reader's next selection in the tab moves to (a note not found on its page). */
export const reattachKey = (tabId: number) => `reattach:${tabId}`;
/** The last deleted note, kept until the reader's next change so that it can be brought back. */
export const UNDO_KEY = 'undo';

// ---------------------------------------------------------------------------------------------

/** Anchors a new or edited note in a tab showing its page and tells the page where it is. */
export async function pushAnchor(tabId: number, note: Note, fromDraft: boolean): Promise<void> {
  const tab = live.get(tabId);
  if (!tab) return;
  const {
    anchors: [a],
    placements,
  } = anchorNotes(tab.analysis.text, [note]);
  tab.anchors = [...tab.anchors.filter((x) => x.id !== note.id), ...(a ? [a] : [])];
  tab.placements = [...tab.placements.filter((x) => x.id !== note.id), ...placements];
  if (a) await toPage(tabId, 'note.added', { anchor: a, fromDraft });
}

/** Tabs where Gloss is on for the note's page, under any of its URLs. */
export function tabsShowing(note: Note): number[] {
  return [...live].filter(([, tab]) => tab.urls.some((u) => note.urls.includes(u))).map(([tabId]) => tabId);
}

/** Sends to the content script of a tab; undefined when none answers (Gloss off there, tab gone). */
export async function toContent<K extends keyof BackgroundToContent>(
  tabId: number,
  type: K,
  payload: Req<BackgroundToContent, K>,
  documentId?: string,
): Promise<Res<BackgroundToContent, K> | undefined> {
  try {
    const options = documentId ? { frameId: 0, documentId } : { frameId: 0 };
    const r = (await browser.tabs.sendMessage(tabId, { type, payload }, options)) as Result<Res<BackgroundToContent, K>>;
    return r?.ok ? r.value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Sends to the live session's own document, or to nobody. The page in the tab may have been
 * replaced since the analysis (the reader followed a link while a draft was open): Chromium
 * addresses the document itself (documentId); in both browsers the tab must still be on the
 * session's origin, which the worker can see only while the page's activeTab grant lasts.
 */
export async function toPage<K extends keyof BackgroundToContent>(
  tabId: number,
  type: K,
  payload: Req<BackgroundToContent, K>,
): Promise<Res<BackgroundToContent, K> | undefined> {
  const tab = live.get(tabId);
  if (!tab) return undefined;
  const now = await browser.tabs.get(tabId).catch(() => undefined);
  if (!now?.url || originOf(now.url) !== tab.page.origin) return undefined;
  return toContent(tabId, type, payload, tab.page.documentId);
}

export function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

export function notifyPanel(tabId: number | null): void {
  // Rejected when no panel is open: that is fine.
  browser.runtime.sendMessage({ type: 'panel.changed', payload: { tabId } }).catch(() => undefined);
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
