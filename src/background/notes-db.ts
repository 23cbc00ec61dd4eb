// The reader's notes, in IndexedDB of the extension's own origin. Only the worker opens this
// database: a content script's IndexedDB would belong to the news site.

import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore } from 'idb';
import { noteMatches } from '../core/note-search';
import { parseTags } from '../core/tags';
import type { Note } from '../core/types';

interface GlossDB extends DBSchema {
  notes: {
    key: string;
    value: Note;
    indexes: { url: string; urls: string; tags: string; entities: string; modified: number };
  };
}

/** v1: notes by `url`. v2: every URL a page was seen under (`urls`), tags and entity names, each indexed. */
export const SCHEMA_VERSION = 2;

export type NotesErrorCode = 'not-found' | 'storage';

/** A failure the reader can be told about as is; `code` matches the protocol's error codes. */
export class NotesError extends Error {
  constructor(
    readonly code: NotesErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'NotesError';
  }
}

export const OUT_OF_SPACE = 'Your browser is out of storage space for Gloss notes; nothing was saved. Free some disk space and try again.';
export const NEWER_VERSION = 'Your notes were saved by a newer version of Gloss; update Gloss to open them. Nothing was changed.';
export const BLOCKED =
  'Your notes are still open in an older copy of Gloss. Restart the browser to finish updating Gloss, then try again. Nothing was changed.';
/**
 * Keys kept per note at most. Each visit adds a handful (see pageUrls); the cap keeps a page that
 * changes its canonical link on every load from growing a note without end.
 */
export const MAX_URLS_PER_NOTE = 32;
const NOT_FOUND = 'That note no longer exists (it may have been deleted in another window).';
/** How long an upgrade may wait for an older connection to close before callers are told. */
const BLOCKED_WAIT_MS = 3000;

export interface NotesStore {
  /**
   * Saves a new note under the caller's id (the draft's). Idempotent: if that id is already
   * stored, resolves with the stored note unchanged, so a retry after a lost reply is safe.
   */
  create(n: Omit<Note, 'created' | 'modified'>): Promise<Note>;
  /** Sets a note's text, and its tags to the #tags the new text holds. */
  update(id: string, text: string): Promise<Note>;
  remove(id: string): Promise<void>;
  /** Puts a deleted note back as it was (same id, dates and place). Idempotent, like create. */
  restore(note: Note): Promise<Note>;
  /** Gives a note a new place in its page's text (re-attached by the reader). */
  moveTo(id: string, selector: NonNullable<Note['target']['selector']>): Promise<Note>;
  get(id: string): Promise<Note | null>;
  /**
   * Opens the database ahead of the first read: a click that wakes the worker opens it while the
   * page extracts its article (opening took ~200 ms of a cold click). Never rejects: a failure is
   * reported by the read that follows.
   */
  open(): Promise<void>;
  /** Notes of one page (any URL it was seen under), in article order; page notes first. */
  forUrl(url: string): Promise<Note[]>;
  /** Notes filed under any of a page's keys (see pageUrls), each once, in article order; page notes first. */
  forUrls(urls: string[]): Promise<Note[]>;
  /**
   * Records on each of these notes every one of `urls` it lacks, so the page is found under any of
   * them later (a canonical link that appears on a later visit hides nothing). `modified` is kept:
   * the reader changed nothing.
   */
  addUrls(ids: string[], urls: string[]): Promise<void>;
  /** Notes whose quote, text or page title contain every word of `query`, any case; newest first. All when empty. */
  search(query: string): Promise<Note[]>;
  /** Every note, newest (last modified) first. */
  all(): Promise<Note[]>;
  /** Notes whose quote names an entity (its group name, as `Note.entities` holds it), newest first. */
  byEntity(name: string): Promise<Note[]>;
  /**
   * Stores imported notes in one strict transaction: a note whose id is absent is added; for an id
   * already stored, the copy modified last is kept. All or nothing: a failure changes no note.
   */
  importNotes(list: readonly Note[]): Promise<ImportCounts>;
  /** Closes the connection; the next call opens it again. */
  close(): void;
}

export interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export function openNotesStore(name = 'gloss'): NotesStore {
  let pending: Promise<IDBPDatabase<GlossDB>> | null = null;
  // While an open waits on an older connection: rejects once it has waited too long, so calls
  // fail with a clear message instead of hanging (and at once while it stays blocked). The open
  // itself goes on, for the calls after it succeeds.
  let waiting: Promise<never> | null = null;

  const db = (): Promise<IDBPDatabase<GlossDB>> => {
    if (!pending) {
      let giveUp: (e: NotesError) => void = () => undefined;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const gaveUp = new Promise<never>((_, reject) => (giveUp = reject));
      gaveUp.catch(() => undefined);
      const opening = openDB<GlossDB>(name, SCHEMA_VERSION, {
        async upgrade(d, oldVersion, _newVersion, tx) {
          // A ladder: each step takes the database from one version to the next, so any old one arrives.
          if (oldVersion < 1) {
            const notes = d.createObjectStore('notes', { keyPath: 'id' });
            notes.createIndex('url', 'url');
            notes.createIndex('modified', 'modified');
          }
          if (oldVersion < 2) {
            const notes = tx.objectStore('notes');
            notes.createIndex('urls', 'urls', { multiEntry: true });
            notes.createIndex('tags', 'tags', { multiEntry: true });
            notes.createIndex('entities', 'entities', { multiEntry: true });
            for (let cursor = await notes.openCursor(); cursor; cursor = await cursor.continue()) {
              const old = cursor.value as Partial<Note> & Pick<Note, 'url'>;
              await cursor.update({ ...old, urls: old.urls ?? [old.url], tags: old.tags ?? [], entities: old.entities ?? [] } as Note);
            }
          }
        },
        // An older connection did not close for our upgrade. It often does a moment later (the
        // event can come before its close does), so keep waiting, but only so long for callers.
        blocked() {
          console.warn('Gloss: the notes database is held open by an older connection; waiting for it to close.');
          timer ??= setTimeout(() => giveUp(new NotesError('storage', BLOCKED)), BLOCKED_WAIT_MS);
        },
        // A newer Gloss (another worker after an update) wants to upgrade: step aside for it, now,
        // before it is reported blocked.
        blocking(_current, _next, event) {
          (event.target as IDBDatabase).close();
          if (pending === attempt) pending = null;
        },
        terminated() {
          if (pending === attempt) pending = null;
        },
      });
      const attempt: Promise<IDBPDatabase<GlossDB>> = opening.then(
        (d) => {
          clearTimeout(timer);
          if (waiting === gaveUp) waiting = null;
          return d;
        },
        (e: unknown) => {
          clearTimeout(timer);
          if (pending === attempt) pending = null;
          if (waiting === gaveUp) waiting = null;
          throw storageError(e, 'Gloss could not open its notes database');
        },
      );
      pending = attempt;
      waiting = gaveUp;
    }
    return waiting ? Promise.race([pending, waiting]) : pending;
  };

  /** Runs a read-write transaction; any failure rejects with a NotesError and nothing is written. */
  async function write<T>(work: (store: IDBPObjectStore<GlossDB, ['notes'], 'notes', 'readwrite'>) => Promise<T>): Promise<T> {
    const d = await db();
    // 'strict': the change is on disk before the reader is told it is saved (relaxed, the default
    // in some browsers, can lose it to a crash or power cut).
    const tx = d.transaction('notes', 'readwrite', { durability: 'strict' });
    // The transaction's own failure surfaces through `work` or is rethrown below; without this
    // handler an aborted transaction would also be an unhandled rejection.
    const done = tx.done;
    done.catch(() => undefined);
    try {
      const result = await work(tx.store);
      await done;
      return result;
    } catch (e) {
      try {
        tx.abort();
      } catch {
        // Already finished or aborted: nothing was committed either way.
      }
      if (e instanceof NotesError) throw e;
      // A request failed because its transaction aborted: the transaction's error says why
      // (a quota error at commit surfaces there, not on the request).
      const cause = (e as { name?: unknown } | null)?.name === 'AbortError' && tx.error ? tx.error : e;
      throw storageError(cause, 'Gloss could not save the change to your notes; nothing was changed');
    }
  }

  async function read<T>(work: (d: IDBPDatabase<GlossDB>) => Promise<T>): Promise<T> {
    const d = await db();
    try {
      return await work(d);
    } catch (e) {
      throw storageError(e, 'Gloss could not read its notes');
    }
  }

  function forUrls(urls: string[]): Promise<Note[]> {
    return read(async (d) => {
      const tx = d.transaction('notes');
      const byId = new Map<string, Note>();
      for (const url of new Set(urls)) for (const n of await tx.store.index('urls').getAll(url)) byId.set(n.id, n);
      return inArticleOrder([...byId.values()]);
    });
  }

  const newestFirst = (list: Note[]) => list.sort((a, b) => b.modified - a.modified || b.created - a.created);

  return {
    open() {
      return db().then(
        () => undefined,
        () => undefined,
      );
    },
    create(n) {
      // Check and add in one transaction: a retry, even one racing the first try, finds the note.
      return write(async (store) => {
        const saved = await store.get(n.id);
        if (saved) return saved;
        const now = Date.now();
        const note: Note = { ...n, created: now, modified: now };
        await store.add(note);
        return note;
      });
    },

    update(id, text) {
      return write(async (store) => {
        const old = await store.get(id);
        if (!old) throw new NotesError('not-found', NOT_FOUND);
        // Strictly later than before, so "newest first" follows edits made within a millisecond.
        const note: Note = { ...old, text, tags: parseTags(text), modified: Math.max(Date.now(), old.modified + 1) };
        await store.put(note);
        return note;
      });
    },

    remove(id) {
      return write(async (store) => {
        if ((await store.getKey(id)) === undefined) throw new NotesError('not-found', NOT_FOUND);
        await store.delete(id);
      });
    },

    restore(note) {
      return write(async (store) => {
        const saved = await store.get(note.id);
        if (saved) return saved;
        await store.add(note);
        return note;
      });
    },

    moveTo(id, selector) {
      return write(async (store) => {
        const old = await store.get(id);
        if (!old) throw new NotesError('not-found', NOT_FOUND);
        const note: Note = { ...old, target: { ...old.target, selector }, modified: Math.max(Date.now(), old.modified + 1) };
        await store.put(note);
        return note;
      });
    },

    get(id) {
      return read(async (d) => (await d.get('notes', id)) ?? null);
    },

    forUrl(url) {
      return forUrls([url]);
    },

    forUrls,

    addUrls(ids, urls) {
      return write(async (store) => {
        for (const id of ids) {
          const note = await store.get(id);
          if (!note) continue; // deleted meanwhile: nothing to record
          const missing = urls.filter((u) => !note.urls.includes(u));
          const room = MAX_URLS_PER_NOTE - note.urls.length;
          if (missing.length === 0 || room <= 0) continue;
          await store.put({ ...note, urls: [...note.urls, ...missing.slice(0, room)] });
        }
      });
    },

    async search(query) {
      return newestFirst(await read((d) => d.getAll('notes'))).filter((n) => noteMatches(n, query));
    },

    async all() {
      return newestFirst(await read((d) => d.getAll('notes')));
    },

    async byEntity(name) {
      return newestFirst(await read((d) => d.getAllFromIndex('notes', 'entities', name)));
    },

    importNotes(list) {
      return write(async (store) => {
        const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0 };
        for (const note of list) {
          const stored = await store.get(note.id);
          if (!stored) {
            await store.add(note);
            counts.added++;
          } else if (note.modified > stored.modified) {
            await store.put(note);
            counts.updated++;
          } else {
            counts.unchanged++;
          }
        }
        return counts;
      });
    },

    close() {
      const p = pending;
      pending = null;
      void p?.then((d) => d.close()).catch(() => undefined);
    },
  };
}

/** Page notes first, then by where the quote was when noted. */
function inArticleOrder(list: Note[]): Note[] {
  const at = (n: Note) => n.target.selector?.[1] ?? { start: -1, end: -1 };
  return list.sort((a, b) => at(a).start - at(b).start || at(a).end - at(b).end || a.created - b.created);
}

/** Turns what IndexedDB threw into a NotesError a reader can act on. */
function storageError(e: unknown, fallback: string): NotesError {
  const name = (e as { name?: unknown } | null)?.name;
  // The stored database is a later version than ours; it is left as is for the newer Gloss.
  if (name === 'VersionError') return new NotesError('storage', NEWER_VERSION, { cause: e });
  if (name === 'QuotaExceededError' || (name === 'UnknownError' && /quota|space/i.test(String((e as Error).message)))) {
    return new NotesError('storage', OUT_OF_SPACE, { cause: e });
  }
  const detail = e instanceof Error && e.message ? `: ${e.message}` : '';
  return new NotesError('storage', `${fallback} (browser storage error${detail}).`, { cause: e });
}
