import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './url-policy';

/** What an app:// request asks for. */
export type AppRequestTarget =
  | { kind: 'file'; path: string }
  | { kind: 'media'; id: string }
  | { kind: 'refused'; status: 400 | 403 | 404; reason: string };

const MEDIA_PREFIX = '/media/';
const MEDIA_ID = /^[A-Za-z0-9_-]{1,128}(\.[A-Za-z0-9]{1,8})?$/;

/**
 * Maps an app://copydesk/… URL to a file under `rootDir` (the built renderer) or to a media id.
 * Refuses other hosts, encoded or literal traversal, backslashes, NUL bytes and anything that
 * would resolve outside `rootDir`. "/" serves index.html.
 */
export function resolveAppRequest(rawUrl: string, rootDir: string): AppRequestTarget {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { kind: 'refused', status: 400, reason: 'malformed URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST || url.port !== '' || url.username !== '' || url.password !== '') {
    return { kind: 'refused', status: 403, reason: 'not the app origin' };
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'refused', status: 400, reason: 'malformed path encoding' };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return { kind: 'refused', status: 400, reason: 'illegal character in path' };
  const segments = pathname.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return { kind: 'refused', status: 403, reason: 'path traversal' };

  if (pathname.startsWith(MEDIA_PREFIX)) {
    const id = pathname.slice(MEDIA_PREFIX.length);
    return MEDIA_ID.test(id) ? { kind: 'media', id } : { kind: 'refused', status: 404, reason: 'not a media id' };
  }

  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, ...relative.split('/'));
  if (resolved !== root && !resolved.startsWith(root + path.sep)) return { kind: 'refused', status: 403, reason: 'outside the renderer folder' };
  if (resolved === root) return { kind: 'refused', status: 404, reason: 'no file' };
  return { kind: 'file', path: resolved };
}
