// What the worker can know of a tab's page before Gloss is pressed there. Gloss asks for no access
// to sites up front: once the activeTab grant of a click is gone, the worker does not see a tab's
// address. The reader may allow the optional "tabs" permission from the panel (it reveals tab
// addresses and titles, never page content); then the badge counts each page's notes and the panel
// lists them before Gloss is pressed.
import { unsupportedReason } from '../core/pages';
import { PAGE_ADDRESSES } from '../core/permissions';
import { pageUrls } from '../core/urls';
import { browser, setNoteCount } from './platform';

/** The keys a page's notes are found under, from the tab's address alone (no canonical link: the page is not read). */
function pageKeysOf(url: string): string[] {
  return pageUrls(url, null, null);
}

export async function canSeePages(): Promise<boolean> {
  try {
    return await browser.permissions.contains(PAGE_ADDRESSES);
  } catch {
    return false;
  }
}

/** The tab's page, when the browser lets the worker see its address (the permission, or a click's activeTab). */
export async function visiblePage(tabId: number): Promise<{ url: string; urls: string[]; title: string } | null> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab?.url || unsupportedReason(tab.url)) return null;
  const urls = pageKeysOf(tab.url);
  return { url: urls[0]!, urls, title: tab.title ?? '' };
}

/**
 * Keeps every tab's badge count current: when a tab finishes loading or changes address, when the
 * reader switches to it, and for every tab when the permission is granted or taken back.
 * `notesOn` counts the notes stored under any of a page's keys.
 */
export function watchNoteCounts(notesOn: (urls: string[]) => Promise<number>): {
  refresh(tabId: number): Promise<void>;
  /** After a note was added, deleted or brought back: other tabs may show its page. */
  refreshAll(): Promise<void>;
} {
  const refresh = async (tabId: number) => {
    const page = await visiblePage(tabId);
    await setNoteCount(tabId, page ? await notesOn(page.urls).catch(() => 0) : 0);
  };
  const refreshAll = async () => {
    for (const tab of await browser.tabs.query({})) if (tab.id !== undefined) await refresh(tab.id);
  };
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'complete' || change.url) void refresh(tabId);
  });
  browser.tabs.onActivated.addListener(({ tabId }) => void refresh(tabId));
  browser.permissions.onAdded.addListener(() => void refreshAll());
  browser.permissions.onRemoved.addListener(() => void refreshAll());
  return { refresh, refreshAll };
}
