// Finds Electron's binary and, when it is missing, tries once to download it with Electron's own
// install.js (our package.json disables Electron's postinstall so that `npm install` passes
// where GitHub is unreachable). Import ensureElectron(), or run directly: prints the binary's
// path (exit 0) or why there is none (exit 1).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const DOWNLOAD_TIMEOUT_MS = 60_000;

/** The binary's path as `require('electron')` reports it (it reads path.txt), or null. */
export function electronBinaryPath() {
  try {
    const resolved = require.resolve('electron');
    delete require.cache[resolved]; // re-read path.txt after a download
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function firstLine(text) {
  const line = (text ?? '').split('\n').map((l) => l.trim()).find((l) => l.length > 0);
  return line ? line.slice(0, 160) : '';
}

/** Runs install.js; resolves with its output, or timedOut when it had to be stopped. */
function runInstaller(installJs, timeoutMs, onSlow) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [installJs], { cwd: path.dirname(installJs), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let timedOut = false;
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    // Say something only when it is really downloading; offline it fails in a fraction of a second.
    const slow = setTimeout(onSlow, 1500);
    const stop = setTimeout(() => {
      timedOut = true;
      child.kill();
    }, timeoutMs);
    const done = (status, error) => {
      clearTimeout(slow);
      clearTimeout(stop);
      resolve({ status, output, timedOut, error });
    };
    child.on('error', (error) => done(null, error));
    child.on('close', (status) => done(status, null));
  });
}

/**
 * Resolves to { path } when the binary is (now) present, else { path: null, reason }.
 * The download is attempted at most once per call and gives up after `timeoutMs`.
 */
export async function ensureElectron({ timeoutMs = DOWNLOAD_TIMEOUT_MS, log = (message) => console.log(message) } = {}) {
  const present = electronBinaryPath();
  if (present) return { path: present };

  let installJs;
  try {
    installJs = path.join(path.dirname(require.resolve('electron/package.json')), 'install.js');
  } catch {
    return { path: null, reason: 'the electron package is not installed (run npm install)' };
  }
  const { version } = require('electron/package.json');
  const run = await runInstaller(installJs, timeoutMs, () =>
    log(`Downloading Electron ${version} once (at most ${Math.round(timeoutMs / 1000)} s)…`),
  );
  const after = electronBinaryPath();
  if (after) return { path: after };
  if (run.timedOut) return { path: null, reason: `the download did not finish within ${Math.round(timeoutMs / 1000)} s` };
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return { path: null, reason: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set' };
  const why = firstLine(run.output) || run.error?.message || `install.js exited with ${run.status}`;
  return { path: null, reason: `the download failed: ${why}` };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await ensureElectron({ log: (message) => console.error(message) });
  if (result.path) console.log(result.path);
  else console.error(`No Electron binary: ${result.reason}.`);
  process.exit(result.path ? 0 : 1);
}
