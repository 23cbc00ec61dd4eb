// What the hostile-page tests share: pages written on the fly (the page's own script is the
// attacker), served from a temporary folder, and the probes such a page would run.
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { startServer, type StaticServer } from '../harness';

export const ARTICLE = join(__dirname, '../../fixtures/article.html');

/** A folder of generated pages and servers over it: each server is another origin (another port). */
export interface HostileSite {
  dir: string;
  write(path: string, html: string): Promise<void>;
  /** A new origin serving the folder. */
  origin(): Promise<StaticServer>;
  close(): Promise<void>;
}

export async function hostileSite(): Promise<HostileSite> {
  const dir = await mkdtemp(join(tmpdir(), 'gloss-hostile-'));
  const servers: StaticServer[] = [];
  return {
    dir,
    async write(path, html) {
      const file = join(dir, path);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, html);
    },
    async origin() {
      const s = await startServer(dir);
      servers.push(s);
      return s;
    },
    async close() {
      await Promise.all(servers.map((s) => s.close()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The news fixture with `head` (scripts, links) inserted first in its <head>, and its own canonical link removed. */
export async function articleWith(head: string): Promise<string> {
  const html = await readFile(ARTICLE, 'utf8');
  return html.replace(/<link rel="canonical"[^>]*>\n?/, '').replace('<head>', `<head>\n${head}`);
}

/** A page of one article whose paragraphs are `paragraphs` (already escaped). */
export function plainArticle(title: string, ...paragraphs: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
}

/**
 * The attacker's script, run before Gloss: it defines custom elements under names a UI host might
 * use and keeps their ElementInternals (attachInternals hands over even a closed shadow root),
 * watches every element added to <html>, and offers the text-reading tricks that reach into
 * closed shadow roots (window.find, Selection.modify). `window.__probe` is what tests call.
 */
export const PROBE_SCRIPT = `<script>
(() => {
  const internals = [];
  const hosts = [];
  for (const name of ['gloss-root', 'gloss-ui', 'gloss-host', 'gloss-card', 'gloss-app', 'gloss-overlay']) {
    customElements.define(name, class extends HTMLElement {
      constructor() { super(); try { internals.push(this.attachInternals()); } catch (e) {} }
    });
  }
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1) hosts.push(n);
  }).observe(document.documentElement, { childList: true });
  const sel = () => getSelection();
  window.__probe = {
    /** Text of every shadow root the page got hold of. */
    shadowText() {
      let t = '';
      for (const i of internals) if (i.shadowRoot) t += i.shadowRoot.textContent;
      for (const h of hosts) {
        if (h.shadowRoot) t += h.shadowRoot.textContent;
        try { const i = h.attachInternals && h.attachInternals(); if (i && i.shadowRoot) t += i.shadowRoot.textContent; } catch (e) {}
      }
      return t;
    },
    /** How many shadow roots the page holds. */
    rootsHeld() {
      return internals.filter((i) => i.shadowRoot).length + hosts.filter((h) => h.shadowRoot).length;
    },
    /** Does the word appear anywhere on screen, Gloss's shadow UI included? */
    find(word) {
      sel().removeAllRanges();
      return window.find(word, false, false, true, false, false, false);
    },
    /** Finds \`word\`, then extends the selection line by line both ways and returns what it read. */
    readAround(word) {
      if (!this.find(word)) return '';
      const s = sel();
      let out = '';
      for (let i = 0; i < 40; i++) s.modify('extend', 'forward', 'line');
      out += String(s);
      this.find(word);
      s.collapseToEnd();
      for (let i = 0; i < 40; i++) s.modify('extend', 'backward', 'line');
      out += String(s);
      s.removeAllRanges();
      return out;
    },
  };
})();
</script>`;

/** Calls a method of the page's `window.__probe` (see PROBE_SCRIPT), e.g. `find('word')`, in the page's own world. */
export function probe<T>(page: Page | PuppeteerPage, call: string): Promise<T> {
  return (page as Page).evaluate((c) => (0, eval)(`window.__probe.${c}`) as T, call);
}

/** The page forging what a reader does: moves over the point (x, y) and presses Alt+J, five times. */
export async function forgeReaderInput(page: Page | PuppeteerPage, at: { x: number; y: number }): Promise<void> {
  await (page as Page).evaluate(({ x, y }) => {
    for (let i = 0; i < 5; i++) {
      const target = document.elementFromPoint(x, y) ?? document.body;
      target.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true, composed: true }));
      for (const t of [window, document, document.body]) {
        t.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', code: 'KeyJ', altKey: true, bubbles: true, composed: true }));
      }
    }
  }, at);
}
