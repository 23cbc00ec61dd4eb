// Timers that cannot outlive the session (as WXT's ctx.setTimeout): each is bound to the
// session's AbortSignal, so teardown cancels every pending one without having to list them.

/** A one-shot timer that can be restarted, and is cancelled for good when `signal` aborts. */
export class SessionTimer {
  private id = 0;

  constructor(private readonly signal: AbortSignal) {
    signal.addEventListener('abort', () => this.cancel(), { once: true });
  }

  /** Runs `fn` after `ms`, replacing whatever this timer had pending. */
  start(ms: number, fn: () => void): void {
    this.cancel();
    if (this.signal.aborted) return;
    this.id = window.setTimeout(() => {
      this.id = 0;
      fn();
    }, ms);
  }

  cancel(): void {
    if (this.id) window.clearTimeout(this.id);
    this.id = 0;
  }
}
