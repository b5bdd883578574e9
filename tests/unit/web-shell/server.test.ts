import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../backend/backend-types';
import { createWebShellServer } from '../../../web-shell/server';

const port = 5999;
const host = `127.0.0.1:${port}`;
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
  app = createWebShellServer({ backend, token: 'launch-token', port, staticDir: path.join(dir, 'static') });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('web shell server', () => {
  it('runs a call that carries the launch token', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/articles.list', headers: { host, 'x-copydesk-token': 'launch-token' }, payload: { query: 'x' } });
    expect(res.json()).toEqual({ ok: true, value: { echoed: 'articles.list' } });
    expect(calls.at(-1)).toEqual({ name: 'articles.list', args: { query: 'x' } });
  });

  it('refuses calls without the token, with a wrong one, or from another origin', async () => {
    const before = calls.length;
    expect((await app.inject({ method: 'POST', url: '/api/articles.list', headers: { host }, payload: {} })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/articles.list', headers: { host, 'x-copydesk-token': 'launch-tokeX' }, payload: {} })).statusCode).toBe(401);
    const cross = await app.inject({ method: 'POST', url: '/api/articles.list', headers: { host, 'x-copydesk-token': 'launch-token', origin: 'http://evil.example' }, payload: {} });
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
    const open = await app.inject({ method: 'GET', url: '/?token=launch-token', headers: { host } });
    const cookie = String(open.headers['set-cookie']).split(';')[0]!;
    expect(String(open.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    const media = await app.inject({ method: 'GET', url: '/media/a.png', headers: { host, cookie } });
    expect(media.statusCode).toBe(200);
    expect(media.headers['content-type']).toBe('image/png');
    expect((await app.inject({ method: 'GET', url: '/media/missing.png', headers: { host, cookie } })).statusCode).toBe(404);
  });
});
