import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadWindowState, saveWindowState, WINDOW_STATE_FILE } from '../../../../electron/main/window-state-file';

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('window-state file', () => {
  it('round-trips and leaves no temp file', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-ws-'));
    const state = { x: 10, y: 20, width: 1000, height: 700, maximized: true };
    saveWindowState(dir, state);
    await expect(loadWindowState(dir)).resolves.toEqual(state);
    expect(await readdir(dir)).toEqual([WINDOW_STATE_FILE]);
  });
  it('treats a missing or broken file as no memory', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-ws-'));
    await expect(loadWindowState(dir)).resolves.toBeNull();
    await writeFile(path.join(dir, WINDOW_STATE_FILE), '{"width": 10', 'utf8');
    await expect(loadWindowState(dir)).resolves.toBeNull();
  });
});
