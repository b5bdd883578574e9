import { describe, expect, it } from 'vitest';
import { siteConfigFromEnv } from '../../../site/config';

describe('siteConfigFromEnv', () => {
  it('defaults to port 4400 on 127.0.0.1 with SQLite in ./site-data', () => {
    expect(siteConfigFromEnv({}, '/srv')).toEqual({ host: '127.0.0.1', port: 4400, database: { sqliteDir: '/srv/site-data' }, siteUrl: 'http://127.0.0.1:4400', allowedHosts: [] });
  });

  it('reads the port, data directory, database URL and public URL', () => {
    const config = siteConfigFromEnv({ COPYDESK_SITE_PORT: '4500', COPYDESK_SITE_DATA: '/data', COPYDESK_SITE_URL: 'https://news.example/' }, '/srv');
    expect(config).toMatchObject({ port: 4500, database: { sqliteDir: '/data' }, siteUrl: 'https://news.example' });
    expect(siteConfigFromEnv({ DATABASE_URL: 'postgres://db/site' }, '/srv').database).toEqual({ postgresUrl: 'postgres://db/site' });
  });

  it('refuses a port that is not one', () => {
    expect(() => siteConfigFromEnv({ COPYDESK_SITE_PORT: 'abc' }, '/srv')).toThrow(/COPYDESK_SITE_PORT/);
    expect(() => siteConfigFromEnv({ COPYDESK_SITE_PORT: '70000' }, '/srv')).toThrow(/COPYDESK_SITE_PORT/);
  });

  it('reads the extra host names a reverse proxy sends, lowercased, and refuses what is no host[:port]', () => {
    expect(siteConfigFromEnv({ COPYDESK_SITE_HOSTS: ' News.Example , www.news.example:8443,,[::1]:4400 ' }, '/srv').allowedHosts).toEqual([
      'news.example',
      'www.news.example:8443',
      '[::1]:4400',
    ]);
    for (const bad of ['news.example/path', 'http://news.example', 'a b', 'news.example:99999', 'user@news.example']) {
      expect(() => siteConfigFromEnv({ COPYDESK_SITE_HOSTS: bad }, '/srv')).toThrow(/COPYDESK_SITE_HOSTS/);
    }
  });

  it('refuses a site URL that is no http(s) URL', () => {
    for (const bad of ['news.example', 'javascript:alert(1)', 'ftp://news.example']) {
      expect(() => siteConfigFromEnv({ COPYDESK_SITE_URL: bad }, '/srv')).toThrow(/COPYDESK_SITE_URL/);
    }
  });
});
