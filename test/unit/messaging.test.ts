import { describe, expect, test } from 'vitest';
import { client, receiver } from '../../src/core/messaging';
import { contentRequests, type ContentToBackground } from '../../src/core/protocol';
import { err, ok } from '../../src/core/result';

describe('client', () => {
  test('sends { type, payload } and passes a Result reply through', async () => {
    const sent: unknown[] = [];
    const send = client<ContentToBackground>(async (m) => {
      sent.push(m);
      return ok({ kind: 'entity' });
    });
    expect(await send('card.get', { markId: 3 })).toEqual(ok({ kind: 'entity' }));
    expect(sent).toEqual([{ type: 'card.get', payload: { markId: 3 } }]);
  });

  test('a reply that is not a Result, or no reply, is an error Result', async () => {
    const send = client<ContentToBackground>(async () => undefined);
    expect(await send('card.get', { markId: 1 })).toMatchObject({ ok: false, error: { code: 'internal' } });
    const lost = client<ContentToBackground>(() => Promise.reject(new Error('port closed')));
    const r = await lost('card.get', { markId: 1 });
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(r.ok ? '' : r.error.message).toContain('port closed');
  });
});

describe('receiver', () => {
  const calls: string[] = [];
  const receive = receiver<ContentToBackground, string>(
    contentRequests,
    {
      'card.get': ({ markId }, who) => {
        calls.push(`card ${markId} from ${who}`);
        return markId === 99 ? err('not-found', 'no such mark') : ok({} as never);
      },
      'page.status': () => {
        throw new Error('boom');
      },
      'page.analyze': async () => ok({ marks: [], totalMarks: 0, notes: [] }),
      'page.preview': async () => ok({ marks: [] }),
      'note.draft': async () => ok({ draftId: 'd', panelOpened: false, reattached: false }),
      'notes.open': async () => ok({ panelOpened: true }),
      'prefs.get': async () => ok({ style: 'quiet', hidden: [] }),
      'prefs.set': async () => ok(null),
      'link.get': async () => ok({ state: 'none' }),
      'link.cancel': () => ok(null),
      'settings.open': async () => ok(null),
    },
    (e) => err('storage', String(e)),
  );

  test('calls the handler synchronously with the checked payload and the context', () => {
    calls.length = 0;
    void receive({ type: 'card.get', payload: { markId: 7, extra: '<b>' } }, 'tab 4');
    // No await: a handler that needs the sender's user gesture runs before any microtask.
    expect(calls).toEqual(['card 7 from tab 4']);
  });

  test('refuses malformed and unknown messages without calling any handler', async () => {
    calls.length = 0;
    expect(await receive({ type: 'card.get', payload: { markId: 'x' } }, 't')).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await receive({ type: 'notes.dumpAll', payload: {} }, 't')).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await receive('nonsense', 't')).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(calls).toEqual([]);
  });

  test('a handler that throws is answered by the failure mapping', async () => {
    expect(await receive({ type: 'page.status', payload: { state: 'on', message: '' } }, 't')).toEqual(err('storage', 'Error: boom'));
    expect(await receive({ type: 'card.get', payload: { markId: 99 } }, 't')).toEqual(err('not-found', 'no such mark'));
  });
});
