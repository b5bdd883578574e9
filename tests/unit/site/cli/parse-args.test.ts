import { describe, expect, it } from 'vitest';
import { parseSiteArgs } from '../../../../site/cli/parse-args';

describe('parseSiteArgs', () => {
  it('serves without arguments', () => {
    expect(parseSiteArgs([])).toEqual({ kind: 'serve' });
  });

  it('reads user add NAME --role ROLE in either order and with =', () => {
    expect(parseSiteArgs(['user', 'add', 'anna', '--role', 'publisher'])).toEqual({ kind: 'user-add', name: 'anna', role: 'publisher' });
    expect(parseSiteArgs(['user', 'add', '--role=editor', 'ben'])).toEqual({ kind: 'user-add', name: 'ben', role: 'editor' });
  });

  it('explains what is missing or unknown', () => {
    expect(parseSiteArgs(['user', 'add', 'anna'])).toMatchObject({ kind: 'error', message: expect.stringContaining('--role') });
    expect(parseSiteArgs(['user', 'add', '--role', 'editor'])).toMatchObject({ kind: 'error', message: expect.stringContaining('NAME') });
    expect(parseSiteArgs(['user', 'add', 'a', 'b', '--role', 'editor'])).toMatchObject({ kind: 'error' });
    expect(parseSiteArgs(['users'])).toMatchObject({ kind: 'error' });
  });
});
