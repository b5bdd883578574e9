import type { Session } from 'electron';
import { isPermissionAllowed } from './permissions';
import { isAllowedRequestUrl, isAppUrl } from './url-policy';

const SPELLCHECK_LANGUAGES = ['de-DE', 'en-US'];

/**
 * Hardens the renderer's session: no page request leaves for the network or the file system, only
 * notifications and sanitized clipboard writes are permitted, and German plus English spell
 * checking is on (Linux and Windows; macOS uses the system's languages).
 */
export function applySessionPolicy(session: Session, log: (message: string) => void): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    // Requests without a webContents come from the browser process itself (spell-check
    // dictionaries on Linux); only what pages load is held to our origin.
    const fromPage = details.webContentsId !== undefined;
    const allowed = !fromPage || isAllowedRequestUrl(details.url);
    if (!allowed) log(`blocked request to ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, isAppUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin, isAppUrl));
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}));
  if (process.platform !== 'darwin') {
    try {
      session.setSpellCheckerLanguages(SPELLCHECK_LANGUAGES);
    } catch (err) {
      log(`spell checking unavailable: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}
