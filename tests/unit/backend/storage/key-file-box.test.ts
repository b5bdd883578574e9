import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileSecretBox } from '../../../../backend/storage/key-file-box';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'copydesk-box-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('file secret box', () => {
  it('round-trips a token, never stores it in the clear, and keeps its key readable only by the user', async () => {
    const dir = tmp();
    const box = createFileSecretBox(dir);
    const sealed = await box.seal('geheimes-token-123');
    expect(sealed).not.toContain('geheimes');
    expect(await createFileSecretBox(dir).open(sealed)).toBe('geheimes-token-123');
    expect(statSync(box.keyFile).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(box.keyFile)).mode & 0o777).toBe(0o700);
    expect(readFileSync(box.keyFile).length).toBe(32);
  });

  it('refuses what another data directory sealed, or a damaged value', async () => {
    const sealed = await createFileSecretBox(tmp()).seal('x');
    await expect(createFileSecretBox(tmp()).open(sealed)).rejects.toMatchObject({ code: 'DAMAGED' });
    await expect(createFileSecretBox(tmp()).open('plain')).rejects.toMatchObject({ code: 'DAMAGED' });
  });
});
