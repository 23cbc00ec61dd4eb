// The worker's side of a card's look-up, with the browser's storage, permissions and pages plugged into
// `NameLinks` (link-lookup.ts). The settings are written by the settings page straight into storage.local (an
// extension page, which the news page cannot reach) and read back and checked here, again after every change: no
// message can turn look-ups on or point them elsewhere, and a stored value that fails the check means "off".

import { userAgent } from '../core/link/client';
import { apiOrigins, LINK_SETTINGS_KEY, readLinkSettings, type LinkSettings } from '../core/link/settings';
import type { LinkReply } from '../core/protocol';
import { IdbLinkCache } from './link-cache';
import { NameLinks } from './link-lookup';
import { browser } from './platform';
import { toPage, type Live } from './tabs';

// A card's look-up asks both on every hover: each is read once and again only after it changed (the listeners
// below), not from storage and the permissions API each time.
let settingsRead: Promise<LinkSettings> | null = null;
let allowedRead: { origins: string; allowed: Promise<boolean> } | null = null;

function readSettings(): Promise<LinkSettings> {
  settingsRead ??= browser.storage.local.get(LINK_SETTINGS_KEY).then(
    (stored) => readLinkSettings(stored[LINK_SETTINGS_KEY]),
    (e: unknown) => {
      settingsRead = null;
      throw e;
    },
  );
  return settingsRead;
}

function isAllowed(settings: LinkSettings): Promise<boolean> {
  const origins = apiOrigins(settings);
  if (allowedRead?.origins !== origins.join(' ')) {
    allowedRead = { origins: origins.join(' '), allowed: browser.permissions.contains({ origins }) };
  }
  return allowedRead.allowed;
}

const manifest = browser.runtime.getManifest();
const cache = new IdbLinkCache();
const links = new NameLinks({
  settings: readSettings,
  // The image host is not required: without it a card has no picture, nothing else changes.
  allowed: isAllowed,
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
  settingsRead = null;
  const [was, now] = [readLinkSettings(change.oldValue), readLinkSettings(change.newValue)];
  if (was.wikidata !== now.wikidata || was.wikipedia !== now.wikipedia) {
    cache.clear().catch((e: unknown) => console.warn('Gloss: could not clear the look-up cache', e));
  }
});

// The reader may withdraw (or grant) the hosts' permission from the browser's own settings at any time.
const forgetAllowed = () => {
  allowedRead = null;
};
browser.permissions.onAdded.addListener(forgetAllowed);
browser.permissions.onRemoved.addListener(forgetAllowed);
