import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CALL_NAMES, type CallName } from '../../core/contract/contract';
import { fail, type Result } from '../../core/contract/result';
import { callChannel } from '../../core/contract/ipc-channels';
import type { Backend } from '../../backend/backend-types';
import { checkSender, type SenderInfo } from './sender-check';

/** What the registrar needs besides ipcMain; injected so it can be tested without Electron. */
export interface RegistrarOptions {
  backend: Pick<Backend, 'dispatch'>;
  /** True for the webContents of our own windows. */
  isOurWebContents(id: number): boolean;
  /** Called after every call that ran (for example to rebuild the menu after settings.update). */
  afterCall?(name: CallName, result: Result<unknown>): void;
  /** Where refused senders and unexpected failures are reported. */
  log?(message: string): void;
}

/** Reads the facts the sender check needs from a live invoke event. */
export function describeSender(event: IpcMainInvokeEvent): SenderInfo {
  const frame = event.senderFrame;
  return {
    webContentsId: event.sender.id,
    hasFrame: frame !== null && frame !== undefined,
    isMainFrame: frame ? frame.parent === null : false,
    url: frame ? frame.url : '',
  };
}

/**
 * Registers one ipcMain.handle channel per contract call (`copydesk:<name>`). Each checks the
 * sender, then runs backend.dispatch, which validates the arguments. Nothing is ever thrown over
 * IPC: refusals and failures come back as Result values. Returns a function that unregisters.
 */
export function registerContractHandlers(ipc: Pick<IpcMain, 'handle' | 'removeHandler'>, options: RegistrarOptions): () => void {
  const log = options.log ?? ((message: string) => console.warn(`[copydesk] ${message}`));
  for (const name of CALL_NAMES) {
    ipc.handle(callChannel(name), async (event: IpcMainInvokeEvent, args: unknown): Promise<Result<unknown>> => {
      let result: Result<unknown>;
      try {
        const verdict = checkSender(describeSender(event), options.isOurWebContents);
        if (!verdict.ok) {
          log(`refused ${name}: ${verdict.reason}`);
          return fail('FORBIDDEN', `${name} is only available to the Copydesk window.`);
        }
        result = await options.backend.dispatch(name, args);
      } catch (err) {
        // dispatch never throws by contract; this guards the guard.
        log(`${name} failed: ${err instanceof Error ? err.message : String(err)}`);
        result = fail('INTERNAL', `${name} failed unexpectedly.`);
      }
      try {
        options.afterCall?.(name, result);
      } catch (err) {
        log(`afterCall for ${name} failed: ${err instanceof Error ? err.message : String(err)}`);
      }
      return result;
    });
  }
  return () => {
    for (const name of CALL_NAMES) ipc.removeHandler(callChannel(name));
  };
}
