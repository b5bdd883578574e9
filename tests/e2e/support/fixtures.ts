import { test as base, expect } from '@playwright/test';
import { removeDataDir, startWebShell, type WebShell } from './web-shell';

/** Every test gets its own web shell with a fresh data directory. */
export const test = base.extend<{ shell: WebShell }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  shell: async ({}, use) => {
    const shell = await startWebShell();
    await use(shell);
    await shell.stop();
    removeDataDir(shell.dataDir);
  },
});

export { expect };
