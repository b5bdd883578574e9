import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DurableJsonFile, UnreadableJsonError } from '../../../../backend/storage/durable-json-file';
import { makeTempDir, removeDir } from '../articles/store/store-test-helpers';

interface Doc {
  n: number;
  text: string;
}

describe('DurableJsonFile', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await makeTempDir('durable');
    file = path.join(dir, 'doc.json');
  });
  afterEach(() => removeDir(dir));

  it('round-trips data through lowdb and leaves no temp file behind', async () => {
    const db = new Low<Doc>(new DurableJsonFile<Doc>(file), { n: 0, text: '' });
    db.data = { n: 1, text: 'Grüße aus Köln' };
    await db.write();

    const again = new Low<Doc>(new DurableJsonFile<Doc>(file), { n: 0, text: '' });
    await again.read();
    expect(again.data).toEqual({ n: 1, text: 'Grüße aus Köln' });
    expect(await readdir(dir)).toEqual(['doc.json']);
  });

  it('returns null for a missing file', async () => {
    expect(await new DurableJsonFile<Doc>(file).read()).toBeNull();
  });

  it('keeps the previous good copy as .bak', async () => {
    const adapter = new DurableJsonFile<Doc>(file);
    await adapter.write({ n: 1, text: 'first' });
    await adapter.write({ n: 2, text: 'second' });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ n: 2, text: 'second' });
    expect(JSON.parse(await readFile(`${file}.bak`, 'utf8'))).toEqual({ n: 1, text: 'first' });
  });

  it('recovers from .bak when a crash left only the backup, and puts the file back', async () => {
    const adapter = new DurableJsonFile<Doc>(file);
    await adapter.write({ n: 1, text: 'first' });
    await adapter.write({ n: 2, text: 'second' });
    await rm(file); // as if killed between "current -> .bak" and "temp -> current"

    expect(await new DurableJsonFile<Doc>(file).read()).toEqual({ n: 1, text: 'first' });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ n: 1, text: 'first' });
  });

  it('throws a typed error with the reason for an unparsable file', async () => {
    await writeFile(file, '{"n": 1, "text": "abgeschnit');
    const err = await new DurableJsonFile<Doc>(file).read().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnreadableJsonError);
    expect((err as UnreadableJsonError).reason).toMatch(/not valid JSON/);
    expect((err as UnreadableJsonError).file).toBe(file);
  });

  it('reports an empty file as such', async () => {
    await writeFile(file, '');
    await expect(new DurableJsonFile<Doc>(file).read()).rejects.toMatchObject({ reason: 'the file is empty' });
  });

  it('serialises concurrent writes: every caller resolves and the newest data wins', async () => {
    const writers = [new DurableJsonFile<Doc>(file), new DurableJsonFile<Doc>(file)];
    const done: number[] = [];
    const writes = Array.from({ length: 30 }, (_, n) =>
      writers[n % 2]!.write({ n, text: `version ${n}` }).then(async () => {
        // When a caller's promise resolves, the file holds its data or newer data.
        const onDisk = JSON.parse(await readFile(file, 'utf8')) as Doc;
        expect(onDisk.n).toBeGreaterThanOrEqual(n);
        done.push(n);
      }),
    );
    await Promise.all(writes);
    expect(done).toHaveLength(30);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ n: 29, text: 'version 29' });
    expect(await readdir(dir)).not.toContain('doc.json.tmp');
  });
});
