// Keeping node identity across Readability: every cloned Text node is tagged with the index of its
// live twin, and Readability's retry (which re-parses the body) is served from a snapshot so the
// tags survive. Separate because it is the one place that knows how Readability resets the DOM it is
// given.
//
// The tags are properties on the clone's nodes (no Map to look up per node), and no mark of ours is
// ever put on a live node: the page can read anything it can reach on its own DOM. The walks are
// native TreeWalkers over Text nodes only, in step over a tree and its exact copy.

import { SKIP } from './text-rules';

/** Text nodes only (NodeFilter.SHOW_TEXT; Node.js has no global NodeFilter). */
const SHOW_TEXT = 4;
/** The tag on a cloned Text node: its live twin's index in the list `pairTrees` returns (or why it has none). */
const LIVE = Symbol('live twin');
/**
 * The tags of cloned Text nodes with no live twin to read: the text of a SKIP element (counted in the
 * page's size unless its parent is an HTML script, style, noscript or template, as `readable`
 * says), and text Readability made up (untagged).
 */
const NO_TWIN = -1;
const NO_TWIN_UNCOUNTED = -2;
/** No tag at all, in a list of tags (`readTags`). */
const UNTAGGED = -3;
type Tagged = Text & { [LIVE]?: number };

const SKIP_SELECTOR = [...SKIP].join(',');
/** Parents whose text is no readable text of the page's size (`nodeName`: HTML elements only). */
const UNCOUNTED_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The index of a cloned Text node's live twin in `pairTrees`'s list, or -1 (made up by Readability, or SKIP text). */
export function liveIndexOf(t: Text): number {
  const index = (t as Tagged)[LIVE];
  return index === undefined || index < 0 ? NO_TWIN : index;
}

export interface Paired {
  /** The live Text nodes outside SKIP elements, in document order (while `chars` is within the limit). */
  liveTexts: Text[];
  /** Characters of the page's text outside HTML scripts, styles, noscripts and templates. */
  chars: number;
}

/**
 * Pairs `live` with `clone`, its deep copy, in one walk that also measures the page: lists the live
 * Text nodes outside SKIP elements in document order, tags each cloned Text node with its twin's
 * index there, and counts the page's characters. Past `charLimit` characters the page will be
 * refused: the walk only counts (the message says how long the page is).
 */
export function pairTrees(live: Element, clone: Element, charLimit: number): Paired {
  // SKIP elements are few: their text is tagged first, so the walk in step needs no test of ancestors.
  for (const el of clone.querySelectorAll(SKIP_SELECTOR)) {
    const inside = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
    for (let t = inside.nextNode() as Tagged | null; t; t = inside.nextNode() as Tagged | null) {
      t[LIVE] = UNCOUNTED_PARENTS.has(t.parentNode!.nodeName) ? NO_TWIN_UNCOUNTED : NO_TWIN;
    }
  }
  const liveTexts: Text[] = [];
  let chars = 0;
  const a = live.ownerDocument.createTreeWalker(live, SHOW_TEXT);
  const b = clone.ownerDocument.createTreeWalker(clone, SHOW_TEXT);
  for (let t = a.nextNode(), twin = b.nextNode() as Tagged | null; t && twin; t = a.nextNode(), twin = b.nextNode() as Tagged | null) {
    const tag = twin[LIVE];
    if (tag === NO_TWIN_UNCOUNTED) continue;
    chars += twin.data.length;
    if (tag === undefined && chars <= charLimit) twin[LIVE] = liveTexts.push(t as Text) - 1;
  }
  return { liveTexts, chars };
}

/** The tags of `root`'s Text nodes in document order (`UNTAGGED` for none): read on the nodes that have them already. */
function readTags(root: Element): number[] {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  const tags: number[] = [];
  for (let t = walker.nextNode() as Tagged | null; t; t = walker.nextNode() as Tagged | null) tags.push(t[LIVE] ?? UNTAGGED);
  return tags;
}

/** Puts `tags` (from `readTags` on a tree `root` is a copy of) on `root`'s Text nodes. */
function writeTags(root: Element, tags: number[]): void {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  let k = 0;
  for (let t = walker.nextNode() as Tagged | null; t && k < tags.length; t = walker.nextNode() as Tagged | null) {
    const tag = tags[k++]!;
    if (tag !== UNTAGGED) t[LIVE] = tag;
  }
}

function findAccessor(obj: object, prop: string): PropertyDescriptor | undefined {
  for (let p: object | null = obj; p; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, prop);
    if (d) return d;
  }
  return undefined;
}

/**
 * What the clone's body gives for `innerHTML`: Readability reads it once, only to hand it back when it
 * restores the page, so a token stands for the markup and the body is never serialized.
 */
const SNAPSHOT_TOKEN = '<!-- Gloss: the body as it was, kept as a snapshot -->';

/**
 * When its first pass finds under 500 characters, Readability restores the page with
 * `body.innerHTML = cachedHtml` and tries again: a re-parse, so every Text node is new and untagged,
 * and the whole article would lose its live twins. We serve that cache from a DOM snapshot instead
 * and restore by copying the snapshot and putting the tags its nodes had back on the copy.
 */
export function keepIdentityAcrossReset(body: HTMLElement): void {
  const desc = findAccessor(body, 'innerHTML');
  if (!desc?.set) return;
  const set = desc.set;
  let snapshot: Element | null = null;
  let tags: number[] = [];
  const own: PropertyDescriptor = {
    configurable: true,
    get(this: HTMLElement) {
      // A native copy, and the tags read off the body's own nodes: the copy's are put on only if
      // Readability restores the page, which most pages never need.
      snapshot = this.cloneNode(true) as Element;
      tags = readTags(this);
      return SNAPSHOT_TOKEN;
    },
    set(this: HTMLElement, html: string) {
      if (!snapshot || html !== SNAPSHOT_TOKEN) {
        set.call(this, html);
        return;
      }
      const fresh = snapshot.cloneNode(true) as Element;
      writeTags(fresh, tags);
      while (this.firstChild) this.removeChild(this.firstChild);
      while (fresh.firstChild) this.appendChild(fresh.firstChild);
    },
  };
  try {
    Object.defineProperty(body, 'innerHTML', own);
  } catch {
    // An engine may refuse expando accessors on wrapped DOM objects (e.g. Firefox Xrays): text
    // alignment then maps the re-parsed nodes instead.
  }
}
