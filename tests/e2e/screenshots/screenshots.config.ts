import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from '../support/browser';

/**
 * The screenshot scripts (*-screens.ts) that photograph the screens in English and German for
 * docs/screenshots/. Not part of `npm test`: run them by hand after `npm run build`, all or one:
 *   COPYDESK_E2E_BUNDLE=1 CHROMIUM_PATH=/usr/bin/chromium npx playwright test --config tests/e2e/screenshots/screenshots.config.ts [team-screens]
 */
export default defineConfig({
  testDir: '.',
  testMatch: /-screens\.ts$/,
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
