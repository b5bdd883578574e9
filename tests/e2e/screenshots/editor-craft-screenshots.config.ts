import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from '../support/browser';

/**
 * Image upload and find and replace (issue 12) photographed in English and German for
 * docs/screenshots/{image-upload,find-replace}-{en,de}.png. Not part of `npm test`: run by hand
 * after `npm run build`:
 *   COPYDESK_E2E_BUNDLE=1 CHROMIUM_PATH=/usr/bin/chromium npx playwright test --config tests/e2e/screenshots/editor-craft-screenshots.config.ts
 */
export default defineConfig({
  testDir: '.',
  testMatch: /editor-craft-screens\.ts$/,
  timeout: 120_000,
  expect: { timeout: 15_000 },
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
