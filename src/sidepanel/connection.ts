// How the panel reaches the worker, which tab it shows, and the text the reader typed but has not saved.
import browser from 'webextension-polyfill';
import { client } from '../core/messaging';
import type { PanelToBackground } from '../core/protocol';

export const send = client<PanelToBackground>((message) => browser.runtime.sendMessage(message));

/** Tests open the panel as a tab and name the page's tab in the URL; the real panel follows the active tab. */
export const pinnedTab = Number(new URLSearchParams(location.search).get('tabId')) || null;

export async function activeTabId(): Promise<number | null> {
  if (pinnedTab) return pinnedTab;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Unsaved text survives closing the panel: kept in the extension origin's localStorage by draft/note id. */
export const unsaved = {
  get: (id: string) => localStorage.getItem(`unsaved:${id}`) ?? '',
  set: (id: string, text: string) => (text ? localStorage.setItem(`unsaved:${id}`, text) : localStorage.removeItem(`unsaved:${id}`)),
};
