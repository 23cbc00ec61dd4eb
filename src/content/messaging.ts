// Typed requests from the page to the worker. A worker that was stopped and restarted loses its
// in-memory analysis; callers get 'no-analysis' and resend the text (see Session.request).
import browser from 'webextension-polyfill';
import type { ContentToBackground, Req, Res } from '../core/protocol';
import { asResult, unreachable, type Result } from '../core/result';

export class ContextGone extends Error {}

export async function send<K extends keyof ContentToBackground>(
  type: K,
  payload: Req<ContentToBackground, K>,
): Promise<Result<Res<ContentToBackground, K>>> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage({ type, payload });
  } catch (e) {
    // After an update or uninstall this script is orphaned: its runtime is gone for good.
    if (!browser.runtime?.id || /context invalidated/i.test(String(e))) throw new ContextGone(String(e));
    return unreachable(e);
  }
  return asResult(reply);
}
