import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundlePaths } from '../../../../electron/main/bundle-paths';
import { readHostConfig } from '../../../../electron/main/host-config';

describe('readHostConfig', () => {
  it('defaults the data dir to <userData>/data', () => {
    expect(readHostConfig({}, '/home/ed/.config/Copydesk')).toEqual({
      dataDir: path.join('/home/ed/.config/Copydesk', 'data'),
      forcedLanguage: null,
      profileDir: null,
    });
  });
  it('honours COPYDESK_DATA_DIR, COPYDESK_LANG and COPYDESK_PROFILE_DIR', () => {
    const config = readHostConfig({ COPYDESK_DATA_DIR: 'tmp/data', COPYDESK_LANG: 'DE', COPYDESK_PROFILE_DIR: '/tmp/profile' }, '/u');
    expect(config).toEqual({ dataDir: path.resolve('tmp/data'), forcedLanguage: 'de', profileDir: path.resolve('/tmp/profile') });
  });
  it('ignores unknown languages', () => {
    expect(readHostConfig({ COPYDESK_LANG: 'fr' }, '/u').forcedLanguage).toBeNull();
  });
});

describe('bundlePaths', () => {
  it('finds the preload, renderer and package.json relative to main.cjs', () => {
    const p = bundlePaths(path.join('/app', 'build', 'electron'));
    expect(p).toEqual({
      preload: path.join('/app', 'build', 'electron', 'preload.cjs'),
      rendererDir: path.join('/app', 'build', 'renderer'),
      icon: path.join('/app', 'build', 'electron', 'icon.png'),
      appRoot: path.join('/app'),
    });
  });
});
