import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createWordPressTarget, type WordPressTargetConfig } from '../../../backend/sync/targets/wordpress/wordpress-target';

/** The instance from tests/support/wordpress/wp-up.sh, or null (tests skip and say why). */
export const WP = process.env.WP_URL && process.env.WP_USER && process.env.WP_APP_PASSWORD
  ? { url: process.env.WP_URL, user: process.env.WP_USER, appPassword: process.env.WP_APP_PASSWORD, state: process.env.WP_STATE ?? '' }
  : null;

export const SKIP = WP === null;
if (SKIP) {
  console.warn('SKIPPED: WordPress integration tests — WP_URL/WP_USER/WP_APP_PASSWORD unset (eval "$(tests/support/wordpress/wp-up.sh)").');
}

/** The down test stops and restarts php -S by PID: only for an instance wp-up.sh started here. */
export const SKIP_DOWN = SKIP || !WP?.state || !existsSync(path.join(WP.state, 'php.pid')) || !existsSync(path.join(WP.state, 'php-start.sh'));
if (!SKIP && SKIP_DOWN) console.warn('SKIPPED: WordPress down mid-sync — WP_STATE does not point at a wp-up.sh state dir with php.pid and php-start.sh.');

/** A unique suffix per test run, so runs against the same instance do not see each other's terms. */
export const RUN = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

export function target(options: WordPressTargetConfig['options'] = {}, over: Partial<WordPressTargetConfig> = {}) {
  if (!WP) throw new Error('no WordPress');
  return createWordPressTarget({ baseUrl: WP.url, user: WP.user, appPassword: WP.appPassword, options: { timeoutMs: 10_000, ...options }, ...over });
}

/** Raw REST as the admin: "a change made directly in WordPress". */
export async function adminRest<T = unknown>(route: string, init: { method?: string; json?: unknown; query?: Record<string, string> } = {}): Promise<{ status: number; data: T; headers: Headers }> {
  if (!WP) throw new Error('no WordPress');
  const qs = new URLSearchParams(init.query ?? {}).toString();
  const res = await fetch(`${WP.url}/wp-json${route}${qs ? `?${qs}` : ''}`, {
    method: init.method ?? 'GET',
    headers: { Authorization: `Basic ${Buffer.from(`${WP.user}:${WP.appPassword}`).toString('base64')}`, 'Content-Type': 'application/json' },
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
    signal: AbortSignal.timeout(20_000),
  });
  return { status: res.status, data: (await res.json()) as T, headers: res.headers };
}

/** Number of posts (any status) whose content holds `text`. */
export async function countPostsContaining(text: string): Promise<number> {
  const res = await adminRest<unknown[]>('/wp/v2/posts', { query: { search: text, status: 'any', per_page: '100', _fields: 'id' } });
  return res.data.length;
}

/** Runs due scheduled events the way a visitor's request would (wp-cron.php blocks until done). */
export async function runWpCron(): Promise<void> {
  if (!WP) throw new Error('no WordPress');
  await fetch(`${WP.url}/wp-cron.php?doing_wp_cron=${Date.now() / 1000}`, { signal: AbortSignal.timeout(30_000) }).then((r) => r.text());
}

const phpPidFile = () => path.join(WP?.state ?? '', 'php.pid');

/** Stops php -S by the PID wp-up.sh recorded (its process group: the server and its workers). */
export function stopPhp(): number {
  const pid = Number(readFileSync(phpPidFile(), 'utf8').trim());
  process.kill(-pid, 'SIGTERM');
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return pid;
    }
    execFileSync('sleep', ['0.05']);
  }
  process.kill(-pid, 'SIGKILL');
  return pid;
}

/** Starts php -S again with wp-up.sh's own start script and waits until it answers. */
export async function startPhp(): Promise<number> {
  if (!WP) throw new Error('no WordPress');
  execFileSync('bash', [path.join(WP.state, 'php-start.sh')], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`${WP.url}/wp-includes/images/blank.gif`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return Number(readFileSync(phpPidFile(), 'utf8').trim());
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('php -S did not come back');
}

export const fixtureImage = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/images/${name}`, import.meta.url)));
