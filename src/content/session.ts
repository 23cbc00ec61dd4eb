// One Gloss session in a page: from the toolbar click that injected this script to the click (or
// navigation, or extension update) that ends it. Everything it adds is torn down by stop():
// listeners through one AbortController, highlights through the Painter, UI through its root.
import browser from 'webextension-polyfill';
import { extractArticle, selectionToText, type ArticleText } from '../core/article';
import { receiver } from '../core/messaging';
import {
  MAX_MARKS,
  MAX_TEXT,
  PAGE_PORT,
  contentMessages,
  type BackgroundToContent,
  type ContentToBackground,
  type Req,
  type Res,
} from '../core/protocol';
import { err, ok, type Result } from '../core/result';
import { DEFAULT_DISPLAY, type Mark, type MarkKind, type MarkStyle } from '../core/types';
import { previewWindow } from '../core/preview';
import type { Span } from '../core/sentences';
import type { Runtime } from 'webextension-polyfill';
import { MAX_MARKED_NODE_CHARS, Painter } from './marks';
import { ContextGone, send } from './messaging';
import { markStage } from './stages';
import { SessionTimer } from './timer';
import { afterNextFrame, isNoteKey, nextTask, openPanelHint, scrollToRange } from './page-helpers';
import { mountUi, type Box, type Ui, type UiState } from './ui';
import { CardControl } from './card-control';
import { visibleSpan } from './visible';
import { adoptHighlightSheet } from './highlight-sheet';
import { retypedCounts } from './card-link-state';

const NOTICE_TIME = 8000;

export class Session {
  private readonly ac = new AbortController();
  /** Mounted once the article's visible part is read (see start()), or by the first notice. */
  private ui: Ui | null = null;
  private state: UiState = { legend: null, card: null, noteButton: null, notice: null };
  private article: ArticleText | null = null;
  private painter: Painter | null = null;
  /** The visible part's marks, painted while the whole article's are made; no cards (see preview()). */
  private previewPainter: Painter | null = null;
  private firstPainted = false;
  /** Mark shown in the card, and whether the keyboard put it there. */
  private readonly noticeTimer = new SessionTimer(this.ac.signal);
  private readonly leaveTimer = new SessionTimer(this.ac.signal);
  private readonly revealTimer = new SessionTimer(this.ac.signal);
  private readonly cards = new CardControl(
    {
      painter: () => this.painter,
      article: () => this.article,
      state: () => this.state,
      setState: (patch) => this.setState(patch),
      request: (type, payload) => this.request(type, payload),
      stopped: () => this.stopped,
    },
    this.ac.signal,
  );
  private ready: Promise<boolean>;
  /** The worker's 'on' and the reader's display choices: painting waits for them. */
  private prepared: Promise<boolean> = Promise.resolve(true);
  /** The highlight sheet is in the page: painting waits for it too. */
  private styled: Promise<void> = Promise.resolve();
  private analyzing: Promise<boolean> | null = null;
  /** The last pointer position and whether it was over Gloss's own UI, read once per frame. */
  private pointer: { x: number; y: number; ours: boolean } | null = null;
  private stopped = false;
  /** The session gave up with a notice (see fail()). */
  private failed = false;
  /** Open while this session lives: the worker ends the tab's session when the document goes. */
  private port: Runtime.Port | null = null;

  constructor() {
    const onMessage = (raw: unknown, sender: { id?: string }) => this.onMessage(raw, sender);
    browser.runtime.onMessage.addListener(onMessage);
    this.ac.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
    this.ready = this.start();
  }

  /** Gloss's UI in the page, mounted on first use. */
  private mounted(): Ui {
    return (this.ui ??= mountUi({
      toggleKind: (k) => this.toggleKind(k),
      toggleStyle: () => this.toggleStyle(),
      toggleCollapsed: () =>
        this.setState({ legend: this.state.legend && { ...this.state.legend, collapsed: !this.state.legend.collapsed } }),
      turnOff: () => void this.stop('off'),
      goToMark: (id) => this.cards.focusMark(id, true),
      cardHover: (inside) => this.cards.hover(inside),
      closeCard: () => this.cards.close(),
      addNote: () => void this.noteFromSelection(),
      openNotes: (ids) => void this.openNotes(ids),
      dismissNotice: () => this.setState({ notice: null }),
      openSettings: () => void this.request('settings.open', {}),
    }));
  }

  // -------------------------------------------------------------------------------------------

  private async start(): Promise<boolean> {
    markStage('injected');
    // Asked before the extraction, which holds this thread: the worker sets the badge and reads the
    // display choices meanwhile, and the text follows in the same round of messages.
    this.prepared = this.prepare();
    const outcome = extractArticle(document, { withHeadline: true });
    if (!outcome.ok) return this.fail(outcome.message);
    if (outcome.article.text.length > MAX_TEXT) {
      return this.fail(`This article is too long for Gloss (over ${MAX_TEXT.toLocaleString('en-US')} characters).`);
    }
    const a = outcome.article;
    this.article = a;
    markStage('extracted');
    // Read before anything of Gloss's is in the page: nothing has changed its layout since the
    // page's last frame, so the boxes cost no layout of their own (once the UI is mounted, the
    // first box read would restyle and lay out the page in this task).
    const visible = visibleSpan(a);
    this.mounted();
    this.styled = this.adoptSheet();
    // Listening from now: a selection can be noted while the worker reads (the note waits for its
    // analysis), and the pointer's place is known when the marks come.
    this.listen();
    const analyzed = this.analyze();
    const window = visible && previewWindow(a.text, visible);
    if (window) void this.preview(a, window);
    return analyzed;
  }

  /**
   * Adopts the highlight sheet once the frame after the extraction is rendered. Adding it restyles
   * the whole page (::highlight() applies to every element): right after the extraction's task,
   * that restyle and the extraction held the page in one block (npm run bench:browser's longest
   * task); a frame later the page answers the reader in between, and the restyle is still done
   * before the worker's first marks come back.
   */
  private async adoptSheet(): Promise<void> {
    await afterNextFrame();
    if (this.stopped) return;
    this.ac.signal.addEventListener('abort', adoptHighlightSheet(), { once: true });
  }

  /** The worker said 'on', the display choices and the highlight sheet are in, and the session goes on. */
  private async readyToPaint(): Promise<boolean> {
    if (!(await this.prepared)) return false;
    await this.styled;
    return !this.stopped;
  }

  private async prepare(): Promise<boolean> {
    const [status, prefs] = await Promise.all([
      this.request('page.status', { state: 'on', message: 'on. Press again to turn off.' }),
      this.request('prefs.get', {}),
    ]);
    if (!status.ok) return this.fail(status.error.message, false);
    // The extraction (synchronous, so over before these answers are read) may have failed meanwhile.
    if (this.failed) return false;
    // Display choices are a comfort: without them (a storage error) the defaults serve.
    const { style, hidden } = prefs.ok ? prefs.value : DEFAULT_DISPLAY;
    this.setState({ legend: { counts: {}, hidden: new Set(hidden), style, collapsed: false, busy: true } });
    return true;
  }

  /**
   * Asks the marks of the part of a long article the reader sees (core/preview.ts) before the whole
   * article's, and paints them if they come first. They are only painted: cards and the keyboard
   * wait for the whole article's marks, whose ids the worker's cards are read by.
   */
  private async preview(a: ArticleText, window: Span): Promise<void> {
    // Sent in the extraction's task, just after the whole text (analyze() opened the port): the
    // worker takes it between two slices of the whole article's recognition.
    const r = await send('page.preview', { text: a.text.slice(window.start, window.end), offset: window.start }).catch(() => null);
    // A preview that failed or came late changes nothing: the whole article's answer paints.
    if (!r?.ok || !(await this.readyToPaint()) || this.painter) return;
    markStage('previewed');
    const painter = this.newPainter(a, r.value.marks);
    this.previewPainter = painter;
    if ((await painter.paintMarks(nextTask)) && this.previewPainter === painter) this.markFirstPaint();
  }

  /** A painter for `marks` in the reader's display choices. */
  private newPainter(a: ArticleText, marks: Mark[]): Painter {
    const painter = new Painter(a, marks);
    for (const kind of this.state.legend?.hidden ?? []) painter.setHidden(kind, true);
    painter.setStyle(this.state.legend?.style ?? DEFAULT_DISPLAY.style);
    return painter;
  }

  private markFirstPaint(): void {
    if (this.firstPainted) return;
    this.firstPainted = true;
    markStage('first-painted');
  }

  /**
   * Sends the article text; paints what the worker found. Also how a request recovers from a
   * restarted worker: concurrent recoveries (several hovers) share one analysis.
   */
  private analyze(): Promise<boolean> {
    this.analyzing ??= this.sendText().finally(() => {
      this.analyzing = null;
    });
    return this.analyzing;
  }

  private async sendText(): Promise<boolean> {
    const a = this.article!;
    this.connect();
    const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical" i]')?.href ?? null;
    // Read as written: the worker resolves it against the page and honours it only on the page's own site.
    const og = document.querySelector<HTMLMetaElement>('meta[property="og:url" i]')?.content ?? null;
    const r = await send('page.analyze', { canonical, og, title: a.title || document.title, text: a.text });
    if (!(await this.readyToPaint())) return false;
    if (!r.ok) return this.fail(r.error.message);
    markStage('analyzed');
    // Cleared and repainted in one task (the first batch is synchronous): a preview's marks give
    // way to these without a frame in between.
    this.painter?.clear();
    this.previewPainter?.clear();
    this.previewPainter = null;
    const painter = this.newPainter(a, r.value.marks);
    this.painter = painter;
    for (const n of r.value.notes) painter.addNote(n);
    const counts: Partial<Record<MarkKind, number>> = {};
    for (const m of r.value.marks) counts[m.kind] = (counts[m.kind] ?? 0) + 1;
    if (r.value.totalMarks > r.value.marks.length) {
      this.notify(
        `This page has ${r.value.totalMarks.toLocaleString('en-US')} marks; Gloss shows the first ${MAX_MARKS.toLocaleString('en-US')}.`,
        'info',
      );
    }
    // Painted a batch per task: the legend says "reading…" until the last batch is in.
    if (!(await painter.paintMarks(nextTask))) return false;
    if (this.stopped || this.painter !== painter) return false;
    this.markFirstPaint();
    markStage('painted');
    // A pointer already resting on a mark gets its card without having to move.
    this.onPointer();
    if (painter.skipped > 0) {
      this.notify(
        `${painter.skipped.toLocaleString('en-US')} marks lie in a block of text over ${MAX_MARKED_NODE_CHARS.toLocaleString('en-US')} characters long; Gloss leaves that block unmarked so the page stays responsive.`,
        'info',
      );
    }
    this.setState({
      legend: {
        counts,
        hidden: new Set(this.state.legend?.hidden),
        style: this.state.legend?.style ?? DEFAULT_DISPLAY.style,
        collapsed: this.state.legend?.collapsed ?? false,
        busy: false,
      },
    });
    return true;
  }

  /** Opens the port that ties the worker's session to this document (again, after a worker restart). */
  private connect(): void {
    if (this.port || this.stopped) return;
    const port = browser.runtime.connect({ name: PAGE_PORT });
    port.onDisconnect.addListener(() => {
      if (this.port === port) this.port = null; // the worker stopped; the next request reconnects
    });
    this.port = port;
  }

  /** A request that survives a restarted worker: on 'no-analysis' the text is sent again once. */
  private async request<K extends keyof ContentToBackground>(
    type: K,
    payload: Req<ContentToBackground, K>,
  ): Promise<Result<Res<ContentToBackground, K>>> {
    try {
      let r = await send(type, payload);
      if (!r.ok && r.error.code === 'no-analysis' && this.article && (await this.analyze())) r = await send(type, payload);
      return r;
    } catch (e) {
      if (e instanceof ContextGone) void this.stop(null);
      return err('internal', 'Gloss was updated or removed; reload the page to use it again.');
    }
  }

  /**
   * Gloss cannot run here: say why in the page and in the badge, then leave once the reader had
   * time to read it, so the next click starts afresh instead of turning off an invisible session.
   */
  private async fail(message: string, afterStatus = true): Promise<false> {
    this.failed = true;
    markStage('failed');
    this.notify(message, 'error');
    this.setState({ legend: null });
    this.painter?.clear();
    this.previewPainter?.clear();
    // The 'on' asked at the start is answered first: handled after this, it would turn the badge back on.
    if (afterStatus) await this.prepared.catch(() => false);
    await send('page.status', { state: 'error', message }).catch(() => undefined);
    this.leaveTimer.start(NOTICE_TIME, () => void this.stop(null));
    return false;
  }

  private listen(): void {
    const opts = { signal: this.ac.signal, capture: true, passive: true };
    // Pointer moves, scrolls and selection changes can fire far faster than paint: each kind of
    // work runs at most once per frame, on the latest state.
    let frame = 0;
    const due = { pointer: false, layout: false, selection: false };
    const schedule = (what: keyof typeof due) => {
      due[what] = true;
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        if (due.pointer) this.onPointer();
        if (due.layout) this.cards.follow();
        if (due.layout || due.selection) this.onSelection();
        due.pointer = due.layout = due.selection = false;
      });
    };
    // Only what the reader does counts: the page can dispatch synthetic moves and keys at will
    // (isTrusted is false for every event a script makes).
    document.addEventListener(
      'mousemove',
      (e) => {
        if (!e.isTrusted) return;
        // composedPath() is only filled during dispatch, so "over our UI" is decided here.
        this.pointer = { x: e.clientX, y: e.clientY, ours: this.mounted().owns(e) };
        schedule('pointer');
      },
      opts,
    );
    window.addEventListener('keydown', (e) => e.isTrusted && this.onKey(e), { signal: this.ac.signal, capture: true });
    document.addEventListener('selectionchange', () => schedule('selection'), opts);
    window.addEventListener('scroll', () => schedule('layout'), opts);
    window.addEventListener('resize', () => schedule('layout'), opts);
    this.ac.signal.addEventListener('abort', () => cancelAnimationFrame(frame));
  }

  // -------------------------------------------------------------------------------------------
  // Hover and keyboard.

  /**
   * False once the extension was reloaded, updated or removed: Chrome leaves this script running
   * in the page, orphaned, with no way to reach the worker. It then removes what it added, on the
   * reader's next move, instead of leaving dead marks and a legend that no longer answers.
   */
  private alive(): boolean {
    if (browser.runtime?.id) return true;
    void this.stop(null);
    return false;
  }

  private onPointer(): void {
    if (!this.alive()) return;
    const p = this.pointer;
    if (!p || p.ours || !this.painter || !this.article) return;
    this.cards.pointerAt(p.x, p.y);
  }

  private onKey(e: KeyboardEvent): void {
    if (!this.alive()) return;
    if (e.key === 'Escape' && this.state.card) {
      this.cards.close();
      return;
    }
    // Enter while ✎ Note is offered notes the selection; Gloss's own buttons handle their own Enter.
    if (this.state.noteButton && !this.mounted().owns(e) && isNoteKey(e)) {
      e.preventDefault();
      e.stopPropagation();
      void this.noteFromSelection();
      return;
    }
    if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    // e.code, not e.key: Alt+J types "∆" on macOS layouts.
    const dir = e.code === 'KeyJ' ? 1 : e.code === 'KeyK' ? -1 : 0;
    if (!dir || !this.painter) return;
    const t = e.target as HTMLElement | null;
    if (t && !this.mounted().owns(e) && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    e.preventDefault();
    e.stopPropagation();
    this.cards.step(dir as 1 | -1);
  }

  private toggleKind(kind: MarkKind): void {
    const p = this.painter;
    const legend = this.state.legend;
    if (!p || !legend) return;
    const hidden = new Set(legend.hidden);
    if (hidden.has(kind)) hidden.delete(kind);
    else hidden.add(kind);
    p.setHidden(kind, hidden.has(kind));
    this.cards.closeIfKind(kind);
    this.setState({ legend: { ...legend, hidden } });
    this.savePrefs();
  }

  private toggleStyle(): void {
    const legend = this.state.legend;
    if (!legend) return;
    const style: MarkStyle = legend.style === 'quiet' ? 'full' : 'quiet';
    this.painter?.setStyle(style);
    this.previewPainter?.setStyle(style);
    this.setState({ legend: { ...legend, style } });
    this.savePrefs();
  }

  /** Remembers the legend's choices for the next page; a failure to store them is said, the page keeps them. */
  private savePrefs(): void {
    const legend = this.state.legend;
    if (!legend) return;
    void this.request('prefs.set', { style: legend.style, hidden: [...legend.hidden] }).then((r) => {
      if (!r.ok && !this.stopped) this.notify(`Gloss could not remember this choice for other pages: ${r.error.message}`, 'error');
    });
  }

  // -------------------------------------------------------------------------------------------
  // Notes. The page only learns where a note is; its text is written and kept in the panel.

  private selectedText(): { start: number; end: number; box: Box } | null {
    const sel = document.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0 || !this.article) return null;
    const range = sel.getRangeAt(0);
    const span = selectionToText(this.article, range);
    if (!span || span.end <= span.start || !this.article.text.slice(span.start, span.end).trim()) return null;
    const rects = range.getClientRects();
    const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
    return { ...span, box: { left: last.right - 40, right: last.right, top: last.top, bottom: last.bottom } };
  }

  private onSelection(): void {
    if (!this.alive()) return;
    const s = this.selectedText();
    const prev = this.state.noteButton;
    if (!s && !prev) return;
    this.setState({ noteButton: s ? s.box : null });
  }

  private async noteFromSelection(): Promise<void> {
    const s = this.selectedText();
    if (!s) {
      this.notify('Select some text in the article first, then add a note.', 'info');
      return;
    }
    this.setState({ noteButton: null });
    const range = document.getSelection()?.getRangeAt(0)?.cloneRange() ?? null;
    const r = await this.request('note.draft', { start: s.start, end: s.end });
    if (!r.ok) {
      this.notify(r.error.message, 'error');
      return;
    }
    if (r.value.reattached) {
      // The note moved here; the worker sends its new place (note.added) like any saved note's.
      this.notify('Your note was moved to the selected text.', 'info');
      return;
    }
    this.painter?.show('draft', range);
    if (!r.value.panelOpened) this.notify(openPanelHint(), 'info');
  }

  private async openNotes(ids: string[]): Promise<void> {
    const r = await this.request('notes.open', { ids });
    if (!r.ok) this.notify(r.error.message, 'error');
    else if (!r.value.panelOpened) this.notify(openPanelHint(), 'info');
  }

  private onMessage(raw: unknown, sender: { id?: string }): Promise<Result<unknown>> | undefined {
    if (sender.id !== browser.runtime.id) return undefined;
    return this.fromWorker(raw, undefined);
  }

  /** What the worker may ask of this page's session. */
  private readonly fromWorker = receiver<BackgroundToContent, undefined>(contentMessages, {
    'gloss.ping': () => ok({ active: !this.stopped }),
    'note.fromSelection': async () => {
      await this.ready;
      await this.noteFromSelection();
      return ok(null);
    },
    'note.added': ({ anchor, fromDraft }) => {
      if (fromDraft) this.painter?.show('draft', null);
      this.painter?.addNote(anchor);
      return ok(null);
    },
    'draft.cleared': () => {
      this.painter?.show('draft', null);
      return ok(null);
    },
    'marks.retype': ({ markIds, kind }) => {
      const moved = this.painter?.retype(markIds, kind);
      const legend = this.state.legend;
      if (moved?.size && legend) this.setState({ legend: { ...legend, counts: retypedCounts(legend.counts, moved, kind) } });
      return ok(null);
    },
    'note.removed': ({ id }) => {
      this.painter?.removeNote(id);
      return ok(null);
    },
    'note.reveal': async ({ id }) => {
      await this.ready;
      const n = this.painter?.notes.get(id);
      if (!n) return ok(false);
      scrollToRange(n.range);
      this.painter!.show('focus', n.range);
      this.revealTimer.start(1500, () => {
        if (!this.cards.isOpen) this.painter?.show('focus', null); // unless the keyboard has moved on to a mark
      });
      return ok(true);
    },
  });

  // -------------------------------------------------------------------------------------------

  private notify(text: string, tone: 'info' | 'error'): void {
    this.setState({ notice: { text, tone } });
    this.noticeTimer.start(NOTICE_TIME, () => this.setState({ notice: null }));
  }

  private setState(patch: Partial<UiState>): void {
    if (this.stopped) return;
    this.state = { ...this.state, ...patch };
    this.mounted().update(this.state);
  }

  /** Removes every trace of this session from the page. `report` tells the worker (off) or not (null). */
  async stop(report: 'off' | null): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.ac.abort(); // listeners and timers
    this.painter?.clear();
    this.previewPainter?.clear();
    this.ui?.destroy();
    this.port?.disconnect();
    this.port = null;
    if (report) await send('page.status', { state: 'off', message: '' }).catch(() => undefined);
  }

  isStopped(): boolean {
    return this.stopped;
  }
}
