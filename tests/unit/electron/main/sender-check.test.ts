import { describe, expect, it } from 'vitest';
import { checkSender, type SenderInfo } from '../../../../electron/main/sender-check';

const ours = (id: number) => id === 7;
const good: SenderInfo = { webContentsId: 7, hasFrame: true, isMainFrame: true, url: 'app://copydesk/index.html' };

describe('checkSender', () => {
  it('accepts the main frame of our window on app://copydesk', () => {
    expect(checkSender(good, ours)).toEqual({ ok: true });
  });
  it('refuses another webContents', () => {
    expect(checkSender({ ...good, webContentsId: 8 }, ours).ok).toBe(false);
  });
  it('refuses a destroyed or navigated-away frame', () => {
    expect(checkSender({ ...good, hasFrame: false }, ours).ok).toBe(false);
  });
  it('refuses subframes (ad creatives)', () => {
    expect(checkSender({ ...good, isMainFrame: false }, ours).ok).toBe(false);
  });
  it.each(['https://evil.example/', 'file:///tmp/x.html', 'app://other/index.html', 'about:blank', 'data:text/html,x', ''])(
    'refuses a main frame showing %s',
    (url) => expect(checkSender({ ...good, url }, ours).ok).toBe(false),
  );
});
