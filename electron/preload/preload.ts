// The only door from the renderer to the main process. It forwards contract calls by name and
// nothing else: no ipcRenderer, no generic send, no Node. Runs sandboxed, so it is bundled into
// one CJS file by scripts/build-electron.mjs.
import { contextBridge, ipcRenderer } from 'electron';
import { CALL_NAMES } from '../../core/contract/contract';
import { fail, type Result } from '../../core/contract/result';
import { BRIDGE_GLOBAL, type CopydeskBridge } from '../../core/contract/bridge';
import { callChannel, isMenuCommand, MENU_COMMAND_CHANNEL, type MenuCommand } from '../../core/contract/ipc-channels';

const KNOWN_CALLS: ReadonlySet<string> = new Set(CALL_NAMES);

async function call(name: string, args: unknown): Promise<Result<unknown>> {
  if (typeof name !== 'string' || !KNOWN_CALLS.has(name)) {
    return fail('UNKNOWN_CALL', `There is no call named "${String(name).slice(0, 60)}".`);
  }
  try {
    return (await ipcRenderer.invoke(callChannel(name), args ?? {})) as Result<unknown>;
  } catch (err) {
    // Only when the main process has no handler or the args cannot be cloned.
    return fail('UNAVAILABLE', `${name} could not reach the app: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function onMenuCommand(callback: (command: MenuCommand) => void): () => void {
  if (typeof callback !== 'function') return () => {};
  // The IPC event object stays here: handing it to the page would leak ipcRenderer's sender.
  const listener = (_event: unknown, command: unknown) => {
    if (isMenuCommand(command)) callback(command);
  };
  ipcRenderer.on(MENU_COMMAND_CHANNEL, listener);
  return () => {
    ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, listener);
  };
}

const bridge = { call, onMenuCommand, host: 'electron' } as CopydeskBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
