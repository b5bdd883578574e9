import type { Client } from '../client/client';
import { previewPath } from './preview-channel';

/**
 * Opens the article's standalone preview. Electron: the main process opens a window on the
 * typed call (window.open is denied there). Web shell: a tab of the same page, opened without
 * an opener, so nothing of this tab (its session storage holds the launch token) is copied to it.
 * Resolves with an error message, or null once it is open.
 */
export async function openStandalonePreview(client: Client, articleId: string, open: typeof window.open = window.open.bind(window)): Promise<string | null> {
  if (client.host === 'electron') {
    const r = await client.call('app.openPreviewWindow', { articleId });
    if (!r.ok) return r.error.message;
    return r.value.opened ? null : '';
  }
  open(previewPath(articleId), '_blank', 'noopener,noreferrer');
  return null;
}
