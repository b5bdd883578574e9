// The transport rule of "add site" (backend/sync/targets/transport-security.ts): plain http off
// this machine is refused before any request, unless the user allows it; loopback is fine.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isLoopbackHost, isUnencryptedRemoteUrl, siteInputSchema } from '../../../../../core/contract/calls/sync';
import { AppError } from '../../../../../core/contract/result';
import { createFileSecretBox } from '../../../../../backend/storage/key-file-box';
import { createSyncService, type SyncService } from '../../../../../backend/sync/sync-service';
import { assertTransportAllowed } from '../../../../../backend/sync/targets/transport-security';
import { openTestApp, type TestApp } from '../support';

const REFUSAL = "This WordPress site is on plain http, so the application password would travel unencrypted. Use https, or tick 'Allow unencrypted http' if this is a test site.";

function refusalOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('not refused');
}

describe('which addresses are plain http off this machine', () => {
  it.each(['127.0.0.1', '127.1.2.3', '[::1]', 'localhost', 'LOCALHOST', 'localhost.'])('%s is loopback', (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });
  it.each(['wp.example.invalid', '10.0.0.1', '128.0.0.1', '[::2]', 'localhost.example.de', '127.0.0.1.nip.io', 'mylocalhost'])('%s is not', (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });
  it.each([
    ['http://wp.example.invalid', true],
    ['HTTP://WP.EXAMPLE.INVALID/blog/', true],
    ['http://192.168.1.10:8080', true],
    ['http://127.0.0.1.example.de', true],
    ['  http://wp.example.invalid  ', true],
    ['https://wp.example.invalid', false],
    ['http://127.0.0.1:8080', false],
    ['http://127.1', false], // the URL parser spells it 127.0.0.1
    ['http://2130706433/', false], // so is this one
    ['http://[::1]:9/', false],
    ['http://localhost:3000', false],
    ['not a url', false],
  ] as const)('%s -> %s', (url, insecure) => {
    expect(isUnencryptedRemoteUrl(url)).toBe(insecure);
  });
});

describe('assertTransportAllowed', () => {
  it('refuses plain http off this machine with the message and a reason the UI reads', () => {
    const err = refusalOf(() => assertTransportAllowed('wordpress', 'http://wp.example.invalid', undefined));
    expect(err.code).toBe('INVALID_ARGUMENT');
    expect(err.message).toBe(REFUSAL);
    expect(err.details).toEqual({ reason: 'insecure_http', kind: 'wordpress' });
    expect(refusalOf(() => assertTransportAllowed('wordpress', 'http://wp.example.invalid', false)).code).toBe('INVALID_ARGUMENT');
  });

  it('refuses the reference site the same way (its token is as sensitive)', () => {
    const err = refusalOf(() => assertTransportAllowed('reference-site', 'http://news.example.invalid', undefined));
    expect(err.code).toBe('INVALID_ARGUMENT');
    expect(err.message).toMatch(/^This Copydesk site is on plain http, so the API token would travel unencrypted/);
  });

  it('accepts https, loopback http, and plain http with the explicit choice', () => {
    expect(() => assertTransportAllowed('wordpress', 'https://wp.example.invalid', undefined)).not.toThrow();
    expect(() => assertTransportAllowed('wordpress', 'http://127.0.0.1:8080', undefined)).not.toThrow();
    expect(() => assertTransportAllowed('reference-site', 'http://localhost:4000', undefined)).not.toThrow();
    expect(() => assertTransportAllowed('wordpress', 'http://wp.example.invalid', true)).not.toThrow();
  });
});

describe('the contract', () => {
  const wp = { kind: 'wordpress', url: 'http://wp.example.invalid', user: 'admin', appPassword: 'abcd efgh' };
  it('keeps inputs without the choice valid and takes a boolean choice', () => {
    expect(siteInputSchema.safeParse(wp).success).toBe(true);
    expect(siteInputSchema.safeParse({ ...wp, allowInsecureHttp: true }).success).toBe(true);
    expect(siteInputSchema.safeParse({ kind: 'reference-site', url: 'http://x.invalid', token: 't', allowInsecureHttp: false }).success).toBe(true);
    expect(siteInputSchema.safeParse({ ...wp, allowInsecureHttp: 'yes' }).success).toBe(false);
  });
});

describe('sites.add (the service)', () => {
  let app: TestApp;
  let service: SyncService;
  let requests: string[];

  /** A WordPress that knows the account; every request is recorded. */
  const fakeFetch: typeof fetch = async (input) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    requests.push(url.href);
    const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    if (url.pathname === '/wp-json/' || url.pathname === '/wp-json') return json({ name: 'Site', namespaces: ['wp/v2'] });
    if (url.pathname.endsWith('/users/me')) return json({ id: 1, name: 'admin', roles: ['administrator'] });
    return json([]);
  };

  beforeEach(async () => {
    app = await openTestApp();
    requests = [];
    service = await createSyncService({
      dataDir: app.dataDir,
      store: app.store,
      articles: app.articles,
      secretBox: createFileSecretBox(app.dataDir),
      profileRole: async () => 'editor',
      engineOptions: { tickMs: 0, fetch: fakeFetch, timeoutMs: 2000 },
    });
  });
  afterEach(async () => {
    await service.close();
    await app.close();
  });

  const wp = (url: string, allowInsecureHttp?: boolean) => ({ kind: 'wordpress' as const, url, user: 'admin', appPassword: 'abcd efgh ijkl', ...(allowInsecureHttp === undefined ? {} : { allowInsecureHttp }) });
  const sitesJson = () => JSON.parse(readFileSync(path.join(app.dataDir, 'sites.json'), 'utf8')) as { sites: Array<Record<string, unknown>> };

  it('refuses plain http off this machine before sending anything, and stores nothing', async () => {
    await expect(service.add(wp('http://wp.example.invalid'))).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: REFUSAL });
    await expect(service.add(wp('http://wp.example.invalid', false))).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(service.add({ kind: 'reference-site', url: 'http://news.example.invalid', token: 'x'.repeat(30) })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(requests).toEqual([]);
    expect(await service.list()).toEqual([]);
  });

  it('adds it with the explicit choice, keeps the choice in sites.json and marks it in sites.list', async () => {
    const added = await service.add(wp('http://wp.example.invalid', true));
    expect(added).toMatchObject({ kind: 'wordpress', url: 'http://wp.example.invalid', insecure: true, role: 'publisher' });
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((r) => r.startsWith('http://wp.example.invalid/'))).toBe(true);
    expect(await service.list()).toEqual([expect.objectContaining({ url: 'http://wp.example.invalid', insecure: true })]);
    expect(sitesJson().sites[0]).toMatchObject({ url: 'http://wp.example.invalid', allowInsecureHttp: true });
  });

  it('adds loopback http and https without the choice, and does not mark them', async () => {
    expect(await service.add(wp('http://127.0.0.1:9'))).toMatchObject({ insecure: false });
    expect(await service.add(wp('https://wp.example.invalid'))).toMatchObject({ insecure: false });
    expect(sitesJson().sites.every((s) => !('allowInsecureHttp' in s))).toBe(true);
  });
});
