// The page's side of a card's look-up (issue 11), kept out of the session: one look-up at a time, for the open
// card, cancelled when it closes or another opens; the "Looking up…" line only after a while without an answer;
// the offer to turn look-ups on only in the first name card; and the legend's counts after the worker repainted
// an entity's marks with the kind its link gave.
import type { ContentToBackground, Req, Res } from '../core/protocol';
import type { Result } from '../core/result';
import type { MarkKind } from '../core/types';
import { LOADING_LINE_DELAY, type LinkView } from './card-link';
import type { SessionTimer } from './timer';

type Request = <K extends keyof ContentToBackground>(
  type: K,
  payload: Req<ContentToBackground, K>,
) => Promise<Result<Res<ContentToBackground, K>>>;

export class CardLinks {
  /** The mark whose look-up the worker is running for the open card, or -1. */
  private mark = -1;
  /** Look-ups are offered once, in the first name card while they are off. */
  private offered = false;

  constructor(
    private readonly request: Request,
    private readonly timer: Pick<SessionTimer, 'start'>,
  ) {}

  /**
   * Asks for `markId`'s link and hands each state to `show` while `current()` (the card is still this one's):
   * nothing at first, "loading" after `LOADING_LINE_DELAY`, then the answer.
   */
  async ask(markId: number, current: () => boolean, show: (link: LinkView) => void): Promise<void> {
    this.cancel();
    this.mark = markId;
    let answered = false;
    this.timer.start(LOADING_LINE_DELAY, () => {
      if (!answered && current()) show({ state: 'loading' });
    });
    const r = await this.request('link.get', { markId });
    answered = true;
    if (!current()) return;
    this.mark = -1;
    let link: LinkView = r.ok ? r.value : { state: 'failed', reason: r.error.message };
    if (link.state === 'off' && link.why === 'settings' && !this.offered) {
      this.offered = true;
      link = { state: 'offer' };
    }
    show(link);
  }

  /** The card closed: the worker stops looking. */
  cancel(): void {
    if (this.mark < 0) return;
    void this.request('link.cancel', { markId: this.mark });
    this.mark = -1;
  }
}

/** The legend's counts after `moved` marks (by their old kind) became `kind`. */
export function retypedCounts(
  counts: Partial<Record<MarkKind, number>>,
  moved: ReadonlyMap<MarkKind, number>,
  kind: MarkKind,
): Partial<Record<MarkKind, number>> {
  const out = { ...counts };
  for (const [old, n] of moved) {
    out[kind] = (out[kind] ?? 0) + n;
    const left = (out[old] ?? n) - n;
    if (left > 0) out[old] = left;
    else delete out[old];
  }
  return out;
}
