// Every reply across a context boundary is a Result: messaging loses thrown Error objects
// (they arrive as a bare string, or not at all in Firefox), so errors travel as data.

export type ErrorCode =
  | 'bad-request' // payload failed validation
  | 'forbidden' // sender is not who this message may come from
  | 'unsupported-page' // browser page, store page, PDF, ...
  | 'no-article' // Readability found nothing to read
  | 'no-analysis' // worker has no analysis for this tab (e.g. it was restarted): resend page.analyze
  | 'not-found'
  | 'storage' // IndexedDB failed (quota, corruption)
  | 'internal';

export interface GlossError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: GlossError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });

/** A reply from another context as a Result: anything else (a missing handler, a stray reply) is an error. */
export function asResult<T>(reply: unknown): Result<T> {
  return isResult(reply) ? (reply as Result<T>) : err('internal', 'Unexpected reply from Gloss.');
}

/** The error of a message that never arrived (worker gone, extension reloaded). */
export const unreachable = (e: unknown): Result<never> => err('internal', `Gloss's background worker did not answer (${String(e)}).`);

function isResult(x: unknown): x is Result<unknown> {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as { ok?: unknown; error?: unknown };
  if (r.ok === true) return 'value' in r;
  if (r.ok === false) {
    const e = r.error as { code?: unknown; message?: unknown } | undefined;
    return typeof e?.code === 'string' && typeof e.message === 'string';
  }
  return false;
}
