import type { CallArgs, CallName, CallResult } from '../../core/contract/contract';
import type { Result } from '../../core/contract/result';
import type { MenuCommand } from './channels';

export type { MenuCommand };

/**
 * What the preload exposes as `window.copydesk` in the Electron renderer: exactly the contract
 * calls, the menu-command event and the host kind. Every call resolves to a Result and never
 * rejects.
 */
export interface CopydeskBridge {
  /** Runs one contract call in the main process. Names outside the contract resolve to UNKNOWN_CALL. */
  call<N extends CallName>(name: N, args: CallArgs<N>): Promise<Result<CallResult<N>>>;
  /** Subscribes to menu commands (new article, save, find); returns the unsubscribe function. */
  onMenuCommand(callback: (command: MenuCommand) => void): () => void;
  readonly host: 'electron';
}

/** The global the preload defines; the renderer declares `window.copydesk?: CopydeskBridge`. */
export const BRIDGE_GLOBAL = 'copydesk';
