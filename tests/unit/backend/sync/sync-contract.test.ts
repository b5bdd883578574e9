import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../../backend/backend';
import type { Backend, BackendOptions } from '../../../../backend/backend-types';
import type { SyncHostOptions } from '../../../../backend/sync/sync-service';
import { bodyOf, startTestSite, type TestSite } from './support';

let site: TestSite;
let backend: Backend;
let dataDir: string;

const call = async <T = unknown>(name: string, args: unknown = {}) => (await backend.dispatch(name, args)) as { ok: boolean; value: T; error: { code: string } };

beforeEach(async () => {
  site = await startTestSite();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-sync-contract-'));
  const options: BackendOptions & { sync: SyncHostOptions } = {
    dataDir,
    host: 'web',
    version: 'test',
    forcedLanguage: 'en',
    systemLanguage: 'en-US',
    openExternal: async () => false,
    sync: { embeddedSite: { url: site.url, tokens: { editor: site.tokens.editor, reviewer: site.tokens.reviewer, publisher: site.tokens.publisher } } },
  };
  backend = await createBackend(options);
});
afterEach(async () => {
  await backend.close();
  await site.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('sync over the contract', () => {
  it('registers the embedded site as the default, syncs with the profile role’s token, and keeps tokens sealed', async () => {
    let sites = await call<Array<{ builtIn: boolean; role: string }>>('sites.list');
    for (let i = 0; i < 50 && !sites.value.length; i++) {
      await new Promise((r) => setTimeout(r, 20));
      sites = await call('sites.list');
    }
    expect(sites.value).toEqual([expect.objectContaining({ builtIn: true, role: 'editor', url: site.url })]);
    const created = await call<{ id: string; rev: number }>('articles.create');
    await call('articles.save', { id: created.value.id, baseRev: created.value.rev, changes: { headline: 'Über den Vertrag', body: bodyOf('Text') } });
    const now = await call<{ pushed: number }>('sync.now');
    expect(now.value.pushed).toBe(1);
    const status = await call<{ articles: Record<string, { state: string }>; conflicts: string[] }>('sync.status');
    expect(status.value.articles[created.value.id]).toEqual({ state: 'synced', reason: null });
    expect(status.value.conflicts).toEqual([]);
    expect((await site.api('GET', `/articles/${created.value.id}`)).body.article.headline).toBe('Über den Vertrag');

    const onDisk = readFileSync(path.join(dataDir, 'sites.json'), 'utf8');
    for (const token of Object.values(site.tokens)) expect(onDisk).not.toContain(token);

    expect((await call('sites.remove', { id: 'embedded' })).error.code).toBe('FORBIDDEN');
    expect((await call('sync.conflict', { id: created.value.id })).error.code).toBe('NOT_FOUND');
  });

  it('adds a site only with working credentials, and removes it again', async () => {
    const bad = await call('sites.add', { kind: 'reference-site', url: site.url.replace('127.0.0.1', 'localhost'), token: 'y'.repeat(30) });
    expect(bad.error.code).toBe('UNAUTHORIZED');
    expect((await call('sites.add', { kind: 'reference-site', url: 'ftp://x', token: 'y'.repeat(30) })).error.code).toBe('INVALID_ARGUMENT');
    const good = await call<{ id: string; role: string; connection: string }>('sites.add', { kind: 'reference-site', url: site.url.replace('127.0.0.1', 'localhost'), token: site.tokens.publisher });
    expect(good.value).toMatchObject({ role: 'publisher', connection: 'online' });
    expect((await call('sites.remove', { id: good.value.id })).ok).toBe(true);
    expect((await call<unknown[]>('sites.list')).value.filter((s) => !(s as { builtIn: boolean }).builtIn)).toEqual([]);
  });
});
