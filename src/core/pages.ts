// Which pages Gloss cannot run on, and what to tell the reader about them. Browsers refuse
// script injection into their own pages and stores; saying so beats a button that does nothing.

const STORE_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

export function unsupportedReason(url: string | undefined): string | null {
  // After a toolbar click, activeTab shows the URL of every page Gloss may read; none means a
  // browser page (new tab, settings, another extension).
  if (!url) return 'browser pages cannot be read by extensions. Open a news article and press Gloss there.';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'this tab has no web page Gloss may read.';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'file:') {
    return 'browser pages cannot be read by extensions. Open a news article and press Gloss there.';
  }
  if (STORE_HOSTS.includes(u.hostname) && (u.hostname !== 'chrome.google.com' || u.pathname.startsWith('/webstore'))) {
    return 'the browser does not let extensions read its add-on store.';
  }
  if (/\.pdf$/i.test(u.pathname)) return 'Gloss reads web articles, not PDF files.';
  return null;
}
