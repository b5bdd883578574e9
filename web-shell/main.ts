import { spawn } from 'node:child_process';
import path from 'node:path';
import { startEmbeddedSite, type EmbeddedSite } from '../host-common/embedded-site';
import { createBackend, readAppVersion } from '../backend/backend';
import { createFileSecretBox } from '../backend/storage/key-file-box';
import { acquireDataDirLock, describeHolder } from '../host-common/data-dir-lock';
import { appRootAbove, defaultDataDir, forcedLanguage } from '../host-common/data-paths';
import { clockFromEnv } from '../host-common/test-clock';
import { launchTokenFromEnv } from './launch-token';
import { createWebShellServer } from './server';

const root = appRootAbove(import.meta.url);

/** Opens a checked URL in the desktop's browser (xdg-open / open / start). */
function openInBrowser(url: string): Promise<boolean> {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  return new Promise((resolve) => {
    const child = spawn(command, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => resolve(false));
    child.on('spawn', () => {
      child.unref();
      resolve(true);
    });
  });
}

/** The desktop's language from the POSIX locale variables ("de_DE.UTF-8" -> "de-DE"). */
function systemLocale(): string {
  const raw = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
  return (raw.split('.')[0] ?? 'en-US').replace('_', '-');
}


async function main(): Promise<void> {
  const port = Number(process.env.COPYDESK_PORT ?? 5180);
  // A weak COPYDESK_WEB_TOKEN stops the start here, with the reason (WeakLaunchTokenError).
  const token = launchTokenFromEnv(process.env);
  const dataDir = defaultDataDir();
  // One host per data directory: a running desktop app or web shell on it stops us here
  // (DataDirInUseError names it); a crashed one's lock is taken over.
  const lock = await acquireDataDirLock(dataDir, { host: 'web', onLost: (message) => console.warn(`Copydesk web shell: ${message}`) });
  if (lock.tookOver) {
    const was = lock.tookOver.holder ? describeHolder(lock.tookOver.holder) : 'an unknown process';
    console.warn(`Copydesk web shell: took over the data directory lock of ${was}: ${lock.tookOver.reason}.`);
  }
  const now = clockFromEnv(process.env, 'Copydesk web shell');
  // The web shell keeps secrets in a file only this user can read (the desktop app uses the OS keychain).
  const secretBox = createFileSecretBox(dataDir);
  // The embedded reference site: write -> schedule -> sync -> see it on the site, with no setup.
  let site: EmbeddedSite | null = null;
  if (process.env.COPYDESK_EMBEDDED_SITE !== '0') {
    site = await startEmbeddedSite({ dataDir, secretBox, clock: now ? { now } : undefined }).catch((err: unknown) => {
      console.warn('Copydesk: the embedded site did not start:', err instanceof Error ? err.message : err);
      return null;
    });
  }
  const backend = await createBackend({
    dataDir,
    host: 'web',
    version: readAppVersion(root),
    forcedLanguage: forcedLanguage(),
    systemLanguage: systemLocale(),
    openExternal: openInBrowser,
    now,
    sync: { secretBox, embeddedSite: site ? { url: site.url, tokens: site.tokens } : undefined },
  });
  const server = createWebShellServer({ backend, token, port, staticDir: path.join(root, 'build', 'renderer') });
  await server.listen({ host: '127.0.0.1', port });

  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    await server.close();
    await backend.close();
    await site?.close();
    await lock.release();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  // Printed last: whoever waits for this line (the e2e suite) may stop the shell at once, and
  // a SIGTERM then must find the handler that closes the store and releases the lock.
  if (site) console.log(`Copydesk site: ${site.url}/`);
  console.log(`Copydesk web shell: http://127.0.0.1:${port}/?token=${token}  (data: ${dataDir})`);
}

main().catch((err: unknown) => {
  // A message, not a stack trace: these are mostly configuration (weak token, data directory in use, port taken).
  // process.exit runs the 'exit' handler that releases a data directory lock taken before the failure.
  console.error('Copydesk web shell failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
