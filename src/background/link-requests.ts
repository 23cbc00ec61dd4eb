// The worker's side of a card's look-up, with the browser's storage, permissions and pages plugged into
// `NameLinks` (link-lookup.ts). The settings are written by the settings page straight into storage.local (an
// extension page, which the news page cannot reach) and read back and checked here before every look-up: no
// message can turn look-ups on or point them elsewhere, and a stored value that fails the check means "off".

import { userAgent } from '../core/link/client';
import { apiOrigins, LINK_SETTINGS_KEY, readLinkSettings, type LinkSettings } from '../core/link/settings';
import type { LinkReply } from '../core/protocol';
import { IdbLinkCache } from './link-cache';
import { NameLinks } from './link-lookup';
import { browser } from './platform';
import { toPage, type Live } from './tabs';

async function readSettings(): Promise<LinkSettings> {
  return readLinkSettings((await browser.storage.local.get(LINK_SETTINGS_KEY))[LINK_SETTINGS_KEY]);
}

const manifest = browser.runtime.getManifest();
const cache = new IdbLinkCache();
const links = new NameLinks({
  settings: readSettings,
  // The image host is not required: without it a card has no picture, nothing else changes.
  allowed: (s) => browser.permissions.contains({ origins: apiOrigins(s) }),
  cache,
  userAgent: userAgent(manifest.version, manifest.homepage_url ?? null),
});

/** The card of `markId` in `tabId` asks what its name is; a corrected type is repainted in the page too. */
export async function lookUpLink(tabId: number, incognito: boolean, tab: Live, markId: number): Promise<LinkReply> {
  const { reply, retype } = await links.lookUp({ tabId, incognito, analysis: tab.analysis }, markId);
  if (retype?.markIds.length) void toPage(tabId, 'marks.retype', retype);
  return reply;
}

/** The card closed, the pointer left, or the page went away (no `markId`): its look-up stops. */
export function cancelLink(tabId: number, markId?: number): void {
  links.cancel(tabId, markId);
}

// Answers cached from one server are not answers from another: new endpoints start with an empty cache.
browser.storage.onChanged.addListener((changes, area) => {
  const change = changes[LINK_SETTINGS_KEY];
  if (area !== 'local' || !change) return;
  const [was, now] = [readLinkSettings(change.oldValue), readLinkSettings(change.newValue)];
  if (was.wikidata !== now.wikidata || was.wikipedia !== now.wikipedia) {
    cache.clear().catch((e: unknown) => console.warn('Gloss: could not clear the look-up cache', e));
  }
});
