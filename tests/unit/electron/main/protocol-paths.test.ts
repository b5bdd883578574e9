import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppRequest } from '../../../../electron/main/protocol-paths';

const root = path.resolve('/srv/copydesk/build/renderer');

describe('resolveAppRequest', () => {
  it('serves index.html for the root', () => {
    expect(resolveAppRequest('app://copydesk/', root)).toEqual({ kind: 'file', path: path.join(root, 'index.html') });
    expect(resolveAppRequest('app://copydesk', root)).toEqual({ kind: 'file', path: path.join(root, 'index.html') });
  });
  it('serves files below the renderer folder', () => {
    expect(resolveAppRequest('app://copydesk/assets/index-abc.js?v=1#x', root)).toEqual({ kind: 'file', path: path.join(root, 'assets', 'index-abc.js') });
    expect(resolveAppRequest('app://copydesk/assets/Schrift%20Grotesk.woff2', root)).toEqual({
      kind: 'file',
      path: path.join(root, 'assets', 'Schrift Grotesk.woff2'),
    });
  });
  it('maps /media/<id> to a media id', () => {
    const id = `${'a'.repeat(64)}.png`;
    expect(resolveAppRequest(`app://copydesk/media/${id}`, root)).toEqual({ kind: 'media', id });
  });
  it.each([
    'app://copydesk/..%2f..%2fpackage.json',
    'app://copydesk/assets/%2e%2e%2f%2e%2e%2fpackage.json',
    'app://copydesk/assets/..%5c..%5cpackage.json',
    'app://copydesk/index.html%00.png',
    'app://copydesk/media/..%2f..%2fsettings.json',
    'app://copydesk/media/a/b',
    'app://copydesk/media/',
    'app://copydesk/%E0%A4%A',
  ])('refuses %s', (url) => {
    expect(resolveAppRequest(url, root).kind).toBe('refused');
  });
  // The URL parser folds literal and %2e dot segments at the root; what is left must stay inside.
  it.each([
    'app://copydesk/a/../../../etc/passwd',
    'app://copydesk/%2e%2e/%2e%2e/etc/passwd',
    'app://copydesk/assets/%2E%2E/%2E%2E/package.json',
    'app://copydesk/%2e/index.html',
  ])('never resolves %s outside the root', (url) => {
    const target = resolveAppRequest(url, root);
    if (target.kind === 'file') expect(target.path.startsWith(root + path.sep)).toBe(true);
    else expect(target.kind).toBe('refused');
  });
  it('refuses other origins and schemes', () => {
    expect(resolveAppRequest('app://evil/index.html', root)).toMatchObject({ kind: 'refused', status: 403 });
    expect(resolveAppRequest('app://copydesk:99/index.html', root)).toMatchObject({ kind: 'refused', status: 403 });
    expect(resolveAppRequest('file:///srv/copydesk/build/renderer/index.html', root)).toMatchObject({ kind: 'refused', status: 403 });
    expect(resolveAppRequest('::nonsense', root)).toMatchObject({ kind: 'refused', status: 400 });
  });
});
