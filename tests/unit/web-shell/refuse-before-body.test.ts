// Hole: the token, Host and Origin used to be checked in the route handler, i.e. after Fastify
// had read (and parsed) the whole body, up to 32 MB, from anyone who could reach the port.
// Now they are checked in onRequest: the refusal arrives while the body is still on its way.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../backend/backend-types';
import { createWebShellServer } from '../../../web-shell/server';
import { freePort } from '../../support/free-port';

const TOKEN = 'Rb4_Tq9Lz2Xw7Kc5Vn8Mj3Hp6Fd1Gs0Ye-A';
let dir = '';
let port = 0;
let dispatched = 0;
const backend: Backend = {
  dispatch: async () => {
    dispatched++;
    return { ok: true, value: {} };
  },
  mediaFile: async () => null,
  close: async () => {},
};
let app: ReturnType<typeof createWebShellServer>;


beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-shell-body-'));
  mkdirSync(path.join(dir, 'static'), { recursive: true });
  writeFileSync(path.join(dir, 'static', 'index.html'), '<!doctype html><title>Copydesk</title>');
  port = await freePort();
  app = createWebShellServer({ backend, token: TOKEN, port, staticDir: path.join(dir, 'static') });
  await app.listen({ host: '127.0.0.1', port });
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Outcome {
  response: string;
  /** Whether the server closed the connection (it must not wait for, or drain, the rest). */
  closed: boolean;
  ms: number;
}

/**
 * Sends the headers of a 30 MB POST and the first 64 KB of its body, then keeps trickling a
 * little more and never finishes it. Resolves with whatever came back within `waitMs`.
 */
function hugeUnfinishedPost(headers: Record<string, string>, waitMs = 4000, host = `127.0.0.1:${port}`): Promise<Outcome> {
  return new Promise((resolve) => {
    const started = Date.now();
    let response = '';
    let closed = false;
    let socket: Socket | null = null;
    let trickle: ReturnType<typeof setInterval> | null = null;
    const finish = () => {
      if (trickle) clearInterval(trickle);
      socket?.destroy();
      resolve({ response, closed, ms: Date.now() - started });
    };
    const timer = setTimeout(finish, waitMs);
    socket = connect(port, '127.0.0.1', () => {
      const lines = [
        'POST /api/articles.create HTTP/1.1',
        `Host: ${host}`,
        'Content-Type: application/json',
        `Content-Length: ${30 * 1024 * 1024}`,
        ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
      ];
      socket!.write(lines.join('\r\n') + '\r\n\r\n');
      socket!.write('{"pad":"' + 'x'.repeat(64 * 1024));
      trickle = setInterval(() => {
        if (!socket!.destroyed && socket!.writable) socket!.write('x'.repeat(1024));
      }, 50);
    });
    socket.on('data', (chunk) => {
      response += chunk.toString('latin1');
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      closed = true;
      clearTimeout(timer);
      finish();
    });
  });
}

describe('the web shell refuses before it reads a body', () => {
  it('answers an unauthenticated 30 MB POST whose body never finishes with 401, and closes the connection', async () => {
    const out = await hugeUnfinishedPost({});
    expect(out.response).toMatch(/^HTTP\/1\.1 401 /);
    expect(out.response).toContain('UNAUTHORIZED');
    expect(out.response.toLowerCase()).toContain('connection: close');
    expect(out.closed).toBe(true);
    expect(out.ms).toBeLessThan(3000);
    expect(dispatched).toBe(0);
  });

  it('does the same for a wrong token, a foreign Origin and a foreign Host', async () => {
    const wrong = await hugeUnfinishedPost({ 'x-copydesk-token': TOKEN.slice(0, -1) + 'B' });
    expect(wrong.response).toMatch(/^HTTP\/1\.1 401 /);
    const origin = await hugeUnfinishedPost({ 'x-copydesk-token': TOKEN, origin: 'http://evil.example' });
    expect(origin.response).toMatch(/^HTTP\/1\.1 403 /);
    const rebound = await hugeUnfinishedPost({ 'x-copydesk-token': TOKEN }, 4000, `evil.example:${port}`);
    expect(rebound.response).toMatch(/^HTTP\/1\.1 421 /);
    for (const out of [wrong, origin, rebound]) {
      expect(out.closed).toBe(true);
      expect(out.ms).toBeLessThan(3000);
    }
    expect(dispatched).toBe(0);
  });

  it('still waits for the body of a call that carries the token (and runs it once complete)', async () => {
    const pending = await hugeUnfinishedPost({ 'x-copydesk-token': TOKEN }, 800);
    expect(pending.response).toBe('');
    const res = await fetch(`http://127.0.0.1:${port}/api/articles.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-copydesk-token': TOKEN },
      body: '{}',
    });
    expect(res.status).toBe(200);
    expect(dispatched).toBe(1);
  });
});
