import type { CallArgs, CallName, CallResult } from './contract';
import type { Result } from './result';

/** The menu commands the renderer handles (the rest are Electron menu roles). */
export const MENU_COMMANDS = ['new-article', 'save', 'find'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const isMenuCommand = (value: unknown): value is MenuCommand =>
  typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);

/**
 * What the preload exposes as `window.copydesk` in the Electron renderer: exactly the contract
 * calls, the menu-command event and the host kind. Every call resolves to a Result and never
 * rejects. Lives in core because both the preload and the renderer depend on it.
 */
export interface CopydeskBridge {
  /** Runs one contract call in the main process. Names outside the contract resolve to UNKNOWN_CALL. */
  call<N extends CallName>(name: N, args: CallArgs<N>): Promise<Result<CallResult<N>>>;
  /** Subscribes to menu commands (new article, save, find); returns the unsubscribe function. */
  onMenuCommand(callback: (command: MenuCommand) => void): () => void;
  readonly host: 'electron';
}

/** The global the preload defines. */
export const BRIDGE_GLOBAL = 'copydesk';
