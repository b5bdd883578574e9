import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from '../support/browser';

/**
 * The editor's header and fields (issue 12) photographed in English and German for
 * docs/screenshots/editor-fields-*.png. Not part of `npm test`: run it by hand after `npm run build`:
 *   COPYDESK_E2E_BUNDLE=1 CHROMIUM_PATH=/usr/bin/chromium npx playwright test --config tests/e2e/screenshots/editor-fields-screenshots.config.ts
 */
export default defineConfig({
  testDir: '.',
  testMatch: /editor-fields-screens\.ts$/,
  timeout: 180_000,
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
