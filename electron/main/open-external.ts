import { shell } from 'electron';
import { isSafeExternalUrl } from './url-policy';

/** Opens a checked http(s)/mailto URL in the system browser; false when refused or failed. */
export async function openExternalSafely(url: string): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  try {
    await shell.openExternal(url, { activate: true });
    return true;
  } catch {
    return false;
  }
}
