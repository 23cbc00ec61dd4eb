// Keeping node identity across Readability: the live page and its clone are walked in step so every
// cloned Text node knows its live twin, and Readability's retry (which re-parses the body) is served
// from a snapshot so the chain survives. Separate because it is the one place that knows how
// Readability resets the DOM it is given.

import { ELEMENT_NODE, TEXT_NODE, nameOf } from './dom';
import { SKIP } from './text-rules';

/**
 * Walks `live` and its deep clone in step: appends the live Text nodes (document order, outside
 * SKIP elements) to `liveTexts` and maps each clone Text node to its twin's index there. With
 * `twin`, `live` is itself an earlier copy and `twin` gives its nodes' indexes (chaining copies).
 * If the trees ever differ, pairing stops there and the rest is left to text alignment.
 */
export function pairTrees(
  live: Node,
  clone: Node,
  liveTexts: Text[] | null,
  toLive: Map<Node, number>,
  twin?: (n: Node) => number | undefined,
): void {
  let a: Node | null = live;
  let b: Node | null = clone;
  while (a) {
    let descend = false;
    if (a.nodeType === TEXT_NODE) {
      const idx = twin ? twin(a) : liveTexts!.push(a as Text) - 1;
      if (b && b.nodeType === TEXT_NODE && idx !== undefined) toLive.set(b, idx);
    } else if (a.nodeType !== ELEMENT_NODE || !SKIP.has(nameOf(a))) {
      descend = a.firstChild !== null;
    }
    if (b && (b.nodeType !== a.nodeType || (a.nodeType === ELEMENT_NODE && nameOf(a) !== nameOf(b)))) b = null;
    if (descend) {
      a = a.firstChild;
      b = b ? b.firstChild : null;
      continue;
    }
    while (a && a !== live && !a.nextSibling) {
      a = a.parentNode;
      b = b ? b.parentNode : null;
    }
    if (!a || a === live) break;
    a = a.nextSibling;
    b = b ? b.nextSibling : null;
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
 * When its first pass finds under 500 characters, Readability restores the page with
 * `body.innerHTML = cachedHtml` and tries again: a re-parse, so every Text node is new and the
 * in-step map would lose the whole article. We serve that cache from a DOM snapshot instead and
 * restore by cloning the snapshot in step, which keeps the chain new node -> snapshot -> live.
 */
export function keepIdentityAcrossReset(body: HTMLElement, toLive: Map<Node, number>): void {
  const desc = findAccessor(body, 'innerHTML');
  if (!desc?.get || !desc.set) return;
  const get = desc.get;
  const set = desc.set;
  let snapshot: Node | null = null;
  let cached: string | null = null;
  const snapToLive = new Map<Node, number>();
  const own: PropertyDescriptor = {
    configurable: true,
    get(this: HTMLElement) {
      const html = get.call(this) as string;
      snapshot = this.cloneNode(true);
      snapToLive.clear();
      pairTrees(this, snapshot, null, snapToLive, (n) => toLive.get(n));
      cached = html;
      return html;
    },
    set(this: HTMLElement, html: string) {
      if (!snapshot || html !== cached) {
        set.call(this, html);
        return;
      }
      const fresh = snapshot.cloneNode(true);
      pairTrees(snapshot, fresh, null, toLive, (n) => snapToLive.get(n));
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
