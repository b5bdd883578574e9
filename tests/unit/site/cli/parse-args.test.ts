import { describe, expect, it } from 'vitest';
import { parseSiteArgs } from '../../../../site/cli/parse-args';

describe('parseSiteArgs', () => {
  it('serves without arguments', () => {
    expect(parseSiteArgs([])).toEqual({ kind: 'serve' });
  });

  it('reads user add NAME --role ROLE in either order and with =, names with spaces as one argument', () => {
    expect(parseSiteArgs(['user', 'add', 'anna', '--role', 'publisher'])).toEqual({ kind: 'user-add', name: 'anna', role: 'publisher' });
    expect(parseSiteArgs(['user', 'add', '--role=editor', 'Ben Müller'])).toEqual({ kind: 'user-add', name: 'Ben Müller', role: 'editor' });
  });

  it('reads user list, disable, enable and rotate', () => {
    expect(parseSiteArgs(['user', 'list'])).toEqual({ kind: 'user-list' });
    expect(parseSiteArgs(['user', 'disable', 'Anna Editor'])).toEqual({ kind: 'user-disable', name: 'Anna Editor' });
    expect(parseSiteArgs(['user', 'enable', 'Anna Editor'])).toEqual({ kind: 'user-enable', name: 'Anna Editor' });
    expect(parseSiteArgs(['user', 'rotate', 'Anna Editor'])).toEqual({ kind: 'user-rotate', name: 'Anna Editor' });
  });

  it('explains what is missing or unknown', () => {
    expect(parseSiteArgs(['user', 'add', 'anna'])).toMatchObject({ kind: 'error', message: expect.stringContaining('--role') });
    expect(parseSiteArgs(['user', 'add', '--role', 'editor'])).toMatchObject({ kind: 'error', message: expect.stringContaining('NAME') });
    expect(parseSiteArgs(['user', 'add', 'a', 'b', '--role', 'editor'])).toMatchObject({ kind: 'error' });
    expect(parseSiteArgs(['user', 'disable', 'Anna', 'Editor'])).toMatchObject({ kind: 'error', message: expect.stringContaining('quote') });
    expect(parseSiteArgs(['user', 'rotate'])).toMatchObject({ kind: 'error' });
    expect(parseSiteArgs(['user', 'list', 'x'])).toMatchObject({ kind: 'error' });
    expect(parseSiteArgs(['user', 'delete', 'x'])).toMatchObject({ kind: 'error' });
    expect(parseSiteArgs(['users'])).toMatchObject({ kind: 'error' });
  });
});
