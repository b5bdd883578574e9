import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { previewWindowOptions } from '../../../../electron/main/preview-window';
import { createPreviewWindows, previewWindowUrl, type PreviewWindowLike } from '../../../../electron/main/preview-window';
import { isAppUrl } from '../../../../electron/main/url-policy';

let nextId = 100;
class FakeWindow extends EventEmitter implements PreviewWindowLike {
  readonly webContents = { id: nextId++ };
  destroyed = false;
  minimized = false;
  focused = 0;
  restored = 0;
  shown = false;
  loaded = '';
  constructor(
    readonly options: ReturnType<typeof previewWindowOptions>,
    private readonly failLoad = false,
  ) {
    super();
  }
  isDestroyed = () => this.destroyed;
  isMinimized = () => this.minimized;
  restore = () => void this.restored++;
  focus = () => void this.focused++;
  show = () => void (this.shown = true);
  close = () => {
    this.destroyed = true;
    this.emit('closed');
  };
  async loadURL(url: string) {
    if (this.failLoad) throw new Error('ERR_FAILED');
    this.loaded = url;
    this.emit('ready-to-show');
  }
}

function setup(options: { failLoad?: boolean; noOwner?: boolean } = {}) {
  const created: FakeWindow[] = [];
  const owner = new EventEmitter();
  const logged: string[] = [];
  const previews = createPreviewWindows({
    create: (o) => {
      const w = new FakeWindow(o, options.failLoad);
      created.push(w);
      return w;
    },
    owner: () => (options.noOwner ? null : owner),
    background: () => '#1b1d21',
    log: (m) => logged.push(m),
  });
  return { previews, created, owner, logged };
}

describe('preview windows', () => {
  it('opens a sandboxed, context-isolated window without Node or a preload on the app origin', async () => {
    const { previews, created } = setup();
    await expect(previews.open('article-123')).resolves.toBe(true);
    const [win] = created;
    expect(win!.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInSubFrames: false, webSecurity: true, webviewTag: false });
    expect(win!.options.webPreferences).not.toHaveProperty('preload');
    expect(win!.loaded).toBe('app://copydesk/index.html?view=preview&article=article-123');
    expect(isAppUrl(win!.loaded)).toBe(true);
    expect(win!.shown).toBe(true);
    // Its webContents is known as a preview: the main process gives it no contract and never takes it for the editor window.
    expect(previews.isPreviewWebContents(win!.webContents.id)).toBe(true);
    expect(previews.isPreviewWebContents(win!.webContents.id + 1000)).toBe(false);
  });

  it('brings the open window of an article up again instead of opening a second one', async () => {
    const { previews, created } = setup();
    await previews.open('article-123');
    created[0]!.minimized = true;
    await expect(previews.open('article-123')).resolves.toBe(true);
    expect(created).toHaveLength(1);
    expect(created[0]!.restored).toBe(1);
    expect(created[0]!.focused).toBe(1);
    await previews.open('article-456');
    expect(created).toHaveLength(2);
  });

  it('closes the previews with the editor window and forgets closed ones', async () => {
    const { previews, created, owner } = setup();
    await previews.open('article-123');
    await previews.open('article-456');
    created[1]!.close();
    expect(previews.isPreviewWebContents(created[1]!.webContents.id)).toBe(false);
    expect(owner.listenerCount('closed')).toBe(1);
    owner.emit('closed');
    expect(created[0]!.destroyed).toBe(true);
    expect(previews.isPreviewWebContents(created[0]!.webContents.id)).toBe(false);
    // A new window for an article whose preview was closed.
    await previews.open('article-456');
    expect(created).toHaveLength(3);
  });

  it('refuses ids that are not article ids, opens nothing without an editor window, and closes a window that did not load', async () => {
    const { previews, created } = setup();
    for (const bad of ['', 'x', '../../etc', 'a'.repeat(65), 'abc def ghi', 'abcdef&view=app']) await expect(previews.open(bad)).resolves.toBe(false);
    expect(created).toHaveLength(0);
    await expect(setup({ noOwner: true }).previews.open('article-123')).resolves.toBe(false);
    const failing = setup({ failLoad: true });
    await expect(failing.previews.open('article-123')).resolves.toBe(false);
    expect(failing.created[0]!.destroyed).toBe(true);
    expect(failing.logged[0]).toMatch(/did not load: ERR_FAILED/);
  });

  it('encodes the article id into the preview URL', () => {
    expect(previewWindowUrl('a_b-c1234')).toBe('app://copydesk/index.html?view=preview&article=a_b-c1234');
  });
});
