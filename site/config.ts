import { join } from 'node:path';
import { databaseTargetFromEnv, type DatabaseTarget } from './db/connect';

/** How the standalone site runs, from the environment. */
export interface SiteConfig {
  host: '127.0.0.1';
  port: number;
  database: DatabaseTarget;
  siteUrl: string;
}

export const DEFAULT_SITE_PORT = 4400;

/** Reads COPYDESK_SITE_PORT, COPYDESK_SITE_DATA, DATABASE_URL and COPYDESK_SITE_URL; throws on a bad port. */
export function siteConfigFromEnv(env: NodeJS.ProcessEnv, cwd: string): SiteConfig {
  const rawPort = env.COPYDESK_SITE_PORT?.trim();
  const port = rawPort ? Number(rawPort) : DEFAULT_SITE_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`COPYDESK_SITE_PORT must be a port number (got "${rawPort}").`);
  const siteUrl = (env.COPYDESK_SITE_URL?.trim() || `http://127.0.0.1:${port}`).replace(/\/+$/, '');
  return { host: '127.0.0.1', port, database: databaseTargetFromEnv(env, join(cwd, 'site-data')), siteUrl };
}
