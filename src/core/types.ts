// Data shared by every context (page, worker, panel, CLI). Plain, structured-cloneable
// objects only: these cross extension messaging and are written to IndexedDB.
import type { Fact } from './facts/types';

export const ENTITY_TYPES = ['person', 'organization', 'place', 'product', 'other'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const FIGURE_KINDS = ['money', 'percent', 'count', 'quantity', 'date', 'duration', 'fraction'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/**
 * A unit named with no amount ("mcg", "per gramme", "the dollar"). Not a figure: it has no value. It gets a
 * mark of its own so the card can say what the unit is, which is where an unfamiliar symbol loses a reader.
 */
const UNIT_KIND = 'unit';
export type UnitKind = typeof UNIT_KIND;

export type MarkKind = EntityType | FigureKind | UnitKind;
export const MARK_KINDS: readonly MarkKind[] = [...ENTITY_TYPES, ...FIGURE_KINDS, UNIT_KIND];

/**
 * How marks look, remembered across pages. `quiet` underlines every mark in its kind's colour and fills only
 * the mark under the pointer or the keyboard, so a whole article stays readable; `full` fills every mark.
 */
export const MARK_STYLES = ['quiet', 'full'] as const;
export type MarkStyle = (typeof MARK_STYLES)[number];
export interface DisplayPrefs {
  style: MarkStyle;
  /** Kinds the reader switched off in the legend. */
  hidden: MarkKind[];
}
export const DEFAULT_DISPLAY: DisplayPrefs = { style: 'quiet', hidden: [] };

/** A named thing in the article text. Offsets are UTF-16 code units into the article text. */
export interface EntityMention {
  text: string;
  type: EntityType;
  start: number;
  end: number;
  /**
   * The full name this mention refers to inside the article ("Suleyman" -> "Mustafa Suleyman").
   * Mentions with the same `name` are the same entity for fact cards.
   */
  name: string;
}

/**
 * A number the article states. `value` is normalized: money in units of `unit` (ISO 4217),
 * percent as the number before the % sign, dates as a year (number) or an ISO 8601 date string,
 * durations in `unit` (year, month, week, day, hour, minute, second).
 */
export interface FigureMention {
  text: string;
  kind: FigureKind;
  value: number | string;
  /** Upper bound of a range ("43 to 50 gigawatts"): `value` is then the lower bound. */
  valueMax?: number | string;
  unit?: string;
  start: number;
  end: number;
}

/** A bare unit name. `unit` is an ISO 4217 code (`measure` 'money') or a unit symbol as figures use it. */
export interface UnitMention {
  text: string;
  measure: 'money' | 'quantity';
  unit: string;
  start: number;
  end: number;
}

export interface Recognition {
  entities: EntityMention[];
  figures: FigureMention[];
  units: UnitMention[];
}

/** The one interface recognition is reached through; the implementation can change behind it. */
export interface Recognizer {
  recognize(text: string): Recognition;
}

/** W3C Web Annotation selectors on the article text (https://www.w3.org/TR/annotation-model/#selectors). */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}
export type Selector = TextQuoteSelector | TextPositionSelector;

/**
 * Where a note points: the page (canonical URL) and the article text it quotes; no selector for a
 * note on the whole page.
 */
export interface NoteTarget {
  source: string;
  selector: [TextQuoteSelector, TextPositionSelector] | null;
}

/** A reader's note, as stored (Web Annotation shaped). Lives only in the extension's origin. */
export interface Note {
  id: string;
  /** The page's URL when the note was written, normalized (no fragment, no tracking parameters). */
  url: string;
  /**
   * Every normalized URL the note's page was seen under (page URL, same-site canonical, og:url),
   * `url` included: a page is found by any of them, so a canonical link that appears later hides nothing.
   */
  urls: string[];
  title: string;
  target: NoteTarget;
  text: string;
  /** Lower case, without the '#'. */
  tags: string[];
  /** The names of the article's entities the quote mentions, so a note follows an entity across articles. */
  entities: string[];
  created: number;
  modified: number;
}

/** A number inside a note's quote that the publisher has since changed ("$10 billion" -> "$12 billion"). */
export interface FigureChange {
  was: string;
  now: string;
}

/** How a note sits on this visit's text: where it is, re-attached with a changed figure, or not found. */
export type NotePlacement =
  { id: string; state: 'placed' } | { id: string; state: 'changed'; changes: FigureChange[] } | { id: string; state: 'orphan' };

/**
 * What the page is allowed to know about a note: where it is, never a word of what it says. The
 * page can read any text put in its document (shadow roots included), so note text stays in the
 * notes panel, an extension page.
 */
export interface NoteAnchor {
  id: string;
  /** Where the worker re-anchored the note in this visit's article text. */
  start: number;
  end: number;
  /**
   * Figures of the quote the publisher changed since. The old figures were the page's own text,
   * so the card may say "figure changed: was $10 billion"; the note's words never come here.
   */
  changes?: FigureChange[];
}

/** A mark the worker found, addressed by id in later card requests. */
export interface Mark {
  id: number;
  kind: MarkKind;
  start: number;
  end: number;
}

export interface MentionLink {
  markId: number;
  start: number;
  end: number;
  /** A few words around the mention. */
  context: string;
}

export interface EntityCard {
  kind: 'entity';
  name: string;
  type: EntityType;
  /** The first mentions, in article order (at most 12; a card is small whatever the page). */
  mentions: MentionLink[];
  /** How many mentions there are in all. */
  mentionCount: number;
  firstSentence: string;
  /** The first figures in sentences that mention it (at most 8). */
  figures: { markId: number; text: string; kind: FigureKind }[];
  /** How many figures those sentences hold in all. */
  figureCount: number;
  /** The names it appears with most often (at most 5). */
  related: { name: string; type: EntityType; count: number }[];
  /** What the name is, from the tables Gloss ships (a place, a country, a US-listed company); null when unknown or ambiguous. */
  facts: Fact | null;
  notes: NoteAnchor[];
}

export interface FigureComparison {
  markId: number;
  text: string;
  /** value of the hovered figure / value of this one. */
  ratio: number;
  /** 1-based paragraph number. */
  paragraph: number;
  phrase: string;
}

export interface FigureCard {
  kind: 'figure';
  text: string;
  figureKind: FigureKind;
  /** "$500 billion = 500,000,000,000 USD" */
  normalized: string;
  /** What it counts or prices, as the sentence says ("new customers"); null when the sentence does not say. */
  measure: string | null;
  /** Whose figure it is (an entity's name), when the sentence says so. */
  about: string | null;
  /** The two in words: "12,000 — new customers of Lambda"; null when the sentence says neither. */
  says: string | null;
  /** The figures of the same measure, the nearest in the article first (at most 3). */
  comparisons: FigureComparison[];
  /** How many figures it could be compared with in all. */
  comparisonCount: number;
  notes: NoteAnchor[];
}

export interface UnitCard {
  kind: 'unit';
  text: string;
  /** The unit as Gloss writes it ("µg", "USD"). */
  unit: string;
  /** "microgram"; the symbol itself when Gloss has no entry for it. */
  name: string;
  /** "mass", "currency"; null when unknown. */
  measures: string | null;
  /** "1 µg = 0.000001 g (a millionth of a gram)"; null when nothing useful can be said offline. */
  definition: string | null;
  /**
   * The article's figures in this unit, then those in other units of the same measure, each in
   * article order (at most 8).
   */
  figures: { markId: number; text: string }[];
  /** How many figures of this measure there are in all. */
  figureCount: number;
  /** Other bare mentions of the same unit. */
  mentions: number;
  notes: NoteAnchor[];
}

export type Card = EntityCard | FigureCard | UnitCard;
