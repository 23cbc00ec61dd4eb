// The background worker: owns recognition, fact cards and the notes database. The page only
// ever gets marks, cards and note anchors from here; note bodies stay in the extension's origin.
import type { Runtime, Tabs } from 'webextension-polyfill';
import { describe } from '../core/anchor';
import { analyzeChunked, cardFor, mayHaveFacts, type Analysis } from '../core/cards';
import { unsupportedReason } from '../core/pages';
import {
  CheckFailure,
  MAX_MARKS,
  MAX_NOTE,
  PAGE_PORT,
  contentRequests,
  displayPrefs,
  type ContentToBackground,
  type Draft,
} from '../core/protocol';
import { receiver } from '../core/messaging';
import { recognizeChunked } from '../core/recognize/index';
import { err, ok, type Result } from '../core/result';
import { pageUrls } from '../core/urls';
import { DEFAULT_DISPLAY, type DisplayPrefs, type Note } from '../core/types';
import { facts } from './facts';
import './recognizer-assets';
import { stopPriming, warmUpAnalysis } from './warm-up';
import { previewMarks } from './preview';
import { markWorkerStage } from './stages';
import type { FactLookup } from '../core/facts';
import { frameReceiver, isMemoryFrame } from './memory';
import { backup } from './backup';
import { cancelLink, lookUpLink } from './link-requests';
import { anchorNotes } from './note-places';
import { MAX_URLS_PER_NOTE, NotesError, openNotesStore } from './notes-db';
import { panelReceiver } from './panel-requests';
import { watchNoteCounts } from './page-notes';
import { browser, isPanelOpen, openPanel, session, setBadge } from './platform';
import {
  draftKey,
  entityKey,
  errorText,
  focusKey,
  forget,
  genOf,
  live,
  notifyPanel,
  originOf,
  pushAnchor,
  reattachKey,
  tabKey,
  tabsShowing,
  toContent,
  UNDO_KEY,
  type Live,
  type PageIdentity,
  type TabInfo,
} from './tabs';

const backups = backup(
  () => notes,
  () => notifyPanel(null),
);
const notes = backups.watch(openNotesStore());

/** One recognition per tab and text at a time: a restart recovery sends the same text from several requests. */
const inflight = new Map<number, { text: string; done: Promise<Analysis> }>();
function analysisFor(tabId: number, text: string): Promise<Analysis> {
  const current = inflight.get(tabId);
  if (current?.text === text) return current.done;
  globalThis.__glossAnalyses = (globalThis.__glossAnalyses ?? 0) + 1;
  stopPriming();
  const done = recognizeChunked(text).then((r) => analyzeChunked(text, r));
  inflight.set(tabId, { text, done });
  const clear = () => {
    if (inflight.get(tabId)?.done === done) inflight.delete(tabId);
  };
  done.then(clear, clear);
  return done;
}
const noAnalysis = () => err('no-analysis', 'Gloss was restarted; the page must send its text again.');

const counts = watchNoteCounts(async (urls) => (await notes.forUrls(urls)).length);

// ---------------------------------------------------------------------------------------------
// A session lasts as long as its document. The content script holds a port open for its whole
// life; the browser closes it when the document goes (navigation, reload, tab closed, bfcache),
// but not on a same-document navigation (pushState, hash), which leaves the marks and the text
// in place. So a page cannot make the worker forget it (and re-analyse) by changing its URL.

const pagePorts = new Map<number, Runtime.Port>();

browser.runtime.onConnect.addListener((port) => {
  const tabId = port.sender?.tab?.id;
  if (port.name !== PAGE_PORT || tabId === undefined || port.sender?.frameId !== 0 || port.sender?.id !== browser.runtime.id) {
    port.disconnect();
    return;
  }
  pagePorts.get(tabId)?.disconnect();
  pagePorts.set(tabId, port);
  port.onDisconnect.addListener(() => {
    if (pagePorts.get(tabId) !== port) return; // a newer document of the tab took over
    pagePorts.delete(tabId);
    endSession(tabId);
  });
});

/**
 * Ports close with the worker too (an idle worker is stopped), and the content script reconnects
 * only with its next request. A tab that starts loading with no port is asked whether its Gloss
 * is still there: it is after a same-document navigation, it is not after a real one.
 */
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status !== 'loading' || pagePorts.has(tabId)) return;
  void (async () => {
    if (!live.has(tabId) && !(await session.get<TabInfo>(tabKey(tabId)))) return;
    if ((await toContent(tabId, 'gloss.ping', {}))?.active) return;
    endSession(tabId);
  })();
});

/** The tab's document is gone: forget its session and say so in the badge and the panel. */
function endSession(tabId: number): void {
  cancelLink(tabId);
  forget(tabId);
  for (const key of [tabKey(tabId), reattachKey(tabId)]) void session.remove(key).catch(() => undefined);
  void setBadge(tabId, 'off', '').then(() => counts.refresh(tabId));
  notifyPanel(tabId);
}

// ---------------------------------------------------------------------------------------------
// Toolbar button: inject the content script on click (activeTab), which toggles Gloss in the page.

declare global {
  // Counted so tests can tell a click that reached the worker from one the browser dropped.
  var __glossClicks: number | undefined;
  // Counted so tests can tell that a page could not make the worker recognize its text again.
  var __glossAnalyses: number | undefined;
  // The size of a card as sent to the page, so tests can check it does not grow with the page.
  var __glossCardBytes: ((tabId: number, markId: number) => number) | undefined;
}

globalThis.__glossCardBytes = (tabId, markId) => {
  const tab = live.get(tabId);
  const card = tab && cardFor(tab.analysis, markId, tab.anchors);
  return card ? JSON.stringify(card).length : 0;
};

browser.action.onClicked.addListener((tab) => {
  globalThis.__glossClicks = (globalThis.__glossClicks ?? 0) + 1;
  void activate(tab);
});

async function activate(tab: Tabs.Tab): Promise<boolean> {
  const tabId = tab.id;
  if (tabId === undefined) return false;
  const why = unsupportedReason(tab.url);
  if (why) {
    await setBadge(tabId, 'error', `can't run here: ${why}`);
    return false;
  }
  for (let attempt = 1; ; attempt++) {
    try {
      const injected = browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
      // The recognizer and the notes database get ready while the page extracts its article, in its
      // own process, instead of delaying the first analysis (or, done as the worker starts, the injection).
      if (attempt === 1) {
        warmUpAnalysis().catch((e: unknown) => console.error('Gloss: recognizer warm-up failed', e));
        void notes.open().then(() => markWorkerStage('notes-open'));
      }
      await injected;
      return true;
    } catch (e) {
      // Seen in Chromium 156 on a click just after a page finished loading: the activeTab grant
      // is in place (tab.url is visible) yet injection is refused once; a moment later it works.
      if (attempt < 3 && /cannot access contents/i.test(errorText(e))) {
        await new Promise((r) => setTimeout(r, 300 * attempt));
        continue;
      }
      // Chrome refuses injection into its PDF viewer, error pages and pages of other extensions.
      await setBadge(tabId, 'error', `can't read this page (${errorText(e)}).`);
      return false;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Notes from the context menu and the keyboard command.

browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus
    .removeAll()
    .then(() => browser.contextMenus.create({ id: 'gloss-add-note', title: 'Add a Gloss note', contexts: ['selection'] }))
    .catch((e: unknown) => console.error('Gloss: could not add the context-menu item', e));
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId !== 'gloss-add-note' || tab?.id === undefined) return;
  void openPanel(tab.id); // first, while the click still counts as a user gesture
  void noteFromSelection(tab);
});

browser.commands.onCommand.addListener((command, tab) => {
  if (command !== 'add-note' || tab?.id === undefined) return;
  void openPanel(tab.id);
  void noteFromSelection(tab);
});

async function noteFromSelection(tab: Tabs.Tab): Promise<void> {
  const tabId = tab.id!;
  const active = (await toContent(tabId, 'gloss.ping', {}))?.active ?? false;
  // The content script keeps the reader's selection while it starts, then answers fromSelection.
  if (!active && !(await activate(tab))) return;
  await toContent(tabId, 'note.fromSelection', {});
}

// ---------------------------------------------------------------------------------------------
// Messages. Who is talking decides which table of messages is accepted.

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined; // not ours: leave it unanswered
  // Before the panel's check: the frame is an extension page too, but it may ask only its own questions.
  if (sender.tab?.id !== undefined && isMemoryFrame(sender.url)) return fromFrame(raw, { tabId: sender.tab.id });
  const extensionOrigin = browser.runtime.getURL('');
  if (sender.url?.startsWith(extensionOrigin)) return fromPanel(raw, undefined);
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0) {
    return Promise.resolve(err('forbidden', 'Gloss accepts messages only from its own pages and top-level content script.'));
  }
  const url = sender.url ?? sender.tab?.url ?? '';
  // Chromium names the sending document; Firefox does not (the origin check stands alone there).
  const documentId = (sender as { documentId?: string }).documentId;
  const incognito = sender.tab?.incognito === true;
  return fromPage(raw, { tabId, url, incognito, page: { origin: originOf(url) ?? '', documentId } });
});

/** A handler's failure as a Result: the notes database's errors are already worded for the reader. */
function failure(e: unknown): Result<never> {
  if (e instanceof NotesError) return err(e.code, e.message);
  return err('internal', errorText(e));
}

interface ContentSender {
  tabId: number;
  url: string;
  /** A private window: look-ups never happen there. */
  incognito: boolean;
  page: PageIdentity;
}
const fromPage = receiver<ContentToBackground, ContentSender>(
  contentRequests,
  {
    async 'page.analyze'({ canonical, og, title, text }, { tabId, url, page }) {
      markWorkerStage('analyze-received');
      const gen = genOf(tabId);
      const urls = pageUrls(url, canonical, og);
      const pageUrl = urls[0]!;
      const [analysis, list] = await Promise.all([analysisFor(tabId, text), notes.forUrls(urls)]);
      if (genOf(tabId) !== gen) return err('internal', 'Gloss was turned off in this tab meanwhile.');
      const { anchors, placements } = anchorNotes(text, list);
      live.set(tabId, { url: pageUrl, urls, title, analysis, anchors, placements, page });
      // The marks do not wait for storage: the panel is told once the tab's page is recorded for it.
      // Session storage keeps the order of writes, so a later 'off' still removes this entry.
      void session
        .set(tabKey(tabId), { url: pageUrl, urls, title } satisfies TabInfo)
        .catch((e: unknown) => console.warn('Gloss: could not record the tab’s page for the panel', e))
        .then(() => notifyPanel(tabId));
      // The notes were found under some of the page's keys; filed under all of them, they are still
      // found if the page later drops or changes its canonical link. A failure only loses that.
      // Only notes that lack a key: most visits change nothing, and a write would also rewrite the backup.
      const lacking = list.filter((n) => n.urls.length < MAX_URLS_PER_NOTE && urls.some((u) => !n.urls.includes(u)));
      if (lacking.length > 0) {
        notes
          .addUrls(
            lacking.map((n) => n.id),
            urls,
          )
          .catch((e: unknown) => console.warn('Gloss: could not record the page’s other URLs on its notes', e));
      }
      // Marks come in reading order; a page with more than can be painted gets the first ones and is told.
      // The first card of a place or a firm would wait for the fact tables: they load now, after this
      // answer, while the reader starts to read.
      if (analysis.targets.some((_, id) => mayHaveFacts(analysis, id))) setTimeout(() => void facts().catch(() => undefined), 0);
      markWorkerStage('analyze-answered');
      return ok({ marks: analysis.marks.slice(0, MAX_MARKS), totalMarks: analysis.marks.length, notes: anchors });
    },

    async 'page.preview'({ text, offset }) {
      return ok({ marks: await previewMarks(text, offset) });
    },

    async 'page.status'({ state, message }, { tabId }) {
      if (state === 'on') {
        // The page paints once this is answered (its highlight sheet is its own, content/highlight-sheet.ts);
        // the badge (kept in order per tab) and the panel follow without holding it up.
        void setBadge(tabId, state, message)
          .catch((e: unknown) => console.warn('Gloss: could not set the badge', e))
          .then(() => notifyPanel(tabId));
        return ok(null);
      }
      cancelLink(tabId);
      forget(tabId);
      await session.remove(tabKey(tabId));
      await session.remove(reattachKey(tabId));
      await setBadge(tabId, state, message);
      if (state === 'off') await counts.refresh(tabId);
      notifyPanel(tabId);
      return ok(null);
    },

    'card.get'({ markId }, { tabId }) {
      const tab = live.get(tabId);
      if (!tab) return noAnalysis();
      const reply = (lookup?: FactLookup) => {
        const card = cardFor(tab.analysis, markId, tab.anchors, lookup);
        return card ? ok(card) : err('not-found', `No mark ${markId} in this article.`);
      };
      if (!mayHaveFacts(tab.analysis, markId)) return reply();
      // Without its tables the card still shows what the article says.
      return facts().then(reply, (e: unknown) => {
        console.error('Gloss: fact tables failed to load', e);
        return reply();
      });
    },

    'note.draft'({ start, end }, { tabId }) {
      // Checked before anything else: a refused request must not open the panel. Synchronously,
      // since opening the panel needs the page click's user gesture, which ends at the first await.
      const tab = live.get(tabId);
      if (!tab) return noAnalysis();
      if (end <= start || end > tab.analysis.text.length) return err('bad-request', 'The selection is outside the article.');
      if (end - start > MAX_NOTE) {
        return err(
          'bad-request',
          `That selection is too long to note (${(end - start).toLocaleString('en-US')} characters); select at most ${MAX_NOTE.toLocaleString('en-US')}.`,
        );
      }
      const opened = openPanel(tabId);
      return (async () => {
        const panelOpened = async () => (await opened) || (await isPanelOpen());
        const moved = await reattachSelection(tabId, tab, start, end);
        if (moved) return ok({ draftId: moved.id, panelOpened: await panelOpened(), reattached: true });
        // The draft's id is the note's id: saving it twice (a retry after a lost reply) stores one note.
        const draft: Draft = {
          id: crypto.randomUUID(),
          tabId,
          url: tab.url,
          title: tab.title,
          selector: describe(tab.analysis.text, start, end),
          created: Date.now(),
        };
        await session.set(draftKey(tabId), draft);
        notifyPanel(tabId);
        // Opened now, or already open (e.g. by the context-menu click that asked for this note).
        return ok({ draftId: draft.id, panelOpened: await panelOpened(), reattached: false });
      })();
    },

    'notes.open'({ ids }, { tabId }) {
      const tab = live.get(tabId);
      if (!tab) return noAnalysis();
      // Only notes this page already shows: the page learns nothing it did not know.
      const known = ids.filter((id) => tab.anchors.some((a) => a.id === id));
      if (known.length === 0) return err('not-found', 'Those notes are no longer on this page.');
      const opened = openPanel(tabId); // inside the click's user gesture
      return (async () => {
        await session.set(focusKey(tabId), known);
        notifyPanel(tabId);
        return ok({ panelOpened: (await opened) || (await isPanelOpen()) });
      })();
    },

    async 'prefs.get'() {
      return ok(await readDisplayPrefs());
    },

    async 'prefs.set'(prefs) {
      await browser.storage.local.set({ [DISPLAY_KEY]: prefs });
      return ok(null);
    },

    async 'link.get'({ markId }, { tabId, incognito }) {
      const tab = live.get(tabId);
      if (!tab) return noAnalysis();
      return ok(await lookUpLink(tabId, incognito, tab, markId));
    },

    'link.cancel'({ markId }, { tabId }) {
      cancelLink(tabId, markId);
      return ok(null);
    },

    // A forged click in the page can get this far and no further: the settings page opens, nothing changes.
    async 'settings.open'() {
      await browser.runtime.openOptionsPage();
      return ok(null);
    },
  },
  failure,
);

const DISPLAY_KEY = 'display';
/** The reader's display choices, or the defaults when none were stored or what is stored is not valid. */
async function readDisplayPrefs(): Promise<DisplayPrefs> {
  const stored = (await browser.storage.local.get(DISPLAY_KEY))[DISPLAY_KEY];
  const prefs = stored === undefined ? DEFAULT_DISPLAY : displayPrefs(stored, DISPLAY_KEY);
  return prefs instanceof CheckFailure ? DEFAULT_DISPLAY : prefs;
}

const fromPanel = panelReceiver({ notes, counts, backups, failure });

const fromFrame = frameReceiver({
  notes,
  liveTab: (tabId) => live.get(tabId),
  openPanel,
  isPanelOpen,
  openTab: (url, besideTab) => browser.tabs.create({ url, openerTabId: besideTab, active: true }).then((t) => t.id),
  async showEntity(tabId, view) {
    await session.set(entityKey(tabId), view);
    notifyPanel(tabId);
  },
});

// ---------------------------------------------------------------------------------------------

browser.tabs.onRemoved.addListener((tabId) => {
  forget(tabId);
  for (const key of [tabKey(tabId), draftKey(tabId), focusKey(tabId), reattachKey(tabId), entityKey(tabId)])
    void session.remove(key).catch(() => undefined);
});

/**
 * When the panel armed the tab to re-attach a note, the reader's selection becomes that note's new
 * place: the worker describes it from its own copy of the article text (never from the page's word),
 * saves it and shows the note there. Null when the tab is not armed (the selection makes a new draft).
 */
async function reattachSelection(tabId: number, tab: Live, start: number, end: number): Promise<Note | null> {
  const id = await session.get<string>(reattachKey(tabId));
  if (!id) return null;
  await session.remove(reattachKey(tabId));
  await session.remove(UNDO_KEY);
  const note = await notes.moveTo(id, describe(tab.analysis.text, start, end));
  for (const other of tabsShowing(note)) await pushAnchor(other, note, false);
  notifyPanel(tabId);
  return note;
}

markWorkerStage('worker-ready');
