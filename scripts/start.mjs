// `npm start`: builds and opens Copydesk in Electron. Where Electron's binary is missing and
// cannot be downloaded, says so in one sentence and serves the same app as the web shell
// instead (it prints its URL); the same where Linux has no display. `npm start -- --web` goes to
// the web shell directly.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ensureElectron } from './ensure-electron.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const onWindows = process.platform === 'win32';

/** Runs an npm script quietly; its output is shown only when it fails. */
function npmRun(script) {
  const run = spawnSync('npm', ['run', '--silent', script], { cwd: root, encoding: 'utf8', shell: onWindows, stdio: ['ignore', 'pipe', 'pipe'] });
  if (run.status !== 0) {
    process.stdout.write(run.stdout ?? '');
    process.stderr.write(run.stderr ?? '');
    console.error(`npm run ${script} failed, so Copydesk cannot start.`);
    process.exit(run.status ?? 1);
  }
}

/** Runs a long-lived child in the foreground and leaves with its exit code. */
function foreground(command, args, env = process.env) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env, shell: onWindows && command === 'npx' });
  // Ctrl+C reaches the child through the terminal; wait for it to shut down cleanly.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  child.on('error', (err) => {
    console.error(`Could not run ${command}: ${err.message}`);
    process.exit(1);
  });
}

/** What `npx tsx web-shell/main.ts` runs, minus npx: npx does not pass on SIGTERM, so the server would outlive us. */
function startWebShell() {
  npmRun('build:renderer');
  let tsxCli = null;
  try {
    tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
  } catch {
    // not installed locally: let npx find it
  }
  if (tsxCli) foreground(process.execPath, [tsxCli, 'web-shell/main.ts']);
  else foreground('npx', ['tsx', 'web-shell/main.ts']);
}

function startElectron(binary) {
  npmRun('build:renderer');
  npmRun('build:electron');
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would make the binary a plain Node
  // Chromium refuses to run its sandbox as root (containers, CI); the renderer stays isolated.
  const args = process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox', '.'] : ['.'];
  foreground(binary, args, env);
}

if (process.argv.includes('--web')) {
  startWebShell();
} else {
  const electron = await ensureElectron();
  const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (electron.path && hasDisplay) {
    startElectron(electron.path);
  } else if (electron.path) {
    console.log('There is no display to open the Copydesk window on (neither DISPLAY nor WAYLAND_DISPLAY is set), so Copydesk opens in the web shell instead: open the URL printed below in your browser.');
    startWebShell();
  } else {
    console.log(`Electron's binary is not installed and could not be downloaded (${electron.reason}), so Copydesk opens in the web shell instead: open the URL printed below in your browser.`);
    startWebShell();
  }
}
