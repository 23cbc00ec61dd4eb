// The notes panel's requests: the page's notes and the draft, saving, editing, deleting and bringing
// back notes, re-attaching one, search, the reader's entity view, export, import and the backup.
// Only extension pages reach this table (the worker's message listener checks the sender).
import { panelRequests, type Draft, type EntityView, type PanelToBackground } from '../core/protocol';
import { receiver } from '../core/messaging';
import { err, ok, type Result } from '../core/result';
import { pageUrls } from '../core/urls';
import type { Note } from '../core/types';
import { parseTags } from '../core/tags';
import { draftEntities } from './memory';
import type { backup } from './backup';
import { exchangeHandlers } from './exchange';
import type { NotesStore } from './notes-db';
import { canSeePages, visiblePage } from './page-notes';
import { browser, session } from './platform';
import {
  draftKey,
  entityKey,
  focusKey,
  live,
  notifyPanel,
  pushAnchor,
  reattachKey,
  tabKey,
  tabsShowing,
  toPage,
  UNDO_KEY,
  type TabInfo,
} from './tabs';

interface PanelDeps {
  notes: NotesStore;
  counts: { refreshAll(): Promise<void> };
  backups: { handlers: ReturnType<typeof backup>['handlers'] };
  failure(e: unknown): Result<never>;
}

/** The receiver for extension pages' requests, over the worker's notes store, badge counts and backup. */
export function panelReceiver({ notes, counts, backups, failure }: PanelDeps) {
  return receiver<PanelToBackground, undefined>(
    panelRequests,
    {
      async 'panel.state'({ tabId }) {
        const deleted = (await session.get<Note>(UNDO_KEY)) ?? null;
        const common = {
          canSeePages: await canSeePages(),
          undoable: deleted && { id: deleted.id, quote: deleted.target.selector?.[0].exact ?? deleted.title },
        };
        if (tabId === null) {
          return ok({ tabId: null, page: null, notes: [], placements: null, draft: null, focus: [], reattaching: null, ...common });
        }
        const draft = (await session.get<Draft>(draftKey(tabId))) ?? null;
        const focus = (await session.get<string[]>(focusKey(tabId))) ?? [];
        const reattaching = (await session.get<string>(reattachKey(tabId))) ?? null;
        // Before Gloss reads the page, its notes are known where the browser shows the worker the tab's address.
        const page = (await session.get<TabInfo>(tabKey(tabId))) ?? (await visiblePage(tabId));
        if (!page) return ok({ tabId, page: null, notes: [], placements: null, draft, focus: [], reattaching, ...common });
        const placements = live.get(tabId)?.placements ?? null;
        const list = await notes.forUrls(page.urls ?? [page.url]);
        return ok({ tabId, page: { url: page.url, title: page.title }, notes: list, placements, draft, focus, reattaching, ...common });
      },

      async 'note.create'({ draft, text }) {
        await session.remove(UNDO_KEY); // the reader moved on: the last delete is final
        const tab = live.get(draft.tabId);
        // Idempotent: a retry with the same draft returns the note stored the first time.
        const note = await notes.create({
          id: draft.id,
          url: draft.url,
          title: draft.title,
          target: { source: draft.url, selector: draft.selector },
          text,
          // Every key of the page the draft was made on, when the tab still shows it.
          urls: tab?.url === draft.url ? tab.urls : pageUrls(draft.url, null, null),
          tags: parseTags(text),
          entities: draftEntities(draft, live.get(draft.tabId)),
        });
        const pending = await session.get<Draft>(draftKey(draft.tabId));
        if (pending?.id === draft.id) await session.remove(draftKey(draft.tabId));
        // Only to tabs whose live document is the draft's page: the draft's tab may have moved on
        // to another site meanwhile, which must not receive this note's place.
        for (const tabId of tabsShowing(note)) await pushAnchor(tabId, note, tabId === draft.tabId);
        notifyPanel(draft.tabId);
        void counts.refreshAll();
        return ok(note);
      },

      async 'note.update'({ id, text }) {
        await session.remove(UNDO_KEY);
        const note = await notes.update(id, text);
        for (const tabId of tabsShowing(note)) await pushAnchor(tabId, note, false);
        notifyPanel(null);
        return ok(note);
      },

      async 'note.delete'({ id }) {
        const note = await notes.get(id);
        if (!note) return err('not-found', 'That note no longer exists.');
        await notes.remove(id);
        await session.set(UNDO_KEY, note);
        for (const tabId of tabsShowing(note)) {
          const tab = live.get(tabId)!;
          tab.anchors = tab.anchors.filter((a) => a.id !== id);
          tab.placements = tab.placements.filter((p) => p.id !== id);
          await toPage(tabId, 'note.removed', { id });
        }
        notifyPanel(null);
        void counts.refreshAll();
        return ok(null);
      },

      async 'note.undelete'({ id }) {
        const deleted = await session.get<Note>(UNDO_KEY);
        if (deleted?.id !== id) return err('not-found', 'That note can no longer be brought back.');
        const note = await notes.restore(deleted);
        await session.remove(UNDO_KEY);
        for (const tabId of tabsShowing(note)) await pushAnchor(tabId, note, false);
        notifyPanel(null);
        void counts.refreshAll();
        return ok(note);
      },

      async 'note.reattach'({ tabId, id }) {
        if (id === null) {
          await session.remove(reattachKey(tabId));
        } else {
          const tab = live.get(tabId);
          const note = await notes.get(id);
          if (!note) return err('not-found', 'That note no longer exists.');
          if (!tab || ![note.url, ...note.urls].includes(tab.url)) {
            return err('not-found', 'Press the Gloss button on this note’s page first: the note moves to text you select there.');
          }
          await session.set(reattachKey(tabId), id);
        }
        notifyPanel(tabId);
        return ok(null);
      },

      async 'draft.discard'({ draftId }) {
        const all = await browser.storage.session.get(null);
        for (const [key, value] of Object.entries(all)) {
          if (key.startsWith('draft:') && (value as Draft | undefined)?.id === draftId) {
            await browser.storage.session.remove(key);
            await toPage((value as Draft).tabId, 'draft.cleared', {});
            notifyPanel((value as Draft).tabId);
          }
        }
        return ok(null);
      },

      async 'note.reveal'({ tabId, id }) {
        const found = await toPage(tabId, 'note.reveal', { id });
        if (found === undefined) return err('not-found', 'Press the Gloss button on that page to show your notes there.');
        if (!found) return err('not-found', "This note's text is no longer in the article.");
        await browser.tabs.update(tabId, { active: true }).catch(() => undefined);
        return ok(null);
      },

      async 'notes.search'({ query }) {
        return ok(await notes.search(query));
      },

      async 'note.createPage'({ tabId, id, text }) {
        if (!text.trim()) return err('bad-request', 'Write the note first: a note on the whole page has no quote to stand in for it.');
        const info = await session.get<TabInfo>(tabKey(tabId));
        if (!info) return err('no-analysis', 'Press the Gloss button on the page first, so Gloss knows which page the note is for.');
        const note = await notes.create({
          id,
          url: info.url,
          urls: info.urls ?? [info.url],
          title: info.title,
          target: { source: info.url, selector: null },
          text,
          tags: parseTags(text),
          entities: [],
        });
        notifyPanel(tabId);
        return ok(note);
      },

      async 'notes.byEntity'({ name }) {
        return ok(await notes.byEntity(name));
      },

      async 'panel.entity'({ tabId }) {
        return ok(tabId === null ? null : ((await session.get<EntityView>(entityKey(tabId))) ?? null));
      },
      ...exchangeHandlers(notes, (stored) => {
        for (const note of stored) for (const tabId of tabsShowing(note)) void pushAnchor(tabId, note, false);
        notifyPanel(null);
      }),
      ...backups.handlers,
    },
    failure,
  );
}
