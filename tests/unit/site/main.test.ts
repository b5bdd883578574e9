import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../support/free-port';

const run = promisify(execFile);
const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const dataDir = mkdtempSync(join(tmpdir(), 'copydesk-site-main-'));
// SQLite in a fresh directory, whatever the developer's environment says.
const env = { ...process.env, COPYDESK_SITE_DATA: dataDir, DATABASE_URL: '' };

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));


describe('npm run site', () => {
  it('adds a user, prints its token once, and serves the API that accepts it until the user is disabled', async () => {
    const { stdout } = await run(TSX, ['site/main.ts', 'user', 'add', 'Lena Groß', '--role', 'editor'], { env });
    const token = stdout.trim().split('\n').at(-1) as string;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await expect(run(TSX, ['site/main.ts', 'user', 'add', 'lena groß', '--role', 'editor'], { env })).rejects.toMatchObject({ code: 1 });

    const port = await freePort();
    const server = spawn(TSX, ['site/main.ts'], { env: { ...env, COPYDESK_SITE_PORT: String(port) }, stdio: 'ignore' });
    try {
      let created: Response | null = null;
      for (let i = 0; i < 100 && !created; i++) {
        await new Promise((r) => setTimeout(r, 100));
        created = await fetch(`http://127.0.0.1:${port}/api/v1/articles`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ fields: { headline: 'Vom Server' } }),
        }).catch(() => null);
      }
      expect(created?.status).toBe(201);
      expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
      const me = () => fetch(`http://127.0.0.1:${port}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
      expect(await (await me()).json()).toMatchObject({ user: { name: 'Lena Groß', role: 'editor' } });
      await run(TSX, ['site/main.ts', 'user', 'disable', 'Lena Groß'], { env });
      const refused = await me();
      expect(refused.status).toBe(401);
      expect(await refused.json()).toMatchObject({ error: { code: 'UNAUTHORIZED', message: 'This account is disabled.' } });
      const { stdout: listing } = await run(TSX, ['site/main.ts', 'user', 'list'], { env });
      expect(listing).toMatch(/^Lena Groß\teditor\tdisabled\t/m);
    } finally {
      server.kill('SIGTERM');
    }
  });
});
