import { parseUrl } from '../../backend/app/external-url';

export { isSafeExternalUrl } from '../../backend/app/external-url';

/** The one origin the renderer is served from (a privileged, standard custom scheme). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'copydesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** Where the window starts. */
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/**
 * True for URLs on our own app:// origin. Node's URL gives opaque origins ("null") for custom
 * schemes, so scheme, host and the absence of port and credentials are compared one by one.
 */
export function isAppUrl(raw: string): boolean {
  const url = parseUrl(raw);
  return (
    url !== null &&
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}

/**
 * May the renderer's session load this URL at all? Our origin and in-memory data only;
 * anything from the network or the file system is remote content and is cancelled.
 * devtools: stays open so that DevTools work in development.
 */
export function isAllowedRequestUrl(raw: string): boolean {
  const url = parseUrl(raw);
  if (url === null) return false;
  if (url.protocol === `${APP_SCHEME}:`) return isAppUrl(raw);
  return url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'devtools:' || url.protocol === 'about:';
}
