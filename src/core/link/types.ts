// What linking a name to Wikidata works with: search hits and entity facts as the client reads them from
// Wikidata's answers, the candidates the scorer weighs, and what it decides. Plain data, so the worker can keep
// it in IndexedDB and the CLI in memory.

import type { EntityType } from '../types';

/**
 * The relations the scorer reads, each a Wikidata property whose value is another item: P159 headquarters,
 * P178 developer, P176 manufacturer, P127 owned by, P749 parent organization, P17 country, P108 employer,
 * P112 founded by, P36 capital, P54 member of sports team, P463 member of, P361 part of. An article naming
 * the target ("Google" beside "Gemini") is the strongest sign of which item a name means.
 */
export const RELATIONS = ['P159', 'P178', 'P176', 'P127', 'P749', 'P17', 'P108', 'P112', 'P36', 'P54', 'P463', 'P361'] as const;
export type Relation = (typeof RELATIONS)[number];

/** One result of `wbsearchentities`, in Wikidata's order (its ranking weighs how much an item is used). */
export interface SearchHit {
  id: string;
  label: string;
  description: string;
  /** What matched the searched name: the label or one of the aliases. */
  match: 'label' | 'alias' | 'other';
  aliases: string[];
}

/** What `wbgetentities` says of one item, reduced to what the scorer and the card use. */
export interface EntityFacts {
  id: string;
  label: string;
  description: string;
  /** Instance-of (P31) classes. */
  instanceOf: string[];
  /** Item-valued relations, by property. */
  relations: Partial<Record<Relation, string[]>>;
  /** The English Wikipedia article's title, or null when there is none. */
  enwiki: string | null;
  /** Sitelinks in the answer: with `sitefilter=enwiki` at most 1; more when a server sends them all. */
  sitelinks: number;
}

/** A search hit with its facts and the labels of the items its relations point to. */
export interface Candidate {
  hit: SearchHit;
  /** Position in Wikidata's search results, from 0. */
  rank: number;
  facts: EntityFacts | null;
  /** Label of each relation target the answer named (qid → English label). */
  targetLabels: Record<string, string>;
}

/** What the article says around a name: all the scorer may use, and none of it ever leaves the machine. */
export interface LinkContext {
  /** The name as the card gives it (the article's fullest form). */
  name: string;
  /** The recognizer's type. */
  type: EntityType;
  /** The article's words, lower-cased. */
  words: ReadonlySet<string>;
  /** The article's other names (card names). */
  otherNames: readonly string[];
}

/** A confident link. `type` is the Gloss type of the linked item (it corrects the mark when it differs). */
export interface Link {
  qid: string;
  /** The English Wikipedia title, or the Wikidata label when there is no article. */
  title: string;
  description: string;
  /** Whether the item has an English Wikipedia article (a summary can be asked for). */
  hasArticle: boolean;
  type: EntityType;
  score: number;
}

/** What Wikipedia's `page/summary` gives a card, cleaned: plain text only, an image only from Wikimedia's host. */
export interface PageSummary {
  title: string;
  description: string;
  /** Plain text, no markup, at most `MAX_EXTRACT` characters. */
  extract: string;
  thumbnail: { source: string; width: number; height: number } | null;
  /** The article on Wikipedia, or null when the answer named no https Wikipedia page. */
  pageUrl: string | null;
}

/** Why a look-up gave nothing, in words a card can use. */
export type LinkFailureReason =
  | 'busy' // 429 with a wait longer than we hold a card open for
  | 'timeout' // no answer within the time limit
  | 'server' // 5xx or an API error
  | 'malformed' // not JSON, or JSON of another shape
  | 'redirect' // sent to another host
  | 'network' // offline, refused, DNS
  | 'aborted'; // the caller gave up (the pointer left)

export interface LinkFailure {
  reason: LinkFailureReason;
  message: string;
  /** For `busy`: when asking again makes sense (ms since epoch). */
  retryAt?: number;
}

export type Fetched<T> = { ok: true; value: T } | { ok: false; failure: LinkFailure };
