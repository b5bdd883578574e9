import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInboxStore, INBOX_MAX_ITEMS, type NewInboxItem } from '../../../../backend/team/inbox-store';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-inbox-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const item = (n: number): NewInboxItem => ({
  id: `status:a${n}`,
  at: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(),
  articleId: 'article-1',
  headline: `Artikel ${n}`,
  kind: 'status',
  actorName: 'Rita Review',
  text: { de: `Text ${n}`, en: `Text ${n}` },
});

describe('inbox store', () => {
  it('adds each item once, lists newest first, tells the host of new ones, and survives a restart', async () => {
    const told: string[] = [];
    const inbox = await createInboxStore(dir, (added) => told.push(...added.map((i) => i.id)));
    expect(await inbox.add([item(1), item(2), item(2)])).toHaveLength(2);
    expect(await inbox.add([item(1)])).toEqual([]);
    expect(told).toEqual(['status:a1', 'status:a2']);
    const again = await createInboxStore(dir);
    const listed = await again.list();
    expect(listed.items.map((i) => i.id)).toEqual(['status:a2', 'status:a1']);
    expect(listed.unread).toBe(2);
  });

  it('marks some or all read, durably', async () => {
    const inbox = await createInboxStore(dir);
    await inbox.add([item(1), item(2), item(3)]);
    expect(await inbox.markRead(['status:a2'])).toEqual({ unread: 2 });
    expect((await (await createInboxStore(dir)).list()).items.find((i) => i.id === 'status:a2')!.read).toBe(true);
    expect(await inbox.markRead()).toEqual({ unread: 0 });
  });

  it(`keeps the newest ${INBOX_MAX_ITEMS}`, async () => {
    const inbox = await createInboxStore(dir);
    await inbox.add(Array.from({ length: INBOX_MAX_ITEMS + 5 }, (_, n) => item(n)));
    const { items } = await inbox.list();
    expect(items).toHaveLength(INBOX_MAX_ITEMS);
    expect(items.at(-1)!.id).toBe('status:a5');
  });
});
