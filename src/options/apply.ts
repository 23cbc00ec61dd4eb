// Saving the settings page's choices, apart from the page so the unit tests can hold a refused permission: the
// browser's prompt cannot be answered in a headless browser.
import { linkOrigins, type LinkSettings } from '../core/link/settings';

export type Line = { text: string; tone: 'info' | 'problem' } | null;

export interface SettingsStore {
  /** The browser's permission request for these origins (resolves whether the reader allowed them). */
  request(origins: string[]): Promise<boolean>;
  save(settings: LinkSettings): Promise<void>;
}

/**
 * Saves `next`. When it has look-ups on, the permission is requested first and synchronously (both browsers refuse
 * a request made after an await, outside the reader's click); refused, look-ups are saved off and the line says so.
 */
export function applySettings(next: LinkSettings, store: SettingsStore, done: string): Promise<{ settings: LinkSettings; line: Line }> {
  let asked: Promise<boolean>;
  try {
    asked = next.enabled ? store.request(linkOrigins(next)) : Promise.resolve(true);
  } catch (e) {
    asked = Promise.reject(e);
  }
  return asked.then(
    async (granted) => {
      const settings = granted ? next : { ...next, enabled: false };
      await store.save(settings);
      const line: Line = granted
        ? { text: done, tone: 'info' }
        : { text: 'Not allowed: look-ups stay off. Nothing was sent.', tone: 'problem' };
      return { settings, line };
    },
    async (e: unknown) => {
      // Chromium throws for an origin outside optional_host_permissions: a server Gloss may not ask to reach.
      const off = { ...next, enabled: false };
      await store.save(off);
      return { settings: off, line: { text: `Look-ups stay off: ${e instanceof Error ? e.message : String(e)}`, tone: 'problem' } };
    },
  );
}
