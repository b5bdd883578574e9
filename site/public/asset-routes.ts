import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { getMedia } from '../media/store';
import type { SiteContext } from '../context';
import { THEME_CSS_PATH } from './render-context';

/** The theme stylesheet shipped with the app. */
export const THEME_CSS_FILE = new URL('../../resources/theme/site.css', import.meta.url);

/** GET /media/:id (stored images, with their sniffed type) and the theme stylesheet. */
export function registerAssetRoutes(app: FastifyInstance, site: SiteContext): void {
  app.get<{ Params: { id: string } }>('/media/:id', async (request, reply) => {
    const media = /^[A-Za-z0-9_.-]{1,100}$/.test(request.params.id) ? await getMedia(site.db.kysely, request.params.id) : null;
    if (!media) return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
    // An id is the hash of the bytes, so the bytes behind one never change.
    return reply.type(media.mime).header('cache-control', 'public, max-age=31536000, immutable').send(media.data);
  });

  app.get(THEME_CSS_PATH, async (_request, reply) => {
    const css = await readFile(THEME_CSS_FILE, 'utf8').catch(() => null);
    if (css === null) return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
    return reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=300').send(css);
  });
}
