import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../../site/db/connect';
import { canonicalHost, hostAccepted } from '../../../site/host-check';
import { createSiteServer, type SiteServer } from '../../../site/server';
import { describeSite, publishViaApi, TEST_SITE_URL } from './site-test-kit';

const PUBLIC_AND_API = ['/', '/artikel/x', '/tag/x', '/feed.xml', '/sitemap.xml', '/robots.txt', '/theme/site.css', '/media/x', '/api/v1/articles', '/api/v1/tags', '/nirgends'];
// DNS rebinding (another name for this machine), look-alikes of the site's name, and forged values.
const FOREIGN = ['evil.example', 'evil.example:80', 'site.test.evil.example', 'site.test:8080', '127.0.0.1.evil.example', 'localhost.evil.example:80', 'user@site.test', 'site.test/x', 'site.test, evil.example', '[::2]:80'];

describe('host names', () => {
  it('are compared lowercased, without a trailing dot, as name or name:port', () => {
    expect(['News.Example', 'news.example.', 'NEWS.example:443', '[::1]:80', 'site_web:4400', 'a b', 'x:0', 'x:65536', '', 'a..b'].map(canonicalHost)).toEqual([
      'news.example',
      'news.example',
      'news.example:443',
      '[::1]:80',
      'site_web:4400',
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('take loopback only on the port the connection arrived at (a missing port is 80)', () => {
    const none = new Set<string>();
    expect(['127.0.0.1:4500', 'localhost:4500', '[::1]:4500'].map((h) => hostAccepted(h, none, 4500))).toEqual([true, true, true]);
    expect(['127.0.0.1:4501', 'localhost', 'evil.example:4500', undefined].map((h) => hostAccepted(h, none, 4500))).toEqual([false, false, false, false]);
    expect(hostAccepted('localhost', none, 80)).toBe(true);
  });
});

describeSite('Host check', (site) => {
  it('answers 421 with the JSON error to any other Host, on public pages, API, media and unknown paths alike', async () => {
    for (const host of FOREIGN) {
      for (const url of PUBLIC_AND_API) {
        const res = await site.call('GET', url, { headers: { host } });
        expect({ host, url, status: res.statusCode, code: res.json().error.code }).toEqual({ host, url, status: 421, code: 'INVALID_ARGUMENT' });
        expect(res.headers['content-security-policy']).toContain("default-src 'none'");
      }
    }
  });

  it('writes nothing for a request to another Host, even with a valid token', async () => {
    const res = await site.call('POST', '/api/v1/articles', { token: site.tokens.editor, body: { fields: { headline: 'Umgeleitet' } }, headers: { host: 'evil.example' } });
    expect(res.statusCode).toBe(421);
    expect((await site.call('GET', '/api/v1/articles', { token: site.tokens.editor })).json().articles).toEqual([]);
  });

  it("answers the site URL's host (any case, its default port, a trailing dot) and loopback names", async () => {
    for (const host of ['site.test', 'SITE.test', 'site.test:80', 'site.test.', 'localhost', 'localhost:80', '127.0.0.1:4400', '[::1]:1234']) {
      expect({ host, status: (await site.call('GET', '/', { headers: { host } })).statusCode }).toEqual({ host, status: 200 });
    }
    // fastify.inject's own Host (localhost:80) is loopback: the kit needs no header.
    expect((await site.call('GET', '/')).statusCode).toBe(200);
  });
});

describeSite(
  'Host check behind a reverse proxy (COPYDESK_SITE_HOSTS)',
  (site) => {
    it('answers the configured extra hosts, exactly as listed', async () => {
      expect((await site.call('GET', '/', { headers: { host: 'proxy.internal:8080' } })).statusCode).toBe(200);
      expect((await site.call('GET', '/', { headers: { host: 'www.site.test' } })).statusCode).toBe(200);
      expect((await site.call('GET', '/', { headers: { host: 'proxy.internal' } })).statusCode).toBe(421);
    });

    it('builds feed, sitemap and robots.txt links from the configured site URL, never from Host or X-Forwarded-Host', async () => {
      await publishViaApi(site, { headline: 'Verlinkt', slug: 'verlinkt', tags: ['Hafen'] });
      for (const host of ['proxy.internal:8080', 'localhost:80']) {
        const headers = { host, 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' };
        for (const url of ['/feed.xml', '/sitemap.xml', '/robots.txt']) {
          const body = (await site.call('GET', url, { headers })).body;
          const links = body.match(/https?:\/\/[^<"\s]+/g)?.filter((l) => !/sitemaps\.org|w3\.org/.test(l)) ?? [];
          expect(links.length, url).toBeGreaterThan(0);
          expect(links.filter((l) => !l.startsWith(`${TEST_SITE_URL}/`)), `${url} via ${host}`).toEqual([]);
        }
      }
    });
  },
  { allowedHosts: ['proxy.internal:8080', 'WWW.site.test'] },
);

/** GET / on the listening site with a raw Host header (fetch may not set one). */
const getWithHost = (port: number, host: string) =>
  new Promise<number>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/', headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject).end();
  });

describe('Host check on a listening site with no configured URL (the embedded site on a free port)', () => {
  let db: OpenDatabase;
  let server: SiteServer;
  let port: number;
  beforeAll(async () => {
    db = await openDatabase({ sqliteMemory: true });
    server = await createSiteServer({ db, clock: { now: () => new Date() }, schedulerIntervalMs: false, identity: {} });
    await server.listen({ host: '127.0.0.1', port: 0 });
    port = (server.server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it('answers loopback names on its port and refuses them on another port, and every other name', async () => {
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
    expect(await getWithHost(port, `localhost:${port}`)).toBe(200);
    expect(await getWithHost(port, `127.0.0.1:${port + 1}`)).toBe(421);
    expect(await getWithHost(port, `evil.example:${port}`)).toBe(421);
  });

  it('refuses a request without a Host header', async () => {
    const answer = await new Promise<string>((resolve, reject) => {
      let data = '';
      const socket = connect(port, '127.0.0.1', () => socket.write('GET / HTTP/1.0\r\n\r\n'));
      socket.on('data', (chunk) => (data += chunk.toString())).on('end', () => resolve(data)).on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.[01] 421 /);
  });
});
