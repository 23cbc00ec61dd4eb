// Painting marks with the CSS Custom Highlight API: ranges registered by name, styled by the
// worker-inserted user stylesheet. Nothing is added to or changed in the page's DOM, so the
// page's own scripts, layout and selection behave exactly as before.
import { rangeFor, type ArticleText } from '../core/article';
import { fillName, highlightName } from '../core/palette';
import type { Mark, MarkKind, MarkStyle, NoteAnchor } from '../core/types';

type Extra = 'note' | 'draft' | 'focus';

/**
 * Ranges made per slice while painting: a page with thousands of figures is painted over several
 * frames instead of in one long task, and never through one call with every range as an argument
 * (`new Highlight(...ranges)` overflows the stack at ~120,000).
 */
const PAINT_BATCH = 2_000;

/**
 * Text nodes longer than this are left unmarked. Real paragraphs are a few thousand characters;
 * a single line of hundreds of thousands (a hostile page's "1,1,1,…") makes Chromium spend
 * seconds per frame painting even 100 highlights on it, which would freeze the reader's tab.
 */
export const MAX_MARKED_NODE_CHARS = 50_000;

export class Painter {
  /** Mark ranges, by index in `marks` (sorted by start, non-overlapping); null until painted, or unmappable. */
  readonly ranges: (Range | null)[];
  /** One highlight per kind, registered while the kind is shown; ranges are added as they are made. */
  private readonly byKind = new Map<MarkKind, Highlight>();
  private readonly hidden = new Set<MarkKind>();
  private style: MarkStyle = 'quiet';
  /** The mark under the pointer or the keyboard, filled in the quiet style; -1 for none. */
  private active = -1;
  private readonly names = new Set<string>();
  /** Ended by clear(): a paint still in progress stops at its next batch. */
  private readonly painting = new AbortController();
  /** Marks left unpainted because they lie in an overlong text node. */
  skipped = 0;
  readonly notes = new Map<string, { anchor: NoteAnchor; range: Range }>();

  constructor(
    private readonly article: ArticleText,
    readonly marks: Mark[],
  ) {
    this.ranges = new Array<Range | null>(marks.length).fill(null);
  }

  /**
   * Makes the marks' ranges and paints them, in reading order, `PAINT_BATCH` at a time with
   * `between()` awaited between batches (a frame); resolves false when clear() ended it early.
   */
  async paintMarks(between: () => Promise<void>): Promise<boolean> {
    const { signal } = this.painting;
    for (let from = 0; from < this.marks.length; from += PAINT_BATCH) {
      if (signal.aborted) return false;
      const to = Math.min(this.marks.length, from + PAINT_BATCH);
      for (let i = from; i < to; i++) {
        const m = this.marks[i]!;
        let r = rangeFor(this.article, m.start, m.end);
        if (r && overlong(r)) {
          r = null;
          this.skipped++;
        }
        this.ranges[i] = r;
        if (r) this.highlightOf(m.kind).add(r);
      }
      if (to < this.marks.length) await between();
    }
    return !signal.aborted;
  }

  private highlightOf(kind: MarkKind): Highlight {
    let h = this.byKind.get(kind);
    if (!h) {
      h = new Highlight();
      h.priority = 0;
      this.byKind.set(kind, h);
      this.showKind(kind);
    }
    return h;
  }

  setHidden(kind: MarkKind, hidden: boolean): void {
    if (hidden) this.hidden.add(kind);
    else this.hidden.delete(kind);
    this.showKind(kind);
  }

  setStyle(style: MarkStyle): void {
    this.style = style;
    for (const kind of this.byKind.keys()) this.showKind(kind);
  }

  /** Fills mark `i` (hovered or focused) in the quiet style; -1 clears it. */
  setActive(i: number): void {
    const was = this.marks[this.active]?.kind;
    this.active = i;
    if (was) this.showKind(was);
    const now = this.marks[i]?.kind;
    if (now && now !== was) this.showKind(now);
  }

  /**
   * Registers a kind's highlights as the reader wants them: the underline for every mark, and the fill
   * for every mark (full style) or for the active one only (quiet style). The same Highlight object
   * serves both names, so a kind's ranges are never copied.
   */
  private showKind(kind: MarkKind): void {
    const h = this.byKind.get(kind);
    const line = highlightName(kind);
    const fill = fillName(kind);
    if (!h || this.hidden.has(kind)) {
      this.delete(line);
      this.delete(fill);
      return;
    }
    this.register(line, h);
    const active = this.marks[this.active];
    const activeRange = active?.kind === kind ? this.ranges[this.active] : null;
    if (this.style === 'full') this.register(fill, h);
    else if (activeRange) this.set(fill, [activeRange], 1);
    else this.delete(fill);
  }

  /**
   * Paints marks as another kind (a look-up found what the name is). By id: the page holds the first MAX_MARKS
   * marks, where a mark's index is its id. Returns how many changed, by their old kind.
   */
  retype(markIds: readonly number[], kind: MarkKind): Map<MarkKind, number> {
    const moved = new Map<MarkKind, number>();
    for (const id of markIds) {
      const mark = this.marks[id];
      if (!mark || mark.id !== id || mark.kind === kind) continue;
      const range = this.ranges[id];
      if (range) this.byKind.get(mark.kind)?.delete(range);
      moved.set(mark.kind, (moved.get(mark.kind) ?? 0) + 1);
      this.marks[id] = { ...mark, kind };
      if (range) this.highlightOf(kind).add(range);
    }
    for (const old of moved.keys()) this.showKind(old);
    if (moved.size) this.showKind(kind);
    return moved;
  }

  addNote(anchor: NoteAnchor): Range | null {
    const range = rangeFor(this.article, anchor.start, anchor.end);
    if (!range) return null;
    this.notes.set(anchor.id, { anchor, range });
    this.paintNotes();
    return range;
  }

  removeNote(id: string): void {
    this.notes.delete(id);
    this.paintNotes();
  }

  private paintNotes(): void {
    // Notes are drawn above marks: the reader's own highlight matters most.
    if (this.notes.size)
      this.set(
        highlightName('note'),
        [...this.notes.values()].map((n) => n.range),
        2,
      );
    else this.delete(highlightName('note'));
  }

  /** A single transient range: the draft being written, or the mark the keyboard is on. */
  show(which: Extra, range: Range | null): void {
    if (range) this.set(highlightName(which), [range], which === 'focus' ? 3 : 1);
    else this.delete(highlightName(which));
  }

  /** Index of the visible mark whose text is at article offset `at`, or -1. */
  markAt(at: number): number {
    let lo = 0;
    let hi = this.marks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = this.marks[mid]!;
      if (at < m.start) hi = mid - 1;
      else if (at >= m.end) lo = mid + 1;
      else return this.hidden.has(m.kind) ? -1 : mid;
    }
    return -1;
  }

  /** Next visible mark index after `from` in reading order (direction +1 / -1), wrapping. */
  step(from: number, dir: 1 | -1): number {
    const n = this.marks.length;
    let i = from < 0 ? (dir === 1 ? -1 : n) : from;
    for (let k = 0; k < n; k++) {
      i = (i + dir + n) % n;
      if (!this.hidden.has(this.marks[i]!.kind) && this.ranges[i]) return i;
    }
    return -1;
  }

  clear(): void {
    this.painting.abort();
    for (const name of this.names) CSS.highlights.delete(name);
    this.names.clear();
  }

  private set(name: string, ranges: Range[], priority: number): void {
    const h = new Highlight();
    for (const r of ranges) h.add(r);
    h.priority = priority;
    this.register(name, h);
  }

  private register(name: string, h: Highlight): void {
    CSS.highlights.set(name, h);
    this.names.add(name);
  }

  private delete(name: string): void {
    CSS.highlights.delete(name);
    this.names.delete(name);
  }
}

function overlong(r: Range): boolean {
  const a = r.startContainer;
  const b = r.endContainer;
  return (a as Text).length > MAX_MARKED_NODE_CHARS || (b !== a && (b as Text).length > MAX_MARKED_NODE_CHARS);
}

/** True when the point lies on one of the range's line boxes (caret hit-tests snap to the nearest text). */
export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

/** The text node and offset under a viewport point, in both engines. */
export function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = document.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}
