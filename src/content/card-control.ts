// Which card is open and when: a mark under the resting pointer opens its card after HOVER_DELAY, the
// keyboard opens one at once, leaving the mark (and the card) closes it after HIDE_DELAY, and the card
// follows its mark when the page scrolls. Kept out of the session, which owns the page's state; this
// class holds only the card's own timers and which mark it explains.
import { textOffsetAt, type ArticleText } from '../core/article';
import type { ContentToBackground, Req, Res } from '../core/protocol';
import type { Result } from '../core/result';
import { ENTITY_TYPES, type MarkKind } from '../core/types';
import { withLinkType, type LinkView } from './card-link';
import { CardLinks } from './card-link-state';
import { caretAt, rangeContainsPoint, type Painter } from './marks';
import { boxOf, scrollToRange } from './page-helpers';
import { markStage } from './stages';
import { SessionTimer } from './timer';
import type { UiState } from './ui';

const HOVER_DELAY = 180;
const HIDE_DELAY = 300;

type Request = <K extends keyof ContentToBackground>(
  type: K,
  payload: Req<ContentToBackground, K>,
) => Promise<Result<Res<ContentToBackground, K>>>;

/** What the card needs of the session: the painted article, the UI state, and the worker. */
export interface CardHost {
  painter(): Painter | null;
  article(): ArticleText | null;
  state(): UiState;
  setState(patch: Partial<UiState>): void;
  request: Request;
  stopped(): boolean;
}

export class CardControl {
  /** The mark whose card is open, or -1. */
  private openMark = -1;
  /** Bumped by every card opened or closed, so a late answer for an older card is dropped. */
  private seq = 0;
  /** The mark the keyboard is on: Alt+J/K step from it. */
  private keyboardAt = -1;
  private overCard = false;
  private readonly hoverTimer: SessionTimer;
  private readonly hideTimer: SessionTimer;
  private readonly links: CardLinks;

  constructor(
    private readonly host: CardHost,
    signal: AbortSignal,
  ) {
    this.hoverTimer = new SessionTimer(signal);
    this.hideTimer = new SessionTimer(signal);
    this.links = new CardLinks(host.request, new SessionTimer(signal));
  }

  get isOpen(): boolean {
    return this.openMark >= 0;
  }

  /** The pointer rests at (x, y), outside Gloss's own UI. */
  pointerAt(x: number, y: number): void {
    const i = this.hitTest(x, y);
    if (i === this.openMark && i >= 0) {
      this.hideTimer.cancel();
      return;
    }
    this.hoverTimer.cancel();
    if (i < 0) {
      const card = this.host.state().card;
      if (card && !card.focus) this.scheduleHide();
      return;
    }
    this.hoverTimer.start(HOVER_DELAY, () => void this.open(i, false));
  }

  /** The pointer entered (true) or left the card itself. */
  hover(inside: boolean): void {
    this.overCard = inside;
    if (inside) this.hideTimer.cancel();
    else this.scheduleHide();
  }

  /** Alt+J/K: the next or previous mark from the keyboard's place; false when there is none. */
  step(dir: 1 | -1): boolean {
    const p = this.host.painter();
    const next = p ? p.step(this.keyboardAt, dir) : -1;
    if (next < 0) return false;
    this.focusMark(p!.marks[next]!.id, true);
    return true;
  }

  /** Moves to a mark by id: scrolls it into view, shows the focus ring and its card. */
  focusMark(markId: number, keyboard: boolean): void {
    const p = this.host.painter();
    if (!p) return;
    const i = p.marks.findIndex((m) => m.id === markId);
    const range = i >= 0 ? p.ranges[i] : null;
    if (!range) return;
    scrollToRange(range);
    p.show('focus', range);
    void this.open(i, keyboard);
  }

  close(): void {
    this.links.cancel();
    this.seq++;
    this.host.setState({ card: null });
    const p = this.host.painter();
    p?.show('focus', null);
    p?.setActive(-1);
    this.openMark = -1;
    this.overCard = false;
  }

  /** A kind the reader hid takes its open card with it. */
  closeIfKind(kind: MarkKind): void {
    if (this.openMark >= 0 && this.host.painter()?.marks[this.openMark]?.kind === kind) this.close();
  }

  /** The page scrolled or resized: the card stays beside its mark. */
  follow(): void {
    const range = this.openMark >= 0 ? this.host.painter()?.ranges[this.openMark] : null;
    const card = this.host.state().card;
    if (card && range) this.host.setState({ card: { ...card, box: boxOf(range) } });
  }

  private hitTest(x: number, y: number): number {
    const p = this.host.painter();
    const article = this.host.article();
    const caret = p && article ? caretAt(x, y) : null;
    if (!caret) return -1;
    const at = textOffsetAt(article!, caret.node, caret.offset);
    if (at === null) return -1;
    // A caret right after a mark's last letter is still over that mark.
    for (const t of [at, at - 1]) {
      const i = p!.markAt(t);
      const range = i >= 0 ? p!.ranges[i] : null;
      if (range && rangeContainsPoint(range, x, y)) return i;
    }
    return -1;
  }

  private async open(i: number, keyboard: boolean): Promise<void> {
    const p = this.host.painter();
    const range = p?.ranges[i];
    const mark = p?.marks[i];
    if (!p || !range || !mark) return;
    this.hideTimer.cancel();
    if (!keyboard) p.show('focus', null);
    p.setActive(i);
    this.openMark = i;
    this.keyboardAt = i;
    const seq = ++this.seq;
    const current = () => seq === this.seq && !this.host.stopped();
    this.links.cancel();
    const isName = (ENTITY_TYPES as readonly MarkKind[]).includes(mark.kind);
    this.host.setState({
      card: { box: boxOf(range), data: null, error: null, focus: keyboard, ...(isName ? { link: { state: 'asked' } } : {}) },
    });
    // Asked with the card, not after it: a cached link is then ready about when the card is.
    if (isName) void this.links.ask(mark.id, current, (link) => this.showLink(link));
    markStage('card-asked');
    const r = await this.host.request('card.get', { markId: mark.id });
    if (!current()) return; // the reader moved on meanwhile
    markStage('card-answered');
    const link = this.host.state().card?.link;
    const data = r.ok ? withLinkType(r.value, link) : null;
    this.host.setState({
      card: { box: boxOf(range), data, error: r.ok ? null : r.error.message, focus: keyboard, ...(link ? { link } : {}) },
    });
    markStage('card-shown');
  }

  /** The open card's name on Wikipedia; a link that corrects the type shows it in the card's header too. */
  private showLink(link: LinkView): void {
    const card = this.host.state().card;
    if (card) this.host.setState({ card: { ...card, data: card.data && withLinkType(card.data, link), link } });
  }

  private scheduleHide(): void {
    this.hideTimer.start(HIDE_DELAY, () => {
      if (!this.overCard) this.close();
    });
  }
}
