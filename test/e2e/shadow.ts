// Reading and pressing Gloss's in-page UI the way a reader meets it. The UI lives in a *closed*
// shadow root, which page scripts (and so Playwright's selectors) cannot enter; DevTools can, so
// these helpers go through CDP's DOM domain with `pierce: true`.
import type { CDPSession, Page } from 'playwright-core';

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

const sessions = new WeakMap<Page, CDPSession>();
async function cdp(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = await page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

function* walk(n: DomNode): Generator<DomNode> {
  yield n;
  for (const c of n.shadowRoots ?? []) yield* walk(c);
  for (const c of n.children ?? []) yield* walk(c);
}

function textOf(n: DomNode): string {
  let out = '';
  for (const d of walk(n)) if (d.nodeType === 3 && d.nodeName !== 'STYLE') out += d.nodeValue;
  return out;
}

async function glossRoot(page: Page): Promise<DomNode | null> {
  const { root } = (await (await cdp(page)).send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  // The host is a plain element marked with HOST_ATTRIBUTE (src/content/ui.tsx).
  for (const n of walk(root)) if (n.nodeType === 1 && (n.attributes ?? []).some((a, i) => i % 2 === 0 && a === 'data-gloss-ui')) return n;
  return null;
}

/**
 * Every element of Gloss's UI with a given class (e.g. 'card', 'legend', 'notice'), as the text a
 * reader sees (innerText: CDP's DOM tree drops whitespace-only text nodes, so it cannot be used
 * to read text).
 */
export async function uiTexts(page: Page, cls: string): Promise<string[]> {
  const root = await glossRoot(page);
  if (!root) return [];
  const session = await cdp(page);
  const out: string[] = [];
  for (const n of walk(root)) {
    if (n.nodeType !== 1) continue;
    const attrs = n.attributes ?? [];
    const i = attrs.indexOf('class');
    if (i < 0 || !attrs[i + 1]!.split(/\s+/).includes(cls)) continue;
    const { object } = (await session.send('DOM.resolveNode', { backendNodeId: n.backendNodeId })) as { object: { objectId: string } };
    const { result } = (await session.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function () { return this.innerText; }',
      returnByValue: true,
    })) as { result: { value: string } };
    out.push(String(result.value).replace(/\s+/g, ' ').trim());
  }
  return out;
}

/** Is Gloss's host element in the page at all? */
export async function hasUi(page: Page): Promise<boolean> {
  return (await glossRoot(page)) !== null;
}

/** Waits until an element of class `cls` contains `text` (string or pattern); returns its text. */
export async function waitForUiText(page: Page, cls: string, text: string | RegExp, timeout = 10_000): Promise<string> {
  const end = Date.now() + timeout;
  let seen: string[] = [];
  while (Date.now() < end) {
    seen = await uiTexts(page, cls);
    const hit = seen.find((t) => (typeof text === 'string' ? t.includes(text) : text.test(t)));
    if (hit !== undefined) return hit;
    await page.waitForTimeout(150);
  }
  throw new Error(`no .${cls} with ${String(text)} within ${timeout} ms; saw ${JSON.stringify(seen)}`);
}

/** Clicks, with the real mouse, the first button (or labelled checkbox) in Gloss's UI whose text contains `label`. */
export async function clickUiButton(page: Page, label: string | RegExp): Promise<void> {
  const root = await glossRoot(page);
  if (!root) throw new Error('Gloss UI is not in the page');
  const button = [...walk(root)].find(
    (n) =>
      (n.nodeName === 'BUTTON' || n.nodeName === 'LABEL') &&
      (typeof label === 'string' ? textOf(n).includes(label) : label.test(textOf(n))),
  );
  if (!button) throw new Error(`no Gloss button ${String(label)}`);
  const box = (await (await cdp(page)).send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as {
    model: { content: number[] };
  };
  const q = box.model.content;
  const x = (q[0]! + q[2]! + q[4]! + q[6]!) / 4;
  const y = (q[1]! + q[3]! + q[5]! + q[7]!) / 4;
  await page.mouse.click(x, y);
}

/** True when Gloss's card is shown and has not moved across two painted frames (it follows its mark on scroll). */
export async function cardSettled(page: Page): Promise<boolean> {
  const before = await uiBox(page, 'card');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const after = await uiBox(page, 'card');
  return before !== null && after !== null && before.x === after.x && before.y === after.y;
}

/** Viewport box of the first element of Gloss's UI with class `cls`, or null. */
export async function uiBox(page: Page, cls: string): Promise<{ x: number; y: number; width: number; height: number } | null> {
  const root = await glossRoot(page);
  if (!root) return null;
  for (const n of walk(root)) {
    const attrs = n.attributes ?? [];
    const i = attrs.indexOf('class');
    if (n.nodeType !== 1 || i < 0 || !attrs[i + 1]!.split(/\s+/).includes(cls)) continue;
    const { model } = (await (await cdp(page)).send('DOM.getBoxModel', { backendNodeId: n.backendNodeId })) as {
      model: { border: number[] };
    };
    const xs = [model.border[0]!, model.border[2]!, model.border[4]!, model.border[6]!];
    const ys = [model.border[1]!, model.border[3]!, model.border[5]!, model.border[7]!];
    return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
  }
  return null;
}

/** An attribute of the first element of Gloss's UI with class `cls` (e.g. a frame's src), or null. */
export async function uiAttribute(page: Page, cls: string, name: string): Promise<string | null> {
  const root = await glossRoot(page);
  for (const n of root ? walk(root) : []) {
    const attrs = n.attributes ?? [];
    const i = attrs.indexOf('class');
    if (n.nodeType !== 1 || i < 0 || !attrs[i + 1]!.split(/\s+/).includes(cls)) continue;
    const at = attrs.findIndex((a, k) => k % 2 === 0 && a === name);
    return at < 0 ? null : attrs[at + 1]!;
  }
  return null;
}

/** A computed style property of the first element of Gloss's UI with class `cls` (e.g. its 'color'), or null. */
export async function uiStyle(page: Page, cls: string, property: string): Promise<string | null> {
  const root = await glossRoot(page);
  const session = await cdp(page);
  for (const n of root ? walk(root) : []) {
    const attrs = n.attributes ?? [];
    const i = attrs.indexOf('class');
    if (n.nodeType !== 1 || i < 0 || !attrs[i + 1]!.split(/\s+/).includes(cls)) continue;
    const { object } = (await session.send('DOM.resolveNode', { backendNodeId: n.backendNodeId })) as { object: { objectId: string } };
    const { result } = (await session.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function (p) { return getComputedStyle(this).getPropertyValue(p); }',
      arguments: [{ value: property }],
      returnByValue: true,
    })) as { result: { value: string } };
    return result.value;
  }
  return null;
}
