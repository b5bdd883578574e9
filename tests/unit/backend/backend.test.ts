import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../core/article/article';
import { createBackend } from '../../../backend/backend';
import type { Backend } from '../../../backend/backend-types';

let dir: string;
let backend: Backend;
const opened: string[] = [];

async function call<T>(name: string, args: unknown = {}): Promise<T> {
  const result = await backend.dispatch(name, args);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function article(changes: Record<string, unknown>): Promise<Article> {
  const created = await call<Article>('articles.create', {});
  await call('articles.save', { id: created.id, baseRev: created.rev, changes });
  return call<Article>('articles.get', { id: created.id });
}

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-backend-'));
  backend = await createBackend({
    dataDir: dir,
    host: 'web',
    version: '1.2.3',
    forcedLanguage: null,
    systemLanguage: 'de-DE',
    openExternal: async (url) => {
      opened.push(url);
      return true;
    },
  });
});
afterEach(async () => {
  await backend.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('articles through the contract', () => {
  it('derives the slug from the headline and keeps it unique', async () => {
    const a = await article({ headline: 'Übernahme der Stadtwerke' });
    const b = await article({ headline: 'Übernahme der Stadtwerke' });
    expect(a.slug).toBe('uebernahme-der-stadtwerke');
    expect(b.slug).toBe('uebernahme-der-stadtwerke-2');
  });

  it('keeps a hand-written slug when the headline changes later', async () => {
    const a = await article({ headline: 'Erste Fassung', slug: 'Mein eigener Slug' });
    expect(a.slug).toBe('mein-eigener-slug');
    const saved = await call<{ slug: string }>('articles.save', { id: a.id, baseRev: a.rev, changes: { headline: 'Zweite Fassung' } });
    expect(saved.slug).toBe('mein-eigener-slug');
  });

  it('follows the headline while the slug is still the derived one', async () => {
    const a = await article({ headline: 'Erste Fassung' });
    const saved = await call<{ slug: string }>('articles.save', { id: a.id, baseRev: a.rev, changes: { headline: 'Zweite Fassung' } });
    expect(saved.slug).toBe('zweite-fassung');
  });

  it('refuses a save based on an old revision and reports the current one', async () => {
    const a = await article({ headline: 'Eins' });
    const stale = await backend.dispatch('articles.save', { id: a.id, baseRev: 0, changes: { headline: 'Zwei' } });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await call<Article>('articles.get', { id: a.id })).headline).toBe('Eins');
  });

  it('lists with search, tag and section filters', async () => {
    await article({ headline: 'Hafen', section: 'Wirtschaft', tags: ['Hamburg'], body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Containerbrücken aus Finnland' }] }] } });
    await article({ headline: 'Rathaus', section: 'Politik', tags: ['Köln'] });
    const byWord = await call<{ items: Article[] }>('articles.list', { query: 'containerbrücken' });
    expect(byWord.items.map((i) => i.headline)).toEqual(['Hafen']);
    const byTag = await call<{ items: Article[] }>('articles.list', { tag: 'köln' });
    expect(byTag.items.map((i) => i.headline)).toEqual(['Rathaus']);
    const bySection = await call<{ items: Article[] }>('articles.list', { section: 'Wirtschaft' });
    expect(bySection.items.map((i) => i.headline)).toEqual(['Hafen']);
    expect(await call<string[]>('sections.list')).toEqual(['Politik', 'Wirtschaft']);
  });

  it('renames and merges tags in every article, case-insensitively', async () => {
    const a = await article({ headline: 'A', tags: ['Fussball', 'WM'] });
    const b = await article({ headline: 'B', tags: ['fußball'] });
    const c = await article({ headline: 'C', tags: ['Fußball', 'fussball'] });
    expect(await call('tags.merge', { sources: ['fussball', 'Fußball'], into: 'Fußball' })).toEqual({ changed: 3 });
    expect((await call<Article>('articles.get', { id: a.id })).tags).toEqual(['Fußball', 'WM']);
    expect((await call<Article>('articles.get', { id: b.id })).tags).toEqual(['Fußball']);
    expect((await call<Article>('articles.get', { id: c.id })).tags).toEqual(['Fußball']);
    expect(await call('tags.rename', { from: 'WM', to: 'Weltmeisterschaft' })).toEqual({ changed: 1 });
    expect(await call('tags.list')).toEqual([
      { name: 'Fußball', count: 3 },
      { name: 'Weltmeisterschaft', count: 1 },
    ]);
    expect(await backend.dispatch('tags.rename', { from: 'Gibtsnicht', to: 'X' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('media and settings', () => {
  const png = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/images/portrait.png'));

  it('stores an image by content hash and sniffs its type from the bytes', async () => {
    const stored = await call<{ id: string; mime: string }>('media.put', { fileName: 'foto.jpg', dataBase64: png.toString('base64') });
    expect(stored.mime).toBe('image/png');
    expect(stored.id).toMatch(/^[a-f0-9]{64}\.png$/);
    const file = await backend.mediaFile(stored.id);
    expect(readFileSync(file!.path)).toEqual(png);
    expect(await backend.mediaFile('../settings.json')).toBeNull();
  });

  it('refuses a file that only claims to be an image', async () => {
    const fake = Buffer.from('<html><script>alert(1)</script></html>').toString('base64');
    expect(await backend.dispatch('media.put', { fileName: 'bild.png', dataBase64: fake })).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_MEDIA' } });
  });

  it('keeps settings across a restart', async () => {
    await call('settings.update', { uiLanguage: 'de', profile: { name: 'Anna', role: 'reviewer' } });
    await backend.close();
    backend = await createBackend({ dataDir: dir, host: 'web', version: '1', forcedLanguage: null, systemLanguage: 'en', openExternal: async () => true });
    expect(await call('settings.get')).toMatchObject({ uiLanguage: 'de', profile: { name: 'Anna', role: 'reviewer' }, siteTimeZone: 'Europe/Berlin' });
  });

  it('opens only http(s) and mailto links outside the app', async () => {
    expect(await call('shell.openExternal', { url: 'https://example.org/a' })).toEqual({ opened: true });
    expect(await backend.dispatch('shell.openExternal', { url: 'javascript:alert(1)' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(await backend.dispatch('shell.openExternal', { url: 'file:///etc/passwd' })).toMatchObject({ ok: false });
    expect(opened).toEqual(['https://example.org/a']);
  });
});
