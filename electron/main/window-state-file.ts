import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseWindowState, type WindowState } from './window-state';

/** The file name inside userData. */
export const WINDOW_STATE_FILE = 'window-state.json';

/** Loads the remembered window state; a missing or broken file means "no memory", never an error. */
export async function loadWindowState(userDataDir: string): Promise<WindowState | null> {
  try {
    return parseWindowState(JSON.parse(await readFile(path.join(userDataDir, WINDOW_STATE_FILE), 'utf8')));
  } catch {
    return null;
  }
}

/**
 * Writes the state via a temp file and rename, so a crash mid-write leaves the old file intact.
 * Synchronous on purpose: it runs in the window's 'close' handler, and on quit the process may
 * end before an asynchronous write would finish. The file is a few bytes.
 */
export function saveWindowState(userDataDir: string, state: WindowState): void {
  const file = path.join(userDataDir, WINDOW_STATE_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  mkdirSync(userDataDir, { recursive: true });
  writeFileSync(temp, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
  renameSync(temp, file);
}
