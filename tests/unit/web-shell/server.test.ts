import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../backend/backend-types';
import { createWebShellServer, MEDIA_COOKIE } from '../../../web-shell/server';

const port = 5999;
const host = `127.0.0.1:${port}`;
/** A launch token as strong as the shell requires (createWebShellServer refuses weak ones). */
const TOKEN = 'Lt7-q2Zx9Kp4Wm8Rv3Yb6Nc1Hd5Jf0Gs_e';
const WRONG = 'Lt7-q2Zx9Kp4Wm8Rv3Yb6Nc1Hd5Jf0Gs_X';
let dir: string;
const calls: Array<{ name: string; args: unknown }> = [];
const backend: Backend = {
  dispatch: async (name, args) => {
    calls.push({ name, args });
    return { ok: true, value: { echoed: name } };
  },
  mediaFile: async (id) => (id === 'a.png' ? { path: path.join(dir, 'a.png'), mime: 'image/png' } : null),
  close: async () => {},
};
let app: ReturnType<typeof createWebShellServer>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-shell-'));
  mkdirSync(path.join(dir, 'static', 'assets'), { recursive: true });
  writeFileSync(path.join(dir, 'static', 'index.html'), '<!doctype html><title>Copydesk</title>');
  writeFileSync(path.join(dir, 'static', 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(dir, 'secret.txt'), 'outside');
  writeFileSync(path.join(dir, 'a.png'), 'PNGDATA');
  app = createWebShellServer({ backend, token: TOKEN, port, staticDir: path.join(dir, 'static') });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('web shell server', () => {
  it('runs a call that carries the launch token', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/articles.list', headers: { host, 'x-copydesk-token': TOKEN }, payload: { query: 'x' } });
    expect(res.json()).toEqual({ ok: true, value: { echoed: 'articles.list' } });
    expect(calls.at(-1)).toEqual({ name: 'articles.list', args: { query: 'x' } });
  });

  it('refuses calls without the token, with a wrong one, or from another origin', async () => {
    const before = calls.length;
    expect((await app.inject({ method: 'POST', url: '/api/articles.list', headers: { host }, payload: {} })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/articles.list', headers: { host, 'x-copydesk-token': WRONG }, payload: {} })).statusCode).toBe(401);
    const cross = await app.inject({ method: 'POST', url: '/api/articles.list', headers: { host, 'x-copydesk-token': TOKEN, origin: 'http://evil.example' }, payload: {} });
    expect(cross.statusCode).toBe(403);
    expect(calls.length).toBe(before);
  });

  it('refuses requests for any other host name (DNS rebinding)', async () => {
    const res = await app.inject({ method: 'GET', url: '/', headers: { host: 'evil.example:5999' } });
    expect(res.statusCode).toBe(421);
  });

  it('serves the renderer with a strict CSP and never files outside it', async () => {
    const index = await app.inject({ method: 'GET', url: '/', headers: { host } });
    expect(index.statusCode).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(index.headers['content-security-policy']).toContain("object-src 'none'");
    expect((await app.inject({ method: 'GET', url: '/assets/app.js', headers: { host } })).statusCode).toBe(200);
    for (const url of ['/../secret.txt', '/assets/..%2F..%2Fsecret.txt', '/%2e%2e/secret.txt']) {
      const res = await app.inject({ method: 'GET', url, headers: { host } });
      expect(res.body, url).not.toContain('outside');
    }
  });

  it('serves media only to the browser that opened the launch URL', async () => {
    expect((await app.inject({ method: 'GET', url: '/media/a.png', headers: { host } })).statusCode).toBe(401);
    const open = await app.inject({ method: 'GET', url: `/?token=${TOKEN}`, headers: { host } });
    const cookie = String(open.headers['set-cookie']).split(';')[0]!;
    expect(String(open.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    const media = await app.inject({ method: 'GET', url: '/media/a.png', headers: { host, cookie } });
    expect(media.statusCode).toBe(200);
    expect(media.headers['content-type']).toBe('image/png');
    expect((await app.inject({ method: 'GET', url: '/media/missing.png', headers: { host, cookie } })).statusCode).toBe(404);
  });
});

/** jsdom's cookie jar (tough-cookie, as browsers: ports do not separate cookies); jsdom ships no types, hence the shape. */
interface CookieJarLike {
  setCookieSync(cookie: string, url: string): unknown;
  getCookieStringSync(url: string): string;
}
const JSDOM_MODULE = 'jsdom';

describe('the media cookie (a browser sends 127.0.0.1 cookies to every local port)', () => {
  const setCookies = async () => {
    const open = await app.inject({ method: 'GET', url: `/?token=${TOKEN}`, headers: { host } });
    const raw = open.headers['set-cookie'];
    return Array.isArray(raw) ? raw : [String(raw)];
  };
  const mediaCookieValue = async () => {
    const media = (await setCookies()).find((c) => c.startsWith(`${MEDIA_COOKIE}=`))!;
    return media.split(';')[0]!.slice(MEDIA_COOKIE.length + 1);
  };

  it('holds a media key of its own, never the launch token, for Path=/media/ only, HttpOnly and SameSite=Strict', async () => {
    const cookies = await setCookies();
    for (const cookie of cookies) expect(cookie).not.toContain(TOKEN);
    const media = cookies.find((c) => c.startsWith(`${MEDIA_COOKIE}=`))!;
    const attributes = media.split(';').map((a) => a.trim());
    expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/media/']));
    expect(attributes.filter((a) => /^path=/i.test(a))).toEqual(['Path=/media/']);
    expect((await mediaCookieValue()).length).toBeGreaterThanOrEqual(32);
    // The cookie earlier versions set (the token itself, for Path=/) is expired.
    expect(cookies).toContainEqual(expect.stringMatching(/^copydesk_token=; .*Max-Age=0/));
    // Without the launch token in the URL, no cookie at all.
    expect((await app.inject({ method: 'GET', url: '/', headers: { host } })).headers['set-cookie']).toBeUndefined();
    expect((await app.inject({ method: 'GET', url: `/?token=${WRONG}`, headers: { host } })).headers['set-cookie']).toBeUndefined();
  });

  it('is useless against the contract: app.info, sites.list and sites.add refuse its value however it is sent', async () => {
    const key = await mediaCookieValue();
    const before = calls.length;
    for (const name of ['app.info', 'sites.list', 'sites.add']) {
      const payload = name === 'sites.add' ? { kind: 'reference-site', url: 'http://127.0.0.1:9', token: 'x' } : {};
      const asHeader = await app.inject({ method: 'POST', url: `/api/${name}`, headers: { host, 'x-copydesk-token': key }, payload });
      expect(asHeader.statusCode, name).toBe(401);
      const asCookie = await app.inject({ method: 'POST', url: `/api/${name}`, headers: { host, cookie: `${MEDIA_COOKIE}=${key}; copydesk_token=${key}` }, payload });
      expect(asCookie.statusCode, name).toBe(401);
    }
    expect(calls.length).toBe(before);
  });

  it('what a browser would send to another local port (a hostile <img>) carries nothing the contract accepts', async () => {
    // A browser-like cookie jar (jsdom's, i.e. tough-cookie: ports do not separate cookies) and
    // a real listener on another loopback port that records what reaches it.
    const { CookieJar } = (await import(JSDOM_MODULE)) as { CookieJar: new () => CookieJarLike };
    const jar = new CookieJar();
    for (const cookie of await setCookies()) jar.setCookieSync(cookie, `http://${host}/`);
    const received: string[] = [];
    const other = createServer((req, res) => {
      received.push(req.headers.cookie ?? '');
      res.end('ok');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const otherPort = (other.address() as AddressInfo).port;
    try {
      for (const target of ['/pixel.png', '/', '/api/app.info', '/media/x.png']) {
        const url = `http://127.0.0.1:${otherPort}${target}`;
        const cookie = jar.getCookieStringSync(url);
        await fetch(url, { headers: cookie ? { cookie } : {} }).then((r) => r.text());
      }
    } finally {
      await new Promise<void>((resolve) => other.close(() => resolve()));
    }
    expect(received).toHaveLength(4);
    // Only /media/ paths get a cookie at all, and never the launch token.
    expect(received.slice(0, 3)).toEqual(['', '', '']);
    expect(received[3]).toMatch(new RegExp(`^${MEDIA_COOKIE}=`));
    expect(received.join('\n')).not.toContain(TOKEN);
    const leaked = received.flatMap((c) => c.split(';')).map((c) => c.trim().split('=').slice(1).join('=')).filter(Boolean);
    expect(leaked.length).toBeGreaterThan(0);
    const before = calls.length;
    for (const value of leaked) {
      for (const name of ['app.info', 'sites.list', 'sites.add']) {
        const res = await app.inject({ method: 'POST', url: `/api/${name}`, headers: { host, 'x-copydesk-token': value, cookie: received[3]! }, payload: {} });
        expect(res.statusCode, name).toBe(401);
      }
    }
    expect(calls.length).toBe(before);
    // And the same jar still loads this shell's media.
    const media = await app.inject({ method: 'GET', url: '/media/a.png', headers: { host, cookie: jar.getCookieStringSync(`http://${host}/media/a.png`) } });
    expect(media.statusCode).toBe(200);
    expect(media.body).toBe('PNGDATA');
    // ...but not with the launch token in the cookie instead of the media key.
    expect((await app.inject({ method: 'GET', url: '/media/a.png', headers: { host, cookie: `${MEDIA_COOKIE}=${TOKEN}; copydesk_token=${TOKEN}` } })).statusCode).toBe(401);
  });

  it('refuses a weak launch token outright', () => {
    expect(() => createWebShellServer({ backend, token: 'launch-token', port, staticDir: dir })).toThrow(/too weak/);
  });
});
