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

/**
 * Badge writes of one tab run in order: a note count read before Gloss turned on in the tab must
 * not land after the "on" and hide it.
 */
const badgeWrites = new Map<number, Promise<void>>();
function inOrder(tabId: number, write: () => Promise<unknown>): Promise<void> {
  const next = (badgeWrites.get(tabId) ?? Promise.resolve()).then(write).then(
    () => undefined,
    () => undefined, // the tab may have closed in between; nothing to tell anyone then
  );
  badgeWrites.set(tabId, next);
  void next.then(() => {
    if (badgeWrites.get(tabId) === next) badgeWrites.delete(tabId);
  });
  return next;
}

const ON_TEXT = 'on';
const ERROR_TEXT = '!';
const DEFAULT_TITLE = 'Gloss: explain this article';

/** The badge tells the reader the state of Gloss in a tab, and the tooltip says why. */
export function setBadge(tabId: number, state: 'on' | 'off' | 'error', message: string): Promise<void> {
  const text = state === 'on' ? ON_TEXT : state === 'error' ? ERROR_TEXT : '';
  const color = state === 'error' ? '#b3261e' : '#1d6b57';
  return inOrder(tabId, () =>
    Promise.all([
      browser.action.setBadgeText({ tabId, text }),
      text ? browser.action.setBadgeBackgroundColor({ tabId, color }) : Promise.resolve(),
      browser.action.setTitle({ tabId, title: message ? `Gloss: ${message}` : DEFAULT_TITLE }),
    ]),
  );
}

/**
 * Shows how many notes the tab's page has (nothing for none), as Hypothesis users expect. Only
 * while the badge is not saying Gloss's own state in the tab (on, or "!"): a count must neither
 * hide that state nor be read as it, so a page with notes never looks "on" when Gloss is off.
 */
export function setNoteCount(tabId: number, count: number): Promise<void> {
  return inOrder(tabId, async () => {
    const shown = await browser.action.getBadgeText({ tabId });
    if (shown === ON_TEXT || shown === ERROR_TEXT) return;
    const title = count ? `Gloss: ${count === 1 ? '1 note' : `${count} notes`} on this page. Press to show them.` : DEFAULT_TITLE;
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: count ? String(count) : '' }),
      count ? browser.action.setBadgeBackgroundColor({ tabId, color: '#5f6368' }) : Promise.resolve(),
      browser.action.setTitle({ tabId, title }),
    ]);
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
