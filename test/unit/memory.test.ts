// Memory across articles, worker side: which entities a quote names, which notes are "from other
// articles", and what the card's frame may ask (src/background/memory.ts).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { entitiesInRange, frameReceiver, otherArticles, type MemoryDeps } from '../../src/background/memory';
import { openNotesStore, type NotesStore } from '../../src/background/notes-db';
import { describe as select } from '../../src/core/anchor';
import { analyze } from '../../src/core/cards';
import {
  CheckFailure,
  MAX_ENTITY_NAME,
  MAX_NOTE,
  contentRequests,
  frameRequests,
  panelRequests,
  parseMessage,
} from '../../src/core/protocol';
import { recognize } from '../../src/core/recognize/index';
import type { Note } from '../../src/core/types';

const text =
  'Anthropic said on Tuesday that it would open an office in Lisbon. Ines Carvalho, who joined Anthropic last year, will lead it. The minister welcomed the plan.';
const analysis = analyze(text, recognize(text));
const at = (phrase: string) => [text.indexOf(phrase), text.indexOf(phrase) + phrase.length] as const;

describe('entitiesInRange', () => {
  it('names the entities the quote overlaps, by group name, in article order, each once', () => {
    expect(entitiesInRange(analysis, ...at('Anthropic said on Tuesday that it would open an office in Lisbon'))).toEqual([
      'Anthropic',
      'Lisbon',
    ]);
    expect(entitiesInRange(analysis, ...at('Carvalho, who joined Anthropic'))).toEqual(['Ines Carvalho', 'Anthropic']);
  });

  it('is empty for a quote without names, and a quote ending where a name starts does not name it', () => {
    expect(entitiesInRange(analysis, ...at('The minister welcomed the plan.'))).toEqual([]);
    const lisbon = text.indexOf('Lisbon');
    expect(entitiesInRange(analysis, lisbon - 10, lisbon)).toEqual([]);
  });
});

function note(id: string, url: string, modified: number, extra: Partial<Note> = {}): Note {
  return {
    id,
    url,
    urls: [url],
    title: `Title of ${url}`,
    target: { source: url, selector: null },
    text: '',
    tags: [],
    entities: ['Anthropic'],
    created: modified,
    modified,
    ...extra,
  };
}

describe('otherArticles', () => {
  it('leaves out the notes of this page (under any of its addresses) and groups the rest by article, last noted first', () => {
    const list = [
      note('a', 'https://x.test/1', 1),
      note('b', 'https://x.test/2', 5),
      note('c', 'https://x.test/1', 3),
      note('here', 'https://x.test/old-address', 9, { urls: ['https://x.test/old-address', 'https://x.test/this'] }),
    ];
    expect(otherArticles('Anthropic', list, ['https://x.test/this'])).toEqual({
      name: 'Anthropic',
      noteCount: 3,
      articleCount: 2,
      articles: [
        { url: 'https://x.test/2', title: 'Title of https://x.test/2', noteIds: ['b'] },
        { url: 'https://x.test/1', title: 'Title of https://x.test/1', noteIds: ['c', 'a'] },
      ],
    });
  });

  it('lists at most 20 articles but counts them all', () => {
    const list = Array.from({ length: 25 }, (_, i) => note(`n${i}`, `https://x.test/${i}`, i));
    const memory = otherArticles('Anthropic', list, []);
    expect(memory.articles).toHaveLength(20);
    expect([memory.noteCount, memory.articleCount]).toEqual([25, 25]);
  });
});

describe('frameReceiver', () => {
  let store: NotesStore;
  afterEach(() => store?.close());

  function deps(over: Partial<MemoryDeps> = {}): MemoryDeps {
    return {
      notes: store,
      liveTab: (tabId) =>
        tabId === 7 ? { url: 'https://x.test/this', urls: ['https://x.test/this', 'https://x.test/amp/this'], analysis } : undefined,
      openPanel: vi.fn(async () => true),
      isPanelOpen: async () => true,
      openTab: vi.fn(async () => 99),
      showEntity: vi.fn(async () => undefined),
      ...over,
    };
  }

  async function withNotes(): Promise<void> {
    store = openNotesStore(`gloss-memory-${crypto.randomUUID()}`);
    const elsewhere = 'Anthropic opened an office.';
    await store.create({
      ...note('other', 'https://x.test/other', 0),
      text: 'seen elsewhere',
      target: { source: 'https://x.test/other', selector: select(elsewhere, 0, 9) },
    });
    await store.create({ ...note('here', 'https://x.test/this', 0), text: 'seen here' });
    await store.create({ ...note('unrelated', 'https://x.test/u', 0), entities: ['Lisbon'] });
  }

  it("answers with the notes on an entity of the tab's article from other articles only", async () => {
    await withNotes();
    const r = await frameReceiver(deps())({ type: 'notes.byEntity', payload: { name: 'Anthropic' } }, { tabId: 7 });
    expect(r).toMatchObject({ ok: true, value: { noteCount: 1, articleCount: 1, articles: [{ noteIds: ['other'] }] } });
  });

  it('refuses a name the article does not have, a tab where Gloss is off, and a malformed request', async () => {
    await withNotes();
    const receive = frameReceiver(deps());
    expect(await receive({ type: 'notes.byEntity', payload: { name: 'Microsoft' } }, { tabId: 7 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await receive({ type: 'notes.byEntity', payload: { name: 'Anthropic' } }, { tabId: 8 })).toMatchObject({
      ok: false,
      error: { code: 'no-analysis' },
    });
    expect(await receive({ type: 'notes.byEntity', payload: { name: 42 } }, { tabId: 7 })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    // The panel's messages are not the frame's to send.
    expect(await receive({ type: 'notes.search', payload: { query: '' } }, { tabId: 7 })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });

  it("opens a note's article beside the tab with the panel at the note; without a note, the panel on this tab", async () => {
    await withNotes();
    const d = deps();
    const receive = frameReceiver(d);
    expect(await receive({ type: 'memory.open', payload: { name: 'Anthropic', id: 'other' } }, { tabId: 7 })).toEqual({
      ok: true,
      value: { panelOpened: true },
    });
    expect(d.openPanel).toHaveBeenCalledWith(7);
    expect(d.openTab).toHaveBeenCalledWith('https://x.test/other', 7);
    expect(d.showEntity).toHaveBeenCalledWith(99, expect.objectContaining({ name: 'Anthropic', focus: ['other'] }));
    await receive({ type: 'memory.open', payload: { name: 'Anthropic', id: null } }, { tabId: 7 });
    expect(d.showEntity).toHaveBeenLastCalledWith(7, expect.objectContaining({ name: 'Anthropic', focus: [] }));
    // A note about another entity is not opened under this one's name.
    expect(await receive({ type: 'memory.open', payload: { name: 'Anthropic', id: 'unrelated' } }, { tabId: 7 })).toMatchObject({
      ok: false,
    });
  });
});

describe('the notes store', () => {
  it('finds notes by entity (index "entities"), newest first, and sets tags from the text on an edit', async () => {
    const s = openNotesStore(`gloss-memory-${crypto.randomUUID()}`);
    try {
      await s.create(note('old', 'https://x.test/1', 0, { entities: ['Anthropic', 'Lisbon'] }));
      await s.create(note('lisbon-only', 'https://x.test/2', 0, { entities: ['Lisbon'] }));
      await s.create(note('new', 'https://x.test/3', 0, { entities: ['Anthropic'] }));
      await s.update('new', 'later #Policy #policy');
      expect((await s.byEntity('Anthropic')).map((n) => n.id)).toEqual(['new', 'old']);
      expect(await s.byEntity('anthropic')).toEqual([]); // names are the card's, exactly
      expect((await s.get('new'))!.tags).toEqual(['policy']);
      await s.update('new', 'no tags now');
      expect((await s.get('new'))!.tags).toEqual([]);
    } finally {
      s.close();
    }
  });
});

describe('checkers of the new messages', () => {
  it("accept the frame's and panel's well-formed requests and refuse the rest", () => {
    const accepted = (table: Parameters<typeof parseMessage>[0], type: string, payload: unknown) =>
      !(parseMessage(table, { type, payload }) instanceof CheckFailure);
    expect(accepted(frameRequests, 'notes.byEntity', { name: 'Anthropic' })).toBe(true);
    expect(accepted(frameRequests, 'notes.byEntity', { name: 'x'.repeat(MAX_ENTITY_NAME + 1) })).toBe(false);
    expect(accepted(frameRequests, 'memory.open', { name: 'Anthropic', id: null })).toBe(true);
    expect(accepted(frameRequests, 'memory.open', { name: 'Anthropic' })).toBe(false);
    expect(accepted(frameRequests, 'note.create', { draft: {}, text: '' })).toBe(false);
    expect(accepted(panelRequests, 'note.createPage', { tabId: 3, id: 'abc', text: 'Hello #tag' })).toBe(true);
    expect(accepted(panelRequests, 'note.createPage', { tabId: -1, id: 'abc', text: 'x' })).toBe(false);
    expect(accepted(panelRequests, 'note.createPage', { tabId: 3, id: 'abc', text: 'x'.repeat(MAX_NOTE + 1) })).toBe(false);
    expect(accepted(panelRequests, 'notes.byEntity', { name: ['Anthropic'] })).toBe(false);
    expect(accepted(panelRequests, 'panel.entity', { tabId: null })).toBe(true);
    // The content script may not ask about notes elsewhere: only the frame may.
    expect(accepted(contentRequests, 'notes.byEntity', { name: 'Anthropic' })).toBe(false);
  });
});
