// The page's side of a card's look-up (content/card-link-state.ts), with a fake worker and a timer the test fires:
// the offer only in the first card while look-ups are off, "loading" only when the answer is late, a cancel for
// the card that closed, nothing shown for a card that is gone, and the legend's counts after a repaint.
import { describe, expect, it } from 'vitest';
import type { LinkView } from '../../src/content/card-link';
import { CardLinks, retypedCounts } from '../../src/content/card-link-state';
import type { LinkReply } from '../../src/core/protocol';
import { ok } from '../../src/core/result';

function setup(reply: LinkReply) {
  const sent: { type: string; payload: unknown }[] = [];
  const answers: (() => void)[] = [];
  let fire: (() => void) | null = null;
  const request = (type: string, payload: unknown): Promise<unknown> => {
    sent.push({ type, payload });
    if (type !== 'link.get') return Promise.resolve(ok(null));
    return new Promise((resolve) => answers.push(() => resolve(ok(reply))));
  };
  const links = new CardLinks(request as unknown as ConstructorParameters<typeof CardLinks>[0], { start: (_ms, fn) => (fire = fn) });
  return { links, sent, answer: () => answers.shift()!(), fireTimer: () => fire?.() };
}

describe('a card’s look-up in the page', () => {
  it('offers look-ups in the first card only, while they are off', async () => {
    const { links, answer } = setup({ state: 'off', why: 'settings' });
    const shown: LinkView[] = [];
    const first = links.ask(
      1,
      () => true,
      (l) => shown.push(l),
    );
    answer();
    await first;
    const second = links.ask(
      2,
      () => true,
      (l) => shown.push(l),
    );
    answer();
    await second;
    expect(shown).toEqual([{ state: 'offer' }, { state: 'off', why: 'settings' }]);
  });

  it('never offers them in a private window', async () => {
    const { links, answer } = setup({ state: 'off', why: 'private' });
    const shown: LinkView[] = [];
    const asked = links.ask(
      1,
      () => true,
      (l) => shown.push(l),
    );
    answer();
    await asked;
    expect(shown).toEqual([{ state: 'off', why: 'private' }]);
  });

  it('says "loading" only when the answer is late', async () => {
    const { links, answer, fireTimer } = setup({ state: 'none' });
    const shown: LinkView[] = [];
    const asked = links.ask(
      1,
      () => true,
      (l) => shown.push(l),
    );
    fireTimer();
    answer();
    await asked;
    expect(shown).toEqual([{ state: 'loading' }, { state: 'none' }]);
    fireTimer(); // a timer firing after the answer shows nothing
    expect(shown).toHaveLength(2);
  });

  it('cancels the look-up of a card that closed, and shows nothing in a card that is gone', async () => {
    const { links, sent, answer } = setup({ state: 'none' });
    const shown: LinkView[] = [];
    let open = true;
    const asked = links.ask(
      5,
      () => open,
      (l) => shown.push(l),
    );
    links.cancel();
    open = false;
    answer();
    await asked;
    expect(sent).toEqual([
      { type: 'link.get', payload: { markId: 5 } },
      { type: 'link.cancel', payload: { markId: 5 } },
    ]);
    expect(shown).toEqual([]);
    links.cancel(); // nothing running: nothing sent
    expect(sent).toHaveLength(2);
  });
});

describe('the legend after a repaint', () => {
  it('moves the counts to the new kind and drops an emptied one', () => {
    expect(retypedCounts({ person: 4, organization: 2 }, new Map([['person', 4]]), 'product')).toEqual({ organization: 2, product: 4 });
    expect(retypedCounts({ person: 5, product: 1 }, new Map([['person', 2]]), 'product')).toEqual({ person: 3, product: 3 });
  });
});
