/**
 * A full disk (ENOSPC) during autosave and media upload, on the small disk of
 * tests/support/full-disk.ts: a clear error, nothing acknowledged lost, and it works again
 * once space is back.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleSchema } from '../../../../core/article/article';
import { createArticleStore } from '../../../../backend/articles/store/json-article-store';
import type { ArticleStore } from '../../../../backend/articles/store/article-store';
import { createMediaStore } from '../../../../backend/articles/media/media-store';
import { disk } from '../../../support/full-disk';
import { bodyOf, expectAppError, makeTempDir, removeDir, sampleFields } from '../articles/store/store-test-helpers';

vi.mock('node:fs/promises', async (importOriginal) => (await import('../../../support/full-disk')).withSmallDisk(await importOriginal()));

const FULL_SAVE = /^The disk is full: Saving article [\w-]+ failed \(ENOSPC\)\. Free some space; your text is kept and saved again automatically\.$/;
const FULL_IMAGE = /^The disk is full: Storing the image failed \(ENOSPC\)\. /;

const figures = { savesRefused: 0, ackedLost: 0, mediaRefused: 0, partialMedia: 0 };

let dataDir: string;
let store: ArticleStore | null = null;

beforeEach(async () => {
  // The back end logs the failed background writes (index); the tests check what the user sees.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  dataDir = await makeTempDir('full-disk');
  disk.mount(dataDir);
});
afterEach(async () => {
  vi.restoreAllMocks();
  disk.unmount();
  await store?.close();
  store = null;
  await removeDir(dataDir);
});
afterAll(() => {
  console.log(
    `full disk: autosave ${figures.savesRefused} saves refused, ${figures.ackedLost} acked lost; media ${figures.mediaRefused} refused, ${figures.partialMedia ? `${figures.partialMedia} partial file(s)` : 'no partial file'}`,
  );
});

async function openStore(): Promise<ArticleStore> {
  await store?.close();
  store = createArticleStore({ dataDir, indexDelayMs: 2 });
  await store.open();
  return store;
}

/** The article as its file on disk has it (the file must parse and validate). */
async function onDisk(id: string) {
  const file = JSON.parse(await readFile(path.join(dataDir, 'articles', `${id}.json`), 'utf8')) as { article: unknown };
  return articleSchema.parse(file.article);
}

describe('autosave on a full disk', () => {
  it('refuses saves with a clear message, keeps the acknowledged version, and saves again once space is back', async () => {
    let s = await openStore();
    const created = await s.create(sampleFields());
    const acked = await s.save(created.id, created.rev, { headline: 'Gespeichert, bevor die Platte voll war', body: bodyOf('Erster Absatz.') });

    // First a disk with a little room (the temp file is written in part), then none at all.
    disk.fillAfter(200);
    const attempts = ['Fast voll', 'Voll', 'Immer noch voll', 'Noch ein Versuch'];
    for (const [i, headline] of attempts.entries()) {
      if (i === 1) disk.fill();
      // The editor retries with the revision it has, as autosave does after a failure.
      const err = await expectAppError(s.save(created.id, acked.rev, { headline, body: bodyOf(`Absatz ${i}, lang `.repeat(40)) }), 'STORAGE_FAILED');
      expect(err.message).toMatch(FULL_SAVE);
      expect(err.details).toEqual({ code: 'ENOSPC' });
      figures.savesRefused++;
      // The file on disk is still the acknowledged version, whole.
      expect(await onDisk(created.id)).toEqual(acked);
      expect(await s.get(created.id)).toEqual(acked);
    }
    expect(disk.refusals).toBeGreaterThanOrEqual(attempts.length);
    // A part-written temp file is taken away at once: it holds space the user needs back.
    const names = await readdir(path.join(dataDir, 'articles'));
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);

    // A restart while the disk is still full (the index cannot be written, the store still opens).
    s = await openStore();
    const listed = s.list().find((x) => x.id === created.id);
    expect(listed).toMatchObject({ rev: acked.rev, headline: acked.headline });
    expect(s.damaged()).toEqual([]);
    if ((await s.get(created.id)).headline !== acked.headline) figures.ackedLost++;

    disk.free();
    const after = await s.save(created.id, acked.rev, { headline: 'Nach dem Aufräumen' });
    expect(after.rev).toBe(acked.rev + 1);
    s = await openStore();
    expect(await s.get(created.id)).toEqual(after);
    expect(await onDisk(created.id)).toEqual(after);
    expect(figures.ackedLost).toBe(0);
  });

  it('refuses creating an article on a full disk and leaves no file of it', async () => {
    const s = await openStore();
    disk.fill();
    const err = await expectAppError(s.create(sampleFields(), 'voll-neu'), 'STORAGE_FAILED');
    expect(err.message).toMatch(/^The disk is full: Creating article voll-neu failed \(ENOSPC\)\./);
    expect(s.list()).toEqual([]);
    expect(await readdir(path.join(dataDir, 'articles'))).toEqual([]);
    disk.free();
    expect((await s.create(sampleFields(), 'voll-neu')).rev).toBe(0);
  });

  it('opens an article whose only good copy is its .bak (a crash) while the disk is full, and keeps that copy', async () => {
    let s = await openStore();
    const created = await s.create(sampleFields({ headline: 'Nur noch im Backup' }));
    const file = path.join(dataDir, 'articles', `${created.id}.json`);
    await s.save(created.id, created.rev, { headline: 'Neuer' });
    await s.close();
    store = null;
    // A crash between the two renames of the old rename-only path: the file is gone, the .bak is rev 0.
    await rm(file);
    disk.fill();
    s = await openStore();
    expect(s.damaged()).toEqual([]);
    expect(await s.get(created.id)).toEqual(created);
    await expectAppError(s.save(created.id, created.rev, { headline: 'Voll' }), 'STORAGE_FAILED');
    expect(JSON.parse(await readFile(`${file}.bak`, 'utf8'))).toMatchObject({ article: { rev: 0 } });
    disk.free();
    const saved = await s.save(created.id, created.rev, { headline: 'Wieder Platz' });
    s = await openStore();
    expect(await s.get(created.id)).toEqual(saved);
  });

  it('closes without an error while the index cannot be written (it is only a cache)', async () => {
    const s = await openStore();
    const created = await s.create(sampleFields());
    disk.fill();
    await expect(s.close()).resolves.toBeUndefined();
    store = null;
    disk.free();
    const reopened = await openStore();
    expect(reopened.list().map((x) => x.id)).toEqual([created.id]);
  });
});

/** A PNG-looking image of `size` bytes (the store sniffs the magic bytes only). */
function image(size: number, seed: number): Buffer {
  const bytes = Buffer.alloc(size, seed);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes);
  return bytes;
}

describe('media upload on a full disk', () => {
  it('refuses the image with a clear message, leaves no part of it under its name, and takes it once space is back', async () => {
    const media = createMediaStore(dataDir);
    const before = await media.put(image(1000, 1).toString('base64'));
    const picture = image(64 * 1024, 2);

    disk.fillAfter(10_000);
    const err = await expectAppError(media.put(picture.toString('base64')), 'STORAGE_FAILED');
    expect(err.message).toMatch(FULL_IMAGE);
    figures.mediaRefused++;
    const names = await readdir(path.join(dataDir, 'media'));
    // Named by its hash, a part of it would be served as a broken image for ever.
    figures.partialMedia = names.filter((n) => n !== before.id).length;
    expect(names).toEqual([before.id]);

    disk.fill();
    await expectAppError(media.put(picture.toString('base64')), 'STORAGE_FAILED');
    expect(await readdir(path.join(dataDir, 'media'))).toEqual([before.id]);

    disk.free();
    const stored = await media.put(picture.toString('base64'));
    const found = await media.file(stored.id);
    expect(found).not.toBeNull();
    expect((await readFile(found!.path)).equals(picture)).toBe(true);
    expect((await readdir(path.join(dataDir, 'media'))).sort()).toEqual([before.id, stored.id].sort());
  });

  it('says the disk is full when even the media folder cannot be made', async () => {
    const media = createMediaStore(dataDir);
    disk.fill();
    const err = await expectAppError(media.put(image(100, 3).toString('base64')), 'STORAGE_FAILED');
    expect(err.message).toMatch(FULL_IMAGE);
    disk.free();
    expect((await media.put(image(100, 3).toString('base64'))).bytes).toBe(100);
  });
});
