import type { FastifyInstance } from 'fastify';
import { AppError } from '../../core/contract/result';
import type { SiteContext } from '../context';
import { sniffImageMime } from '../media/sniff';
import { insertMedia } from '../media/store';
import { requireRole } from './authenticate';
import { runWrite } from './idempotency';

/** Largest accepted upload. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/**
 * POST /api/v1/media: the raw image bytes as the body (any Content-Type). The type is sniffed
 * from the bytes (PNG, JPEG, GIF, WebP); anything else is 415, more than 10 MB is 413.
 * Answers 201 { media: { id, mime, bytes, url } }.
 */
export async function registerMediaRoutes(app: FastifyInstance, site: SiteContext): Promise<void> {
  await app.register(async (scope) => {
    // Uploads arrive as bytes whatever the client declares; only the sniffer decides the type.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES }, (_req, body, done) => done(null, body));

    scope.post('/api/v1/media', { bodyLimit: MAX_UPLOAD_BYTES }, async (request, reply) => {
      const user = await requireRole(request, site.db.kysely, ['editor', 'publisher']);
      const data = request.body;
      if (!Buffer.isBuffer(data) || data.length === 0) throw new AppError('INVALID_ARGUMENT', 'Send the image bytes as the request body.');
      const mime = sniffImageMime(data);
      if (!mime) throw new AppError('UNSUPPORTED_MEDIA', 'Only PNG, JPEG, GIF and WebP images are accepted.');
      return runWrite(
        request,
        reply,
        site.db.kysely,
        user,
        async (trx) => {
          const media = await insertMedia(trx, data, mime, site.clock.now());
          return { status: 201, body: { media: { ...media, url: `/media/${media.id}` } } };
        },
        () => site.clock.now(),
      );
    });
  });
}
