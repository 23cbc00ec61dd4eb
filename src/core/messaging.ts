// The one way each context sends and receives messages. Sending: a typed client over whatever
// transport the context has (runtime.sendMessage), every reply checked to be a Result. Receiving:
// a table with one handler per message type, reached only after the payload passed its checker.
// Pure: the transport is handed in, so core stays free of browser APIs.
import { CheckFailure, parseMessage, type Check, type Req, type Res } from './protocol';
import { asResult, err, unreachable, type Result } from './result';

export type Transport = (message: unknown) => Promise<unknown>;

export type Send<M> = <K extends keyof M & string>(type: K, payload: Req<M, K>) => Promise<Result<Res<M, K>>>;

/**
 * A typed sender for the messages of map `M`. A message that never arrived becomes the Result
 * `lost` makes of the error (by default: the worker did not answer); `lost` may throw instead.
 */
export function client<M>(transport: Transport, lost: (e: unknown) => Result<never> = unreachable): Send<M> {
  return async (type, payload) => {
    let reply: unknown;
    try {
      reply = await transport({ type, payload });
    } catch (e) {
      return lost(e);
    }
    return asResult(reply);
  };
}

export type Checks<M> = { [K in keyof M]: Check<Req<M, K>> };

export type Handlers<M, Ctx> = {
  [K in keyof M]: (payload: Req<M, K>, ctx: Ctx) => Promise<Result<Res<M, K>>> | Result<Res<M, K>>;
};

/**
 * Receives the messages of map `M`: checks the payload, then calls its handler synchronously
 * (a handler may need the sender's user gesture, which ends at the first await). A malformed
 * message is answered 'bad-request'; a handler that throws is answered by `failed(e)`.
 */
export function receiver<M, Ctx>(
  checks: Checks<M>,
  handlers: Handlers<M, Ctx>,
  failed: (e: unknown) => Result<never> = (e) => err('internal', e instanceof Error ? e.message : String(e)),
): (raw: unknown, ctx: Ctx) => Promise<Result<unknown>> {
  return (raw, ctx) => {
    const msg = parseMessage(checks as { [type: string]: Check<unknown> }, raw);
    if (msg instanceof CheckFailure) return Promise.resolve(err('bad-request', msg.message));
    const handler = handlers[msg.type as keyof M] as (p: unknown, c: Ctx) => Promise<Result<unknown>> | Result<unknown>;
    try {
      return Promise.resolve(handler(msg.payload, ctx)).catch(failed);
    } catch (e) {
      return Promise.resolve(failed(e));
    }
  };
}
