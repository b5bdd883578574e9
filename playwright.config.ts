import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from './tests/e2e/support/browser';

/** e2e tests drive Debian's (or Playwright's own) Chromium against the web shell; one fresh data dir per test. */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  reporter: [['list']],
  use: {
    headless: true,
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    trace: 'retain-on-failure',
  },
  projects: [{ name: 'web-shell', testIgnore: /electron\.spec\.ts/ }, { name: 'electron', testMatch: /electron\.spec\.ts/ }],
});
