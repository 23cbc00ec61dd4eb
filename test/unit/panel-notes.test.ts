// The panel's and the worker's parts of issue 10's points 2, 3 and 8 that need no browser: which notes
// are listed as placed, the messages that re-attach and undelete, the store's restore and move, and a
// badge count that never writes over Gloss's own state in a tab.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describe as select } from '../../src/core/anchor';
import { CheckFailure, panelRequests, parseMessage } from '../../src/core/protocol';
import type { Note, NotePlacement } from '../../src/core/types';
import { openNotesStore } from '../../src/background/notes-db';
import { sortByPlacement } from '../../src/sidepanel/placement';

const TEXT = 'The utility said on Monday that it would spend $10 billion on new lines, twice last year.';

function note(id: string, quote: string | null): Note {
  const start = quote ? TEXT.indexOf(quote) : 0;
  return {
    id,
    url: 'https://example.com/a',
    urls: ['https://example.com/a'],
    title: 'A',
    target: { source: 'https://example.com/a', selector: quote ? select(TEXT, start, start + quote.length) : null },
    text: `note ${id}`,
    tags: [],
    entities: [],
    created: 1,
    modified: 1,
  };
}

describe('panel: placed notes and notes not found', () => {
  const notes = [note('a', '$10 billion'), note('b', 'new lines'), note('page', null), note('c', 'twice')];

  it('until Gloss read the page, every note is listed and none is said to be lost', () => {
    expect(sortByPlacement(notes, null)).toEqual({ placed: notes, orphans: [] });
  });

  it('lists a note that was not found apart, never as placed; a changed figure is still placed; a page note is placed', () => {
    const placements: NotePlacement[] = [
      { id: 'a', state: 'changed', changes: [{ was: '$10 billion', now: '$12 billion' }] },
      { id: 'b', state: 'orphan' },
      { id: 'c', state: 'placed' },
    ];
    const { placed, orphans } = sortByPlacement(notes, placements);
    expect(placed.map((n) => n.id)).toEqual(['a', 'page', 'c']);
    expect(orphans.map((n) => n.id)).toEqual(['b']);
  });

  it('a note with a quote that the worker did not place at all is not listed as placed', () => {
    const { placed, orphans } = sortByPlacement(notes, [{ id: 'a', state: 'placed' }]);
    expect(placed.map((n) => n.id)).toEqual(['a', 'page']);
    expect(orphans.map((n) => n.id)).toEqual(['b', 'c']);
  });
});

describe('protocol: re-attach and undelete', () => {
  it('accepts a tab and a note id, or null to disarm', () => {
    expect(parseMessage(panelRequests, { type: 'note.reattach', payload: { tabId: 3, id: 'n1' } })).toEqual({
      type: 'note.reattach',
      payload: { tabId: 3, id: 'n1' },
    });
    expect(parseMessage(panelRequests, { type: 'note.reattach', payload: { tabId: 3, id: null } })).not.toBeInstanceOf(CheckFailure);
  });

  it('refuses a missing tab, a bad id, and an undelete without an id, saying what is wrong', () => {
    const noTab = parseMessage(panelRequests, { type: 'note.reattach', payload: { id: 'n1' } });
    expect(noTab).toBeInstanceOf(CheckFailure);
    expect((noTab as CheckFailure).message).toMatch(/tabId/);
    expect(parseMessage(panelRequests, { type: 'note.reattach', payload: { tabId: -1, id: 'n1' } })).toBeInstanceOf(CheckFailure);
    expect(parseMessage(panelRequests, { type: 'note.reattach', payload: { tabId: 1, id: 'x'.repeat(101) } })).toBeInstanceOf(CheckFailure);
    expect(parseMessage(panelRequests, { type: 'note.undelete', payload: {} })).toBeInstanceOf(CheckFailure);
    expect(parseMessage(panelRequests, { type: 'note.undelete', payload: { id: 'n1', extra: 1 } })).toEqual({
      type: 'note.undelete',
      payload: { id: 'n1' },
    });
  });
});

describe('notes store: restore and move', () => {
  let n = 0;
  const fresh = () => openNotesStore(`gloss-panel-test-${++n}`);

  it('a deleted note comes back as it was: same id, text, place and dates; twice is harmless', async () => {
    const store = fresh();
    const saved = await store.create(note('r1', '$10 billion'));
    await store.remove('r1');
    expect(await store.get('r1')).toBeNull();
    expect(await store.restore(saved)).toEqual(saved);
    expect(await store.restore(saved)).toEqual(saved);
    expect(await store.get('r1')).toEqual(saved);
    expect(await store.forUrl('https://example.com/a')).toEqual([saved]);
    store.close();
  });

  it('moving a note changes only its place (and modified); a missing note is a clear error', async () => {
    const store = fresh();
    const saved = await store.create(note('m1', '$10 billion'));
    const start = TEXT.indexOf('twice last year');
    const moved = await store.moveTo('m1', select(TEXT, start, start + 'twice last year'.length));
    expect(moved.target.selector?.[0].exact).toBe('twice last year');
    expect(moved).toMatchObject({ id: 'm1', text: saved.text, created: saved.created, url: saved.url });
    expect(moved.modified).toBeGreaterThan(saved.modified);
    expect(await store.get('m1')).toEqual(moved);
    await expect(store.moveTo('gone', moved.target.selector!)).rejects.toThrow(/no longer exists/);
    store.close();
  });
});

// The badge, with a fake browser action that remembers per-tab text the way Chromium does.
const badges = new Map<number, string>();
const titles = new Map<number, string>();
/** Holds back the next read of the badge, to race a count against Gloss turning on. */
const gate = { hold: false, release: null as null | (() => void) };
vi.mock('webextension-polyfill', () => ({
  default: {
    action: {
      async getBadgeText({ tabId }: { tabId: number }) {
        const shown = badges.get(tabId) ?? ''; // read now, answered later
        if (gate.hold) {
          gate.hold = false;
          await new Promise<void>((resolve) => (gate.release = resolve));
        }
        return shown;
      },
      async setBadgeText({ tabId, text }: { tabId: number; text: string }) {
        badges.set(tabId, text);
      },
      async setBadgeBackgroundColor() {},
      async setTitle({ tabId, title }: { tabId: number; title: string }) {
        titles.set(tabId, title);
      },
    },
  },
}));

describe('badge: note counts', () => {
  beforeEach(() => {
    badges.clear();
    titles.clear();
  });
  afterEach(() => {
    gate.hold = false;
    gate.release = null;
  });

  it('shows the count of a page with notes, nothing for none, and says it in the tooltip', async () => {
    const { setNoteCount } = await import('../../src/background/platform');
    await setNoteCount(1, 3);
    expect(badges.get(1)).toBe('3');
    expect(titles.get(1)).toMatch(/3 notes on this page/);
    await setNoteCount(1, 0);
    expect(badges.get(1)).toBe('');
  });

  it('never writes over Gloss being on, or its error, and the next off shows the count again', async () => {
    const { setBadge, setNoteCount } = await import('../../src/background/platform');
    await setBadge(2, 'on', 'on. Press again to turn off.');
    await setNoteCount(2, 4);
    expect(badges.get(2)).toBe('on');
    await setBadge(2, 'error', 'no article');
    await setNoteCount(2, 4);
    expect(badges.get(2)).toBe('!');
    await setBadge(2, 'off', '');
    await setNoteCount(2, 4);
    expect(badges.get(2)).toBe('4');
  });

  it('a count read before Gloss turned on does not land after the "on"', async () => {
    const { setBadge, setNoteCount } = await import('../../src/background/platform');
    gate.hold = true;
    const counting = setNoteCount(5, 2);
    const turningOn = setBadge(5, 'on', 'on');
    await vi.waitFor(() => expect(gate.release).not.toBeNull());
    gate.release!();
    await Promise.all([counting, turningOn]);
    expect(badges.get(5)).toBe('on');
  });
});
