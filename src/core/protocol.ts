// The one message protocol between Gloss's contexts. A typed map per direction; every request
// is `{ type, payload }`, every reply a Result. The worker validates every payload with the
// checkers below before acting: a content script runs in a hostile page and the page can
// corrupt its state, so nothing that arrives is trusted to have the declared shape.

import type { ImportFormat } from './exchange/import';
import { MAX_IMPORT_CHARS } from './exchange/limits';
import { MAX_PREVIEW_CHARS } from './preview';
import {
  ENTITY_TYPES,
  MARK_KINDS,
  MARK_STYLES,
  type Card,
  type EntityType,
  type DisplayPrefs,
  type FigureChange,
  type Mark,
  type Note,
  type NoteAnchor,
  type NotePlacement,
  type TextPositionSelector,
  type TextQuoteSelector,
} from './types';

export type NoteSelector = [TextQuoteSelector, TextPositionSelector];

/** A note being written: where it points, kept by the worker until the panel saves it. */
export interface Draft {
  id: string;
  tabId: number;
  url: string;
  title: string;
  selector: NoteSelector;
  created: number;
}

export interface PageInfo {
  url: string;
  title: string;
}

/**
 * The content script keeps a port of this name open for its document's whole life; the worker
 * ends the tab's session when the browser closes it (the document went away).
 */
export const PAGE_PORT = 'gloss-page';

/** Content script -> worker. */
export interface ContentToBackground {
  /** Recognize the article text; the worker keeps the analysis for card requests from this tab. */
  'page.analyze': {
    /**
     * `canonical` is the page's <link rel=canonical>, `og` its og:url; each is honoured only when
     * same-site as the tab (see pageUrls).
     */
    req: { canonical: string | null; og: string | null; title: string; text: string };
    /** `marks` holds at most MAX_MARKS, in reading order; `totalMarks` says how many were found. */
    res: { marks: Mark[]; totalMarks: number; notes: NoteAnchor[] };
  };
  /**
   * The marks of the part of a long article the reader sees (see core/preview.ts), asked beside
   * 'page.analyze' and answered first. `offset` is where `text` starts in the article: the marks are
   * given in article offsets. Only painted; cards wait for the whole article's marks.
   */
  'page.preview': { req: { text: string; offset: number }; res: { marks: Mark[] } };
  /** Gloss turned on/off in this tab, or could not run: the worker reflects it in the badge. */
  'page.status': {
    req: { state: 'on' | 'off' | 'error'; message: string };
    res: null;
  };
  /** The fact card for a mark of the last analysis of this tab. */
  'card.get': { req: { markId: number }; res: Card };
  /**
   * The reader asked to note article text [start, end); the worker builds the selectors from its
   * copy of the text and opens the panel, where the note is written (not in the page).
   */
  'note.draft': {
    req: { start: number; end: number };
    /**
     * `reattached`: the panel had armed this tab to move a note that was not found on the page, so
     * the selection became that note's new place (its id is `draftId`) instead of a new draft.
     */
    res: { draftId: string; panelOpened: boolean; reattached: boolean };
  };
  /** The reader pressed "Read in the notes panel" on a card: open the panel at these notes of this page. */
  'notes.open': { req: { ids: string[] }; res: { panelOpened: boolean } };
  /** How the reader last chose to see marks (style, kinds switched off), kept across pages. */
  'prefs.get': { req: Record<string, never>; res: DisplayPrefs };
  'prefs.set': { req: DisplayPrefs; res: null };
  /**
   * What an entity mark's name is, from Wikidata and Wikipedia (issue 11): asked when its card opens. Only the
   * mark's id comes from the page; the name and its context are the worker's own copy of the article.
   */
  'link.get': { req: { markId: number }; res: LinkReply };
  /** The card of `markId` closed (or the pointer left it): abandon its look-up. */
  'link.cancel': { req: { markId: number }; res: null };
  /** The card's offer to turn look-ups on was taken: open the settings page. All a page can make it do. */
  'settings.open': { req: Record<string, never>; res: null };
}

/** Extension page (side panel) -> worker. */
export interface PanelToBackground {
  /** Notes of the page in `tabId` (the panel's tab when null) and the pending draft. */
  'panel.state': {
    req: { tabId: number | null };
    res: {
      tabId: number | null;
      page: PageInfo | null;
      notes: Note[];
      /** How each note sits on the page's text this visit; null while Gloss has not read the page. */
      placements: NotePlacement[] | null;
      draft: Draft | null;
      focus: string[];
      /** The note that the reader's next selection in this tab moves to (armed by 'note.reattach'), if any. */
      reattaching: string | null;
      /**
       * Whether the worker may read tab addresses (the optional "tabs" permission), so it knows a
       * page's notes before Gloss is pressed there.
       */
      canSeePages: boolean;
      /** The last deleted note, while it can still be brought back ('note.undelete'). */
      undoable: { id: string; quote: string } | null;
    };
  };
  /**
   * Save a note from a draft. The panel sends the draft it was shown back in full, so a worker
   * restarted while the reader was typing loses nothing. The note takes the draft's id, so a
   * retry after a lost reply finds the stored note instead of storing a second one.
   */
  'note.create': { req: { draft: Draft; text: string }; res: Note };
  'note.update': { req: { id: string; text: string }; res: Note };
  /** Deletes a note; the worker keeps it aside so that 'note.undelete' can bring it back, same id. */
  'note.delete': { req: { id: string }; res: null };
  /** Brings the last deleted note back, with its id, text and place. */
  'note.undelete': { req: { id: string }; res: Note };
  /**
   * Arms `tabId` (null: disarms it): the reader's next selection noted there (✎ Note, the shortcut
   * or the menu) becomes note `id`'s new place, described by the worker from its own copy of the text.
   */
  'note.reattach': { req: { tabId: number; id: string | null }; res: null };
  'draft.discard': { req: { draftId: string }; res: null };
  /** Scroll the page in `tabId` to the note. */
  'note.reveal': { req: { tabId: number; id: string }; res: null };
  /** Full-text search over every note (quote, note text, page title). */
  'notes.search': { req: { query: string }; res: Note[] };
  /**
   * A note on the whole page shown in `tabId` (no selection). The panel chooses `id` when the
   * reader starts writing, so a retry after a lost reply stores one note.
   */
  'note.createPage': { req: { tabId: number; id: string; text: string }; res: Note };
  /** Every note about an entity (its group name, as `Note.entities` holds it), newest first. */
  'notes.byEntity': { req: { name: string }; res: Note[] };
  /** The entity a card's frame last asked the panel to show notes on in `tabId`, if any. */
  'panel.entity': { req: { tabId: number | null }; res: EntityView | null };
  /** Every note as one file: W3C Web Annotation JSON-LD, or Markdown (a section per article). */
  'notes.export': { req: { format: ExportFormat }; res: { text: string; fileName: string; count: number } };
  /**
   * Notes from an export file (Gloss's JSON-LD, any Web Annotation collection, Hypothesis's JSON),
   * all checked before any is stored: a file wrong anywhere is refused ('bad-request', saying where)
   * and changes nothing. A note already stored keeps the copy modified last.
   */
  'notes.import': { req: { text: string }; res: ImportSummary };
  /** How the automatic backup is set up and how it last went. */
  'backup.state': { req: Record<string, never>; res: BackupState };
  /**
   * Turns the backup on in a mode, or off. For 'folder' the panel has already stored the folder the
   * reader chose (a handle cannot cross messaging); for 'download' it has been granted `downloads`.
   */
  'backup.configure': { req: { mode: BackupMode; periodHours: number }; res: BackupState };
  /** Writes the backup now (after the reader allowed the folder again, or to check it works). */
  'backup.run': { req: Record<string, never>; res: BackupState };
}

export const EXPORT_FORMATS = ['jsonld', 'markdown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ImportSummary {
  format: ImportFormat;
  added: number;
  updated: number;
  unchanged: number;
  /** Annotations that are not notes on a page (Hypothesis replies), left out. */
  skipped: number;
}

export const BACKUP_MODES = ['off', 'folder', 'download'] as const;
/** 'folder': a folder chosen once (File System Access), rewritten after every change; 'download': a periodic download. */
export type BackupMode = (typeof BACKUP_MODES)[number];
/** Hours between periodic downloads, at most a week. */
export const MAX_BACKUP_PERIOD_HOURS = 168;

export interface BackupState {
  mode: BackupMode;
  /** The chosen folder's name (the browser does not say where it is). */
  folderName: string | null;
  periodHours: number;
  /** When the backup was last written (ms), null before the first time. */
  lastWritten: number | null;
  /** Why the last attempt failed, worded for the reader; null when it worked. */
  problem: string | null;
  /** The browser wants the reader to allow writing to the folder again (a click in the panel). */
  needsPermission: boolean;
}

/** "Notes on Anthropic" in the panel, optionally at some of them. */
export interface EntityView {
  name: string;
  focus: string[];
  /** When it was asked for: a panel applies each request once, then the reader's own choices stand. */
  asked: number;
}

/** What an entity card's frame shows: the reader's notes about the entity from other articles. */
export interface EntityMemory {
  name: string;
  noteCount: number;
  articleCount: number;
  /** Newest first, at most MAX_MEMORY_ARTICLES. */
  articles: { url: string; title: string; noteIds: string[] }[];
}

/**
 * The extension page framed inside an entity card (memory.html) -> worker. Only that frame asks:
 * the card itself is in the page's document, which must not learn which articles the reader noted.
 */
export interface FrameToBackground {
  /** The reader's notes about an entity of the frame's tab's article, from other articles only. */
  'notes.byEntity': { req: { name: string }; res: EntityMemory };
  /**
   * The reader chose one of those (`id`: open its article, with the panel at it) or all of them
   * (`id` null: the panel, showing "Notes on <name>").
   */
  'memory.open': { req: { name: string; id: string | null }; res: { panelOpened: boolean } };
}

/** What a card shows of a linked name. Text only; the image a `data:` URL the worker fetched, never a remote one. */
export interface LinkedName {
  qid: string;
  title: string;
  description: string;
  /** Plain text from Wikipedia's summary; empty when the item has no article. */
  extract: string;
  /** `data:image/…` or null: the page must not fetch from Wikimedia itself (its address would go as Referer). */
  thumbnail: string | null;
  /** The Wikipedia article (https only), or null. */
  url: string | null;
  /** The linked item's Gloss type: when it differs from the mark's, the marks were repainted with it. */
  type: EntityType;
  /** Set when the answer is from the cache because the network failed now: when it was fetched (ms). */
  asOf?: number;
}
export type LinkReply =
  | ({ state: 'linked' } & LinkedName)
  /** Wikidata has nothing this article's name confidently means. */
  | { state: 'none' }
  /** Look-ups are off ('settings'), or this is a private window ('private'), where they never happen. */
  | { state: 'off'; why: 'settings' | 'private' }
  /** The look-up failed and nothing is cached: a sentence the card can say. */
  | { state: 'failed'; reason: string };

/** Worker -> content script. */
export interface BackgroundToContent {
  /** A link corrected an entity's type: paint these marks (all of the entity's) as `kind`. */
  'marks.retype': { req: { markIds: number[]; kind: EntityType }; res: null };
  /** A note was saved (fromDraft: from the page's pending draft, whose highlight it replaces) or edited. */
  'note.added': { req: { anchor: NoteAnchor; fromDraft: boolean }; res: null };
  'note.removed': { req: { id: string }; res: null };
  /** The pending draft was discarded in the panel: drop its highlight. */
  'draft.cleared': { req: Record<string, never>; res: null };
  'note.reveal': { req: { id: string }; res: boolean };
  /** A command or the context menu asked to note the current selection. */
  'note.fromSelection': { req: Record<string, never>; res: null };
  'gloss.ping': { req: Record<string, never>; res: { active: boolean } };
}

/** Worker -> extension pages (broadcast): something the panel shows changed. */
export interface BackgroundToPanel {
  'panel.changed': { req: { tabId: number | null }; res: null };
}

export type Message<M, K extends keyof M> = M[K] extends { req: infer Q } ? { type: K; payload: Q } : never;
export type Req<M, K extends keyof M> = M[K] extends { req: infer Q } ? Q : never;
export type Res<M, K extends keyof M> = M[K] extends { res: infer S } ? S : never;

// ---------------------------------------------------------------------------------------------
// Checkers: each returns the value typed, or a string saying what is wrong.

export type Check<T> = (x: unknown, path: string) => T | CheckFailure;
export class CheckFailure {
  constructor(readonly message: string) {}
}
const fail = (path: string, what: string) => new CheckFailure(`${path}: expected ${what}`);

/**
 * Article texts above this are refused. The longest real long-reads are ~150,000 characters;
 * beyond this a page is more likely an attack on the shared worker than an article.
 */
export const MAX_TEXT = 500_000;
/** At most this many marks are painted and listed (a CSS Highlight of ~120,000 ranges fails). */
export const MAX_MARKS = 20_000;
/** Note ids a card may ask the panel to show at once. */
export const MAX_NOTE_IDS = 100;
export const MAX_NOTE = 100_000;
/** An entity's name as the card gives it; longer names are not names. */
export const MAX_ENTITY_NAME = 300;
/** Articles an entity's frame lists (the counts cover all). */
export const MAX_MEMORY_ARTICLES = 20;

const str =
  (max = 10_000): Check<string> =>
  (x, p) =>
    typeof x === 'string' && x.length <= max ? x : fail(p, `a string of at most ${max} characters`);
export const int =
  (min = 0, max = Number.MAX_SAFE_INTEGER): Check<number> =>
  (x, p) =>
    Number.isSafeInteger(x) && (x as number) >= min && (x as number) <= max ? (x as number) : fail(p, `an integer in [${min}, ${max}]`);
const bool: Check<boolean> = (x, p) => (typeof x === 'boolean' ? x : fail(p, 'true or false'));
const nullable =
  <T>(c: Check<T>): Check<T | null> =>
  (x, p) =>
    x === null ? null : c(x, p);
/** An optional key: absent (or undefined) passes and stays absent. */
const optional =
  <T>(c: Check<T>): Check<T | undefined> =>
  (x, p) =>
    x === undefined ? undefined : c(x, p);
const oneOf =
  <T extends string>(...vals: T[]): Check<T> =>
  (x, p) =>
    vals.includes(x as T) ? (x as T) : fail(p, `one of ${vals.join(', ')}`);
export const list =
  <T>(item: Check<T>, max: number): Check<T[]> =>
  (x, p) => {
    if (!Array.isArray(x) || x.length > max) return fail(p, `a list of at most ${max} items`);
    const out: T[] = [];
    for (let i = 0; i < x.length; i++) {
      const v = item(x[i], `${p}[${i}]`);
      if (v instanceof CheckFailure) return v;
      out.push(v);
    }
    return out;
  };
export function obj<T extends object>(shape: { [K in keyof T]: Check<T[K]> }): Check<T> {
  return (x, p) => {
    if (typeof x !== 'object' || x === null || Array.isArray(x)) return fail(p, 'an object');
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      const check = shape[key as keyof T] as Check<unknown>;
      const v = check((x as Record<string, unknown>)[key], `${p}.${key}`);
      if (v instanceof CheckFailure) return v;
      if (v !== undefined) out[key] = v;
    }
    // Unknown keys are dropped rather than passed on.
    return out as T;
  };
}

const quote = obj<TextQuoteSelector>({
  type: oneOf('TextQuoteSelector'),
  exact: str(MAX_NOTE),
  prefix: str(200),
  suffix: str(200),
});
const position = obj<TextPositionSelector>({
  type: oneOf('TextPositionSelector'),
  start: int(),
  end: int(),
});
export const noteSelector: Check<NoteSelector> = (x, p) => {
  if (!Array.isArray(x) || x.length !== 2) return fail(p, 'a [TextQuoteSelector, TextPositionSelector] pair');
  const q = quote(x[0], `${p}[0]`);
  if (q instanceof CheckFailure) return q;
  const s = position(x[1], `${p}[1]`);
  if (s instanceof CheckFailure) return s;
  if (q.exact.length === 0 || s.end <= s.start) return fail(p, 'a non-empty selection');
  return [q, s];
};

const empty = obj<Record<string, never>>({});

export const displayPrefs: Check<DisplayPrefs> = obj<DisplayPrefs>({
  style: oneOf(...MARK_STYLES),
  hidden: list(oneOf(...MARK_KINDS), MARK_KINDS.length),
});

export const contentRequests: { [K in keyof ContentToBackground]: Check<Req<ContentToBackground, K>> } = {
  'page.analyze': obj({ canonical: nullable(str(8192)), og: nullable(str(8192)), title: str(2000), text: str(MAX_TEXT) }),
  'page.preview': obj({ text: str(MAX_PREVIEW_CHARS), offset: int(0, MAX_TEXT) }),
  'page.status': obj({ state: oneOf('on', 'off', 'error'), message: str(500) }),
  'card.get': obj({ markId: int() }),
  'note.draft': obj({ start: int(0, MAX_TEXT), end: int(0, MAX_TEXT) }),
  'notes.open': obj({ ids: list(str(100), MAX_NOTE_IDS) }),
  'prefs.get': empty,
  'prefs.set': displayPrefs,
  'link.get': obj({ markId: int() }),
  'link.cancel': obj({ markId: int() }),
  'settings.open': empty,
};

export const panelRequests: { [K in keyof PanelToBackground]: Check<Req<PanelToBackground, K>> } = {
  'panel.state': obj({ tabId: nullable(int()) }),
  'note.create': obj({
    draft: obj<Draft>({
      id: str(100),
      tabId: int(),
      url: str(8192),
      title: str(2000),
      selector: noteSelector,
      created: int(),
    }),
    text: str(MAX_NOTE),
  }),
  'note.update': obj({ id: str(100), text: str(MAX_NOTE) }),
  'note.delete': obj({ id: str(100) }),
  'note.undelete': obj({ id: str(100) }),
  'note.reattach': obj({ tabId: int(), id: nullable(str(100)) }),
  'draft.discard': obj({ draftId: str(100) }),
  'note.reveal': obj({ tabId: int(), id: str(100) }),
  'notes.search': obj({ query: str(500) }),
  'note.createPage': obj({ tabId: int(), id: str(100), text: str(MAX_NOTE) }),
  'notes.byEntity': obj({ name: str(MAX_ENTITY_NAME) }),
  'panel.entity': obj({ tabId: nullable(int()) }),
  'notes.export': obj({ format: oneOf(...EXPORT_FORMATS) }),
  'notes.import': obj({ text: str(MAX_IMPORT_CHARS) }),
  'backup.state': empty,
  'backup.configure': obj({ mode: oneOf(...BACKUP_MODES), periodHours: int(1, MAX_BACKUP_PERIOD_HOURS) }),
  'backup.run': empty,
};

export const frameRequests: { [K in keyof FrameToBackground]: Check<Req<FrameToBackground, K>> } = {
  'notes.byEntity': obj({ name: str(MAX_ENTITY_NAME) }),
  'memory.open': obj({ name: str(MAX_ENTITY_NAME), id: nullable(str(100)) }),
};

/** Figures changed in one quote, at most (a quote is a sentence or a few). */
export const MAX_FIGURE_CHANGES = 100;
/** Characters of one changed figure's text, at most ("$10 billion"; a range is longer, never this long). */
export const MAX_FIGURE_TEXT = 200;
const figureChange = obj<FigureChange>({ was: str(MAX_FIGURE_TEXT), now: str(MAX_FIGURE_TEXT) });

export const contentMessages: { [K in keyof BackgroundToContent]: Check<Req<BackgroundToContent, K>> } = {
  'marks.retype': obj({ markIds: list(int(), MAX_MARKS), kind: oneOf(...ENTITY_TYPES) }),
  'note.added': obj({
    anchor: obj<NoteAnchor>({
      id: str(100),
      start: int(0, MAX_TEXT),
      end: int(0, MAX_TEXT),
      changes: optional(list(figureChange, MAX_FIGURE_CHANGES)),
    }),
    fromDraft: bool,
  }),
  'note.removed': obj({ id: str(100) }),
  'draft.cleared': empty,
  'note.reveal': obj({ id: str(100) }),
  'note.fromSelection': empty,
  'gloss.ping': empty,
};

export const panelMessages: { [K in keyof BackgroundToPanel]: Check<Req<BackgroundToPanel, K>> } = {
  'panel.changed': obj({ tabId: nullable(int()) }),
};

/**
 * Splits an incoming message into its type and checked payload, or says why it is refused.
 * `table` is the set of messages this receiver accepts.
 */
export function parseMessage<T extends { [type: string]: Check<unknown> }>(
  table: T,
  raw: unknown,
): { type: keyof T & string; payload: unknown } | CheckFailure {
  if (typeof raw !== 'object' || raw === null) return new CheckFailure('message: expected an object');
  const { type, payload } = raw as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(table, type)) {
    return new CheckFailure(`message: unknown type ${JSON.stringify(String(type)).slice(0, 60)}`);
  }
  const value = table[type]!(payload, type);
  if (value instanceof CheckFailure) return value;
  return { type, payload: value };
}
