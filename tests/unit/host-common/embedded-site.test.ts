import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmbeddedSite } from '../../../host-common/embedded-site';
import { createReferenceSiteTarget } from '../../../backend/sync/targets/reference-site/reference-site-target';
import { DEMO_TEAM } from '../../../backend/team/demo-team';
import { createFileSecretBox } from '../../../backend/storage/key-file-box';
import { replaceFileDurably } from '../../../backend/storage/durable-write';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('embedded site', () => {
  it('starts on 127.0.0.1 with SQLite in <dataDir>/site, bootstraps the demo team (one account per role, by its display name) once, and falls back to a free port', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-embedded-'));
    dirs.push(dataDir);
    // Occupy a port so the embedded site has to fall back.
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const taken = (blocker.address() as { port: number }).port;
    try {
      const site = await startEmbeddedSite({ dataDir, port: taken });
      expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(site.url).not.toBe(`http://127.0.0.1:${taken}`);
      expect(statSync(path.join(dataDir, 'site', 'site.db')).isFile()).toBe(true);
      for (const role of ['editor', 'reviewer', 'publisher'] as const) {
        expect(await createReferenceSiteTarget({ url: site.url, token: site.tokens[role] }).whoAmI()).toMatchObject({ role, name: DEMO_TEAM[role] });
      }
      const first = site.tokens;
      await site.close();

      const again = await startEmbeddedSite({ dataDir, port: 0 });
      expect(again.tokens).toEqual(first);
      expect(statSync(path.join(dataDir, 'site', 'tokens.sealed')).mode & 0o777).toBe(0o600);
      await again.close();
    } finally {
      blocker.close();
    }
  });

  it('makes the demo team for a data directory of before it, and gives an account whose token was lost a new one', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-embedded-'));
    dirs.push(dataDir);
    const first = await startEmbeddedSite({ dataDir, port: 0 });
    await first.close();
    // A tokens file of before the demo team: a bare map of roles.
    const box = createFileSecretBox(dataDir);
    await replaceFileDurably(path.join(dataDir, 'site', 'tokens.sealed'), await box.seal(JSON.stringify({ editor: 'x', reviewer: 'y', publisher: 'z' })), 0o600);
    const again = await startEmbeddedSite({ dataDir, port: 0 });
    try {
      expect(again.tokens.editor).not.toBe(first.tokens.editor);
      const target = createReferenceSiteTarget({ url: again.url, token: again.tokens.reviewer });
      expect(await target.whoAmI()).toMatchObject({ role: 'reviewer', name: 'Demo Prüfung' });
      const old = await createReferenceSiteTarget({ url: again.url, token: first.tokens.reviewer }).whoAmI().then(() => 'works', () => 'refused');
      expect(old).toBe('refused');
    } finally {
      await again.close();
    }
  });
});
