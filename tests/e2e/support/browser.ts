import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Where to find Chromium: CHROMIUM_PATH, then Playwright's own download, then Debian's package. */
export function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here.
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}
