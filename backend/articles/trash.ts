import path from 'node:path';
import { z } from 'zod';
import { idSchema, isoDateTimeSchema, type Article } from '../../core/article/article';
import { AppError } from '../../core/contract/result';
import type { ArticleService } from './article-service';
import { createJsonDocument } from '../storage/json-document';
import { KeyedLock } from '../storage/keyed-lock';

const entrySchema = z.object({ id: idSchema, headline: z.string(), deletedAt: isoDateTimeSchema, deletedBy: z.string(), file: z.string() });
const trashFileSchema = z.object({ version: z.literal(1), entries: z.array(entrySchema) });
export type TrashEntry = z.infer<typeof entrySchema>;

/**
 * Deleted articles that can come back: the store moves the file to `trash/`, and
 * <dataDir>/trash.json remembers which file, who deleted it and when (newest entry per id).
 */
export async function createTrash(dataDir: string, articles: Pick<ArticleService, 'delete' | 'undelete'>, headlineOf: (id: string) => string, now: () => Date) {
  const doc = createJsonDocument({ file: path.join(dataDir, 'trash.json'), schema: trashFileSchema, defaults: { version: 1 as const, entries: [] } });
  let entries = (await doc.read()).entries;
  const lock = new KeyedLock();
  const write = async (next: TrashEntry[]) => {
    await doc.write({ version: 1, entries: next });
    entries = next;
  };

  return {
    /** Newest first, without the file names. */
    list: () => [...entries].sort((a, b) => b.deletedAt.localeCompare(a.deletedAt)).map(({ file: _file, ...item }) => item),
    has: (id: string) => entries.some((e) => e.id === id),
    /** Moves the article to the trash, remembering `deletedBy`. */
    put: (id: string, deletedBy: string, at: Date = now()) =>
      lock.run('trash', async () => {
        const headline = headlineOf(id);
        const file = await articles.delete(id);
        await write([...entries.filter((e) => e.id !== id), { id, headline, deletedAt: at.toISOString(), deletedBy, file }]);
      }),
    /** Brings the article back; NOT_FOUND when it is not in the trash. */
    restore: (id: string): Promise<Article> =>
      lock.run('trash', async () => {
        const entry = entries.find((e) => e.id === id);
        if (!entry) throw new AppError('NOT_FOUND', `Article ${id} is not in the trash.`);
        const article = await articles.undelete(id, entry.file);
        await write(entries.filter((e) => e.id !== id));
        return article;
      }),
  };
}

export type Trash = Awaited<ReturnType<typeof createTrash>>;
