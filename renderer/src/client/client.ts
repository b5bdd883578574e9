import type { CallArgs, CallName, CallResult } from '../../../core/contract/contract';
import type { Result } from '../../../core/contract/result';
import { bridgeTransport, httpTransport, takeWebToken, type CallOptions, type Transport } from './transport';

/** The renderer's one way to the back end, typed by the contract. */
export interface Client {
  call<N extends CallName>(name: N, args: CallArgs<N>, options?: CallOptions): Promise<Result<CallResult<N>>>;
  host: 'electron' | 'web';
  onMenuCommand(listener: (command: string) => void): () => void;
}

export function createClientFrom(transport: Transport, host: 'electron' | 'web', onMenuCommand?: Client['onMenuCommand']): Client {
  return {
    host,
    call: (name, args, options) => transport(name, args, options) as never,
    onMenuCommand: onMenuCommand ?? (() => () => {}),
  };
}

export function createClient(): Client {
  const bridge = window.copydesk;
  if (bridge) return createClientFrom(bridgeTransport(bridge), 'electron', (l) => bridge.onMenuCommand(l));
  return createClientFrom(httpTransport(takeWebToken(window.location, window.sessionStorage, window.history)), 'web');
}

/** Unwraps a Result, throwing its error so that React code can use try/catch or error states. */
export class CallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function unwrap<T>(result: Promise<Result<T>>): Promise<T> {
  const r = await result;
  if (r.ok) return r.value;
  throw new CallError(r.error.code, r.error.message);
}
