import type { WebContents } from 'electron';
import { isAppUrl, isSafeExternalUrl } from './url-policy';

/**
 * Applied to every webContents the app creates (windows, iframes' hosts, devtools): no
 * navigation away from app://, no new windows (http(s)/mailto links go to the system browser
 * instead), no <webview>.
 */
export function guardWebContents(contents: WebContents, openExternal: (url: string) => Promise<boolean>): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void openExternal(url);
    return { action: 'deny' };
  });
}
