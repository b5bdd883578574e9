import { describe, expect, it, vi } from 'vitest';
import type { Client } from '../../../../renderer/src/client/client';
import { openStandalonePreview } from '../../../../renderer/src/preview/open-standalone-preview';

const clientOf = (host: Client['host'], answer: unknown) => {
  const call = vi.fn(async () => answer);
  return { client: { host, call, onMenuCommand: () => () => {} } as unknown as Client, call };
};

describe('opening the standalone preview', () => {
  it('asks the Electron main process for a window through the contract, never window.open', async () => {
    const open = vi.fn();
    const { client, call } = clientOf('electron', { ok: true, value: { opened: true } });
    await expect(openStandalonePreview(client, 'article-123', open)).resolves.toBeNull();
    expect(call).toHaveBeenCalledWith('app.openPreviewWindow', { articleId: 'article-123' });
    expect(open).not.toHaveBeenCalled();
  });

  it('reports a window that did not open, or a refusal', async () => {
    await expect(openStandalonePreview(clientOf('electron', { ok: true, value: { opened: false } }).client, 'article-123', vi.fn())).resolves.toBe('');
    await expect(openStandalonePreview(clientOf('electron', { ok: false, error: { code: 'INVALID_ARGUMENT', message: 'not a valid id' } }).client, 'article-123', vi.fn())).resolves.toBe('not a valid id');
  });

  it('opens a tab of the same page in the web shell, without an opener (the token stays in this tab)', async () => {
    const open = vi.fn();
    const { client, call } = clientOf('web', null);
    await expect(openStandalonePreview(client, 'article-123', open)).resolves.toBeNull();
    expect(open).toHaveBeenCalledWith('/index.html?view=preview&article=article-123', '_blank', 'noopener,noreferrer');
    expect(call).not.toHaveBeenCalled();
  });
});
