import { test as base, expect } from '@playwright/test';
import { removeDataDir, startWebShell, type WebShell } from './web-shell';

/** Every test gets its own web shell with a fresh data directory. */
export const test = base.extend<{ shell: WebShell }>({
  shell: async ({}, use) => {
    const shell = await startWebShell();
    await use(shell);
    await shell.stop();
    removeDataDir(shell.dataDir);
  },
});

export { expect };
