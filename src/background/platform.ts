// Browser APIs the worker uses, behind one thin module so that the rest of the worker reads the
// same in both browsers and the differences are compile-time (__BROWSER__), not scattered checks.
import browser from 'webextension-polyfill';

export { browser };

/**
 * Opens the notes panel for a tab. Must be called synchronously inside the handler of a user
 * gesture (toolbar click, context menu, command, or a message sent from a click in a content
 * script): Chrome refuses sidePanel.open() once the handler has awaited anything, and Firefox
 * refuses sidebarAction.open() outside a user-input handler.
 */
export function openPanel(tabId: number): Promise<boolean> {
  try {
    if (__BROWSER__ === 'chrome') {
      return chrome.sidePanel.open({ tabId }).then(
        () => true,
        () => false,
      );
    }
    return (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open().then(
      () => true,
      () => false,
    );
  } catch {
    return Promise.resolve(false);
  }
}

/** Whether Gloss's panel is open (in any window): used to tell the page whether to ask the reader to open it. */
export async function isPanelOpen(): Promise<boolean> {
  try {
    if (__BROWSER__ === 'chrome') {
      const contexts = await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.SIDE_PANEL] });
      return contexts.length > 0;
    }
    return await (browser as unknown as { sidebarAction: { isOpen(d: object): Promise<boolean> } }).sidebarAction.isOpen({});
  } catch {
    return false;
  }
}

/** The badge tells the reader the state of Gloss in a tab, and the tooltip says why. */
export async function setBadge(tabId: number, state: 'on' | 'off' | 'error', message: string): Promise<void> {
  const text = state === 'on' ? 'on' : state === 'error' ? '!' : '';
  const color = state === 'error' ? '#b3261e' : '#1d6b57';
  await Promise.all([
    browser.action.setBadgeText({ tabId, text }),
    text ? browser.action.setBadgeBackgroundColor({ tabId, color }) : Promise.resolve(),
    browser.action.setTitle({ tabId, title: message ? `Gloss: ${message}` : 'Gloss: explain this article' }),
  ]).catch(() => {
    // The tab may have closed in between; nothing to tell anyone then.
  });
}

/** Session storage survives a worker restart but not a browser restart: right for per-tab state. */
export const session = {
  async get<T>(key: string): Promise<T | undefined> {
    const got = await browser.storage.session.get(key);
    return got[key] as T | undefined;
  },
  async set(key: string, value: unknown): Promise<void> {
    await browser.storage.session.set({ [key]: value });
  },
  async remove(key: string): Promise<void> {
    await browser.storage.session.remove(key);
  },
};
