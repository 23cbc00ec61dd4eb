// Painting marks with the CSS Custom Highlight API: ranges registered by name, styled by the
// worker-inserted user stylesheet. Nothing is added to or changed in the page's DOM, so the
// page's own scripts, layout and selection behave exactly as before.
import { rangeFor, type ArticleText } from '../core/article';
import { highlightName } from '../core/palette';
import type { Mark, MarkKind, NoteAnchor } from '../core/types';

type Extra = 'note' | 'draft' | 'focus';

export class Painter {
  /** Mark ranges, by index in `marks` (sorted by start, non-overlapping). */
  readonly ranges: (Range | null)[];
  private readonly hidden = new Set<MarkKind>();
  private readonly names = new Set<string>();
  readonly notes = new Map<string, { anchor: NoteAnchor; range: Range }>();

  constructor(
    private readonly article: ArticleText,
    readonly marks: Mark[],
  ) {
    this.ranges = marks.map((m) => rangeFor(article, m.start, m.end));
  }

  paintMarks(): void {
    const byKind = new Map<MarkKind, Range[]>();
    this.marks.forEach((m, i) => {
      const r = this.ranges[i];
      if (!r || this.hidden.has(m.kind)) return;
      let list = byKind.get(m.kind);
      if (!list) byKind.set(m.kind, (list = []));
      list.push(r);
    });
    for (const kind of new Set(this.marks.map((m) => m.kind))) {
      const list = byKind.get(kind);
      if (list) this.set(highlightName(kind), list, 0);
      else this.delete(highlightName(kind));
    }
  }

  setHidden(kind: MarkKind, hidden: boolean): void {
    if (hidden) this.hidden.add(kind);
    else this.hidden.delete(kind);
    this.paintMarks();
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
    const ranges = [...this.notes.values()].map((n) => n.range);
    // Notes are drawn above marks: the reader's own highlight matters most.
    if (ranges.length) this.set(highlightName('note'), ranges, 2);
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
    for (const name of this.names) CSS.highlights.delete(name);
    this.names.clear();
  }

  private set(name: string, ranges: Range[], priority: number): void {
    const h = new Highlight(...ranges);
    h.priority = priority;
    CSS.highlights.set(name, h);
    this.names.add(name);
  }

  private delete(name: string): void {
    CSS.highlights.delete(name);
    this.names.delete(name);
  }
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
