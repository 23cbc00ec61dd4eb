// Typed requests from the page to the worker. A worker that was stopped and restarted loses its
// in-memory analysis; callers get 'no-analysis' and resend the text (see Session.request).
import browser from 'webextension-polyfill';
import { client } from '../core/messaging';
import type { ContentToBackground } from '../core/protocol';
import { unreachable } from '../core/result';

export class ContextGone extends Error {}

export const send = client<ContentToBackground>(
  (message) => browser.runtime.sendMessage(message),
  (e) => {
    // After an update or uninstall this script is orphaned: its runtime is gone for good.
    if (!browser.runtime?.id || /context invalidated/i.test(String(e))) throw new ContextGone(String(e));
    return unreachable(e);
  },
);
