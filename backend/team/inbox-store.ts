import path from 'node:path';
import { z } from 'zod';
import { inboxItemSchema, type InboxItem } from '../../core/contract/calls/team';
import { createJsonDocument } from '../storage/json-document';
import { KeyedLock } from '../storage/keyed-lock';

/** The most notifications kept; the oldest go first. */
export const INBOX_MAX_ITEMS = 500;

const inboxFileSchema = z.object({ version: z.literal(1), items: z.array(inboxItemSchema) });

/** A new notification: everything but `read` (new ones are unread). */
export type NewInboxItem = Omit<InboxItem, 'read'>;

/**
 * This person's notifications in <dataDir>/inbox.json (durable, survives restarts). Items have
 * ids derived from what they are about, so hearing of the same thing twice adds it once.
 */
export async function createInboxStore(dataDir: string, onAdded: (items: InboxItem[]) => void = () => {}) {
  const doc = createJsonDocument({ file: path.join(dataDir, 'inbox.json'), schema: inboxFileSchema, defaults: { version: 1 as const, items: [] } });
  let items = (await doc.read()).items;
  const lock = new KeyedLock();
  const write = async (next: InboxItem[]) => {
    await doc.write({ version: 1, items: next });
    items = next;
  };
  const unread = () => items.filter((i) => !i.read).length;

  return {
    /** Newest first. */
    list: async () => ({ items: [...items].sort((a, b) => b.at.localeCompare(a.at)), unread: unread() }),
    /** Adds the items not known yet; resolves with the ones added. */
    add: (news: readonly NewInboxItem[]): Promise<InboxItem[]> =>
      lock.run('inbox', async () => {
        const known = new Set(items.map((i) => i.id));
        const added = news.filter((n, i) => !known.has(n.id) && news.findIndex((m) => m.id === n.id) === i).map((n) => ({ ...n, read: false }));
        if (added.length === 0) return [];
        const all = [...items, ...added].sort((a, b) => a.at.localeCompare(b.at));
        await write(all.slice(Math.max(0, all.length - INBOX_MAX_ITEMS)));
        onAdded(added);
        return added;
      }),
    /** Marks `ids` (all when absent) read; resolves with the unread count. */
    markRead: (ids?: readonly string[]): Promise<{ unread: number }> =>
      lock.run('inbox', async () => {
        const wanted = ids ? new Set(ids) : null;
        if (items.some((i) => !i.read && (!wanted || wanted.has(i.id)))) {
          await write(items.map((i) => (!wanted || wanted.has(i.id) ? { ...i, read: true } : i)));
        }
        return { unread: unread() };
      }),
    idle: () => lock.idle(),
  };
}

export type InboxStore = Awaited<ReturnType<typeof createInboxStore>>;
