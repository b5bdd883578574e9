import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMediaStore } from '../../../../../backend/articles/media/media-store';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const png = readFileSync(path.resolve(import.meta.dirname, '../../../../fixtures/images/harbour.png'));

describe('media store', () => {
  it('stores the same picture sent several times at once (dropped twice) once, and answers every put', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-media-'));
    dirs.push(dir);
    const media = createMediaStore(dir);
    const results = await Promise.all([1, 2, 3].map(() => media.put(png.toString('base64'))));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(readdirSync(path.join(dir, 'media'))).toEqual([results[0]!.id]);
  });
});
