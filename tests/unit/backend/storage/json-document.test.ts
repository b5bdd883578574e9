import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createJsonDocument } from '../../../../backend/storage/json-document';
import { expectAppError, makeTempDir, removeDir } from '../articles/store/store-test-helpers';

const schema = z.object({ language: z.enum(['de', 'en']), fontSize: z.number().int().min(8) });
const defaults = { language: 'de' as const, fontSize: 14 };

describe('createJsonDocument', () => {
  let dir: string;
  let file: string;
  const open = () => createJsonDocument({ file, schema, defaults, now: () => new Date('2026-01-02T03:04:05Z') });
  beforeEach(async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {}); // the set-aside notice is expected here
    dir = await makeTempDir('doc');
    file = path.join(dir, 'settings.json');
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await removeDir(dir);
  });

  it('gives the defaults when there is no file yet', async () => {
    expect(await open().read()).toEqual(defaults);
  });

  it('stores a value durably and reads it back in a new instance', async () => {
    await open().write({ language: 'en', fontSize: 18 });
    expect(await open().read()).toEqual({ language: 'en', fontSize: 18 });
  });

  it('rejects an invalid value and keeps the stored one', async () => {
    const doc = open();
    await doc.write({ language: 'en', fontSize: 18 });
    await expectAppError(doc.write({ language: 'en', fontSize: 2 }), 'INVALID_ARGUMENT');
    expect(await open().read()).toEqual({ language: 'en', fontSize: 18 });
  });

  it('fills in keys an older file lacks from the defaults', async () => {
    await writeFile(file, JSON.stringify({ language: 'en' }));
    expect(await open().read()).toEqual({ language: 'en', fontSize: 14 });
  });

  it('sets a corrupt file aside and uses the defaults instead of crashing', async () => {
    await writeFile(file, '{"language": "en", "fontSi');
    const doc = open();
    expect(await doc.read()).toEqual(defaults);
    expect(doc.setAside()).toEqual({ reason: expect.stringContaining('not valid JSON'), keptAs: expect.stringContaining('settings.json.corrupt-') });
    const kept = (await readdir(dir)).filter((f) => f.includes('.corrupt-'));
    expect(kept).toHaveLength(1);
    expect(await readFile(path.join(dir, kept[0]!), 'utf8')).toBe('{"language": "en", "fontSi');
  });

  it('sets an invalid file aside and falls back to the last good copy when there is one', async () => {
    const doc = open();
    await doc.write({ language: 'en', fontSize: 16 });
    await doc.write({ language: 'en', fontSize: 20 });
    await writeFile(file, JSON.stringify({ language: 'fr', fontSize: 20 }));
    expect(await open().read()).toEqual({ language: 'en', fontSize: 16 });
  });
});
