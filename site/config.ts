import { join } from 'node:path';
import { databaseTargetFromEnv, type DatabaseTarget } from './db/connect';
import { canonicalHost } from './host-check';

/** How the standalone site runs, from the environment. */
export interface SiteConfig {
  host: '127.0.0.1';
  port: number;
  database: DatabaseTarget;
  siteUrl: string;
  /** Host headers accepted besides the site URL's and loopback (COPYDESK_SITE_HOSTS), as `name` or `name:port`. */
  allowedHosts: string[];
}

export const DEFAULT_SITE_PORT = 4400;

function isHttpUrl(text: string): boolean {
  try {
    return /^https?:$/.test(new URL(text).protocol);
  } catch {
    return false;
  }
}

function hostsFromEnv(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const host = canonicalHost(entry);
      if (!host) throw new Error(`COPYDESK_SITE_HOSTS must list host or host:port names, comma-separated (got "${entry}").`);
      return host;
    });
}

/**
 * Reads COPYDESK_SITE_PORT, COPYDESK_SITE_DATA, DATABASE_URL, COPYDESK_SITE_URL and
 * COPYDESK_SITE_HOSTS; throws on a bad port, a site URL that is no http(s) URL or a bad host.
 */
export function siteConfigFromEnv(env: NodeJS.ProcessEnv, cwd: string): SiteConfig {
  const rawPort = env.COPYDESK_SITE_PORT?.trim();
  const port = rawPort ? Number(rawPort) : DEFAULT_SITE_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`COPYDESK_SITE_PORT must be a port number (got "${rawPort}").`);
  const siteUrl = (env.COPYDESK_SITE_URL?.trim() || `http://127.0.0.1:${port}`).replace(/\/+$/, '');
  if (!isHttpUrl(siteUrl)) throw new Error(`COPYDESK_SITE_URL must be an http(s) URL (got "${siteUrl}").`);
  const allowedHosts = hostsFromEnv(env.COPYDESK_SITE_HOSTS);
  return { host: '127.0.0.1', port, database: databaseTargetFromEnv(env, join(cwd, 'site-data')), siteUrl, allowedHosts };
}
