import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { removeDataDir, startWebShell, type WebShell } from '../../e2e/support/web-shell';
import { startSiteProcess, type SiteProcess } from './site-process';

export type Role = 'editor' | 'reviewer' | 'publisher';
export type PersonKey = 'anna' | 'ben' | 'clara' | 'dana';

/** The four people of the story, by the names the site knows them by. */
export const PEOPLE: Record<PersonKey, { name: string; role: Role }> = {
  anna: { name: 'Anna Editor', role: 'editor' },
  ben: { name: 'Ben Editor', role: 'editor' },
  clara: { name: 'Clara Prüferin', role: 'reviewer' },
  dana: { name: 'Dana Publisher', role: 'publisher' },
};

export interface Person {
  key: PersonKey;
  /** The display name the site holds for this person (see `nameFallback`). */
  name: string;
  role: Role;
  token: string;
  shell: WebShell;
  /** The person's own site id in their app (from sites.add). */
  siteId: string;
}

export interface Newsroom {
  site: SiteProcess;
  people: Record<PersonKey, Person>;
  /**
   * Set when the site's CLI refused the names with spaces (before the site engineer's fix): the
   * harness then used the names without spaces, and says so. The names test fails on it.
   */
  nameFallback: string | null;
  /** The shared test clock: every app and the site read this offset (ms). */
  clockOffset(): number;
  advanceClock(ms: number): void;
  /** The instant every process sees as now. */
  now(): Date;
  /** The site's API as this person (Bearer token). */
  api<T = unknown>(who: PersonKey, method: string, apiPath: string, body?: unknown): Promise<{ status: number; body: T }>;
  /** A contract call on this person's web shell, over HTTP with the shell's token; throws on an error value. */
  must<T = unknown>(who: PersonKey, name: string, args?: unknown): Promise<T>;
  close(): Promise<void>;
}

/**
 * One reference site (its own process, a fresh database), four people created with the site's
 * CLI, and four web shells, each with its own data directory and the site added with its
 * person's token through `POST /api/sites.add`. No embedded site: the shells sync only to the
 * shared one. All five processes share one test clock file.
 */
export async function startNewsroom(): Promise<Newsroom> {
  const clockDir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-team-clock-'));
  const clockFile = path.join(clockDir, 'offset');
  let offset = 0;
  writeFileSync(clockFile, '0');
  const site = await startSiteProcess({ clockFile });
  console.log(`team e2e: the site runs at ${site.url} on ${site.database.describe}`);
  const shells: WebShell[] = [];
  try {
    let nameFallback: string | null = null;
    const tokens = {} as Record<PersonKey, { name: string; token: string }>;
    for (const key of Object.keys(PEOPLE) as PersonKey[]) {
      const { name, role } = PEOPLE[key];
      let added = site.addUser(name, role);
      let used = name;
      if (!added.token && /\s/.test(name)) {
        used = name.replace(/\s+/g, '');
        const why = `the site's CLI refused "${name}" (${added.output.split('\n')[0]}); used "${used}"`;
        nameFallback = nameFallback ? `${nameFallback}; ${why}` : why;
        console.warn(`team e2e: ${why}`);
        added = site.addUser(used, role);
      }
      if (!added.token) throw new Error(`user add "${used}" --role ${role} failed (${added.code}): ${added.output}`);
      tokens[key] = { name: used, token: added.token };
    }

    const people = {} as Record<PersonKey, Person>;
    for (const key of Object.keys(PEOPLE) as PersonKey[]) {
      const shell = await startWebShell({ env: { COPYDESK_EMBEDDED_SITE: '0', COPYDESK_CLOCK_FILE: clockFile } });
      shells.push(shell);
      const added = await shell.call<{ id: string }>('sites.add', { kind: 'reference-site', url: site.url, token: tokens[key].token });
      if (!added.ok) throw new Error(`${tokens[key].name}: sites.add failed: ${added.error?.code} ${added.error?.message}`);
      people[key] = { key, name: tokens[key].name, role: PEOPLE[key].role, token: tokens[key].token, shell, siteId: added.value!.id };
    }

    const api: Newsroom['api'] = async (who, method, apiPath, body) => {
      const res = await fetch(`${site.url}/api/v1${apiPath}`, {
        method,
        headers: { authorization: `Bearer ${people[who].token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // not JSON: keep the text
      }
      return { status: res.status, body: parsed as never };
    };
    const must: Newsroom['must'] = async (who, name, args = {}) => {
      const r = await people[who].shell.call(name, args);
      if (!r.ok) throw new Error(`${people[who].name}: ${name} → ${r.error?.code}: ${r.error?.message}`);
      return r.value as never;
    };

    return {
      site,
      people,
      nameFallback,
      clockOffset: () => offset,
      advanceClock: (ms) => writeFileSync(clockFile, String((offset += ms))),
      now: () => new Date(Date.now() + offset),
      api,
      must,
      close: async () => {
        for (const shell of shells) {
          await shell.stop();
          removeDataDir(shell.dataDir);
        }
        await site.close();
        rmSync(clockDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    for (const shell of shells) {
      await shell.stop();
      removeDataDir(shell.dataDir);
    }
    await site.close();
    rmSync(clockDir, { recursive: true, force: true });
    throw err;
  }
}
