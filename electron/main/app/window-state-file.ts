import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
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

/** Writes the state via a temp file and rename, so a crash mid-write leaves the old file intact. */
export async function saveWindowState(userDataDir: string, state: WindowState): Promise<void> {
  const file = path.join(userDataDir, WINDOW_STATE_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  await mkdir(userDataDir, { recursive: true });
  await writeFile(temp, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
  await rename(temp, file);
}
