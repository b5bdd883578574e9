import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from '../support/browser';

/**
 * The team screens (issue 10) photographed in English and German for docs/screenshots/team-*.png.
 * Not part of `npm test`: run it by hand after `npm run build`:
 *   COPYDESK_E2E_BUNDLE=1 CHROMIUM_PATH=/usr/bin/chromium npx playwright test --config tests/e2e/screenshots/team-screenshots.config.ts
 */
export default defineConfig({
  testDir: '.',
  testMatch: /team-screens\.ts$/,
  timeout: 600_000,
  expect: { timeout: 20_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    headless: true,
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
});
