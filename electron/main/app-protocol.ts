import { readFile } from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import type { Backend } from '../../backend/backend-types';
import { contentTypeFor } from './content-types';
import { SECURITY_HEADERS } from '../../host-common/security-headers';
import { resolveAppRequest } from './protocol-paths';
import { APP_SCHEME } from './url-policy';

/**
 * Declares app:// as a standard, secure scheme. Must run before the app is ready: standard
 * gives real origins and relative URLs, secure makes it a secure context (clipboard, crypto).
 * It does not bypass CSP.
 */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
  ]);
}

function respond(body: BodyInit | null, status: number, contentType = 'text/plain; charset=utf-8'): Response {
  return new Response(body, { status, headers: { ...SECURITY_HEADERS, 'content-type': contentType } });
}

/**
 * Serves the built renderer from `rendererDir` and media through backend.mediaFile on app://
 * in the given session. Files come only from `rendererDir`; see resolveAppRequest.
 */
export function handleAppProtocol(session: Session, rendererDir: string, backend: Pick<Backend, 'mediaFile'>): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond('Method not allowed', 405);
    const target = resolveAppRequest(request.url, rendererDir);
    try {
      if (target.kind === 'refused') return respond(target.reason, target.status);
      if (target.kind === 'media') {
        const media = await backend.mediaFile(target.id);
        if (!media) return respond('Not found', 404);
        return respond(await readFile(media.path), 200, media.mime);
      }
      return respond(await readFile(target.path), 200, contentTypeFor(target.path));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return code === 'ENOENT' || code === 'EISDIR' ? respond('Not found', 404) : respond('Read error', 500);
    }
  });
}
