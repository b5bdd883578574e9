import { describe, expect, it } from 'vitest';
import { isAllowedRequestUrl, isAppUrl, isSafeExternalUrl } from '../../../../electron/main/url-policy';

describe('isSafeExternalUrl', () => {
  it.each(['https://www.example.de/artikel?id=1', 'http://example.com/', 'mailto:redaktion@example.de', 'HTTPS://EXAMPLE.DE/'])(
    'allows %s',
    (url) => expect(isSafeExternalUrl(url)).toBe(true),
  );

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'app://copydesk/index.html',
    'ms-settings:privacy',
    'smb://server/share',
    'ftp://example.com/file',
    'https://user:secret@example.com/',
    'https://user@example.com/',
    'http://:pw@example.com/',
    'not a url',
    '',
    '//example.com/relative',
  ])('refuses %s', (url) => expect(isSafeExternalUrl(url)).toBe(false));

  it('refuses overlong URLs', () => expect(isSafeExternalUrl(`https://example.com/${'a'.repeat(3000)}`)).toBe(false));
});

describe('isAppUrl', () => {
  it('accepts our origin', () => {
    expect(isAppUrl('app://copydesk/index.html')).toBe(true);
    expect(isAppUrl('app://copydesk/')).toBe(true);
    expect(isAppUrl('app://copydesk')).toBe(true);
  });
  it.each(['app://other/index.html', 'app://copydesk:8080/', 'app://u:p@copydesk/', 'https://copydesk/', 'file:///index.html', 'about:blank'])(
    'refuses %s',
    (url) => expect(isAppUrl(url)).toBe(false),
  );
});

describe('isAllowedRequestUrl', () => {
  it('lets in our origin and in-memory data', () => {
    for (const url of ['app://copydesk/assets/a.js', 'data:image/png;base64,AA==', 'blob:app://copydesk/1234', 'devtools://devtools/bundled/x.html']) {
      expect(isAllowedRequestUrl(url)).toBe(true);
    }
  });
  it('blocks remote and local-file content', () => {
    for (const url of ['https://ads.example.com/x.js', 'http://127.0.0.1:5180/', 'file:///etc/hosts', 'ws://example.com/', 'app://evil/']) {
      expect(isAllowedRequestUrl(url)).toBe(false);
    }
  });
});
