import { describe, expect, it } from 'vitest';
import { isPermissionAllowed } from '../../../../electron/main/permissions';
import { isAppUrl } from '../../../../electron/main/url-policy';

describe('isPermissionAllowed', () => {
  it('allows notifications and sanitized clipboard writes from our origin', () => {
    expect(isPermissionAllowed('notifications', 'app://copydesk/index.html', isAppUrl)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://copydesk', isAppUrl)).toBe(true);
  });
  it.each(['media', 'geolocation', 'clipboard-read', 'openExternal', 'hid', 'fullscreen', 'pointerLock'])('denies %s', (permission) => {
    expect(isPermissionAllowed(permission, 'app://copydesk/index.html', isAppUrl)).toBe(false);
  });
  it('denies even allowed permissions to other origins', () => {
    expect(isPermissionAllowed('notifications', 'https://ads.example.com/', isAppUrl)).toBe(false);
    expect(isPermissionAllowed('notifications', undefined, isAppUrl)).toBe(false);
  });
});
