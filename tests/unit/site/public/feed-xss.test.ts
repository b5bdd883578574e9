import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { tagSchema } from '../../../../core/article/article';
import { HEADLINE_MAX_LENGTH } from '../../../../core/checklist/checks';
import { FEED_SIZE } from '../../../../site/public/feed-routes';
import { describeSite, publishViaApi, TEST_SITE_URL, type TestSite } from '../site-test-kit';

/** Hostile and honest text (tests/fixtures/hostile/xss-payloads.json). */
const PAYLOADS: string[] = JSON.parse(readFileSync(fileURLToPath(new URL('../../../fixtures/hostile/xss-payloads.json', import.meta.url)), 'utf8')).payloads;
const READER = fileURLToPath(new URL('./feed-reader.py', import.meta.url));

// Debian's python3-feedparser sits in /usr/bin/python3, which a pyenv or venv python3 on PATH may hide.
const PYTHON = [process.env.COPYDESK_PYTHON, 'python3', '/usr/bin/python3'].find((py) => py && spawnSync(py, ['-c', 'import feedparser']).status === 0);
if (!PYTHON) console.warn('SKIPPED: feed XSS test — no python3 with feedparser (apt-get install python3-feedparser, or set COPYDESK_PYTHON).');

// What XML 1.0 can carry at all (its Char production): everything else is dropped from the feed.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
/** The text a reader must show for `text`: itself, minus what XML cannot carry, with XML's line ends, trimmed as feedparser does. */
const shown = (text: string) => text.replace(NOT_XML, '').replace(/\r\n?/g, '\n').trim();

interface Seen {
  type: string;
  value: string;
  markup: string[];
  text: string;
}
interface ReaderView {
  bozo: boolean;
  bozoException: string | null;
  version: string;
  feedTitle: Seen;
  entries: Array<{ id: string; title: Seen; summary: Seen; tags: string[] }>;
}

async function readFeed(site: TestSite): Promise<ReaderView> {
  const res = await site.call('GET', '/feed.xml');
  expect(res.statusCode).toBe(200);
  const run = spawnSync(PYTHON!, [READER, String(res.headers['content-type'])], { input: res.rawPayload, encoding: 'utf8', timeout: 20_000 });
  if (run.status !== 0) throw new Error(`feed-reader.py failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as ReaderView;
}

/** Where a field's view differs from plain text `expected`: HTML markup found, or other text. */
function problems(where: string, seen: Seen | null, expected: string): string[] {
  if (!seen) return [`${where}: missing`];
  const out = seen.markup.length > 0 ? [`${where}: markup ${seen.markup.join(' ')}`] : [];
  if (seen.text !== expected) out.push(`${where}: shows ${JSON.stringify(seen.text)}, wrote ${JSON.stringify(expected)}`);
  return out;
}

/** The payload as a headline: one line, cut to the checklist's limit (a cut payload is hostile still). */
const asHeadline = (text: string) => Array.from(text.replace(/[\r\n]+/g, ' ')).slice(0, HEADLINE_MAX_LENGTH).join('');
/** The payload as a tag when core's tag rules take it unchanged (no comma or control character, at most 60 characters). */
const asTag = (text: string) => (tagSchema.safeParse(text).data === text ? [text] : []);

describeSite('feed in a real reader (feedparser)', (site) => {
  it.skipIf(!PYTHON)('shows every hostile headline, teaser and tag as exactly its text: no element, nothing dropped, no bozo', async () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(30);
    expect(PAYLOADS.length).toBeLessThanOrEqual(FEED_SIZE);
    const written = new Map<string, { headline: string; teaser: string; tags: string[] }>();
    for (const text of PAYLOADS) {
      const fields = { headline: asHeadline(text), teaser: text, tags: asTag(text) };
      const article = await publishViaApi(site, fields);
      written.set(`${TEST_SITE_URL}/artikel/${article.slug}`, fields);
    }

    const view = await readFeed(site);
    expect({ bozo: view.bozo, exception: view.bozoException, version: view.version }).toEqual({ bozo: false, exception: null, version: 'rss20' });
    expect(problems('feed title', view.feedTitle, 'Copydesk News')).toEqual([]);
    expect(view.entries).toHaveLength(PAYLOADS.length);
    const found: string[] = [];
    const withMarkup = new Set<string>();
    for (const entry of view.entries) {
      const fields = written.get(entry.id);
      if (!fields) throw new Error(`unknown entry ${entry.id}`);
      const here = [...problems('title', entry.title, shown(fields.headline)), ...problems('summary', entry.summary, shown(fields.teaser))];
      // A category is plain text to feedparser (never HTML-decoded nor sanitised): the term is the tag itself.
      if (JSON.stringify(entry.tags) !== JSON.stringify(fields.tags)) here.push(`tags: ${JSON.stringify(entry.tags)}, wrote ${JSON.stringify(fields.tags)}`);
      if (here.some((p) => p.includes(': markup '))) withMarkup.add(entry.id);
      found.push(...here.map((p) => `${JSON.stringify(fields.teaser)} ${p}`));
    }
    expect({ payloads: PAYLOADS.length, withMarkup: withMarkup.size, problems: found }).toEqual({ payloads: PAYLOADS.length, withMarkup: 0, problems: [] });
  });
});

describeSite('sitemap with hostile tags', (site) => {
  it("lists only the site's own article and tag URLs, whatever the tags and headline carry", async () => {
    const tags = PAYLOADS.flatMap(asTag).slice(0, 50);
    expect(tags.length).toBeGreaterThanOrEqual(20);
    await publishViaApi(site, { headline: asHeadline(PAYLOADS[0]!), tags });
    const xml = (await site.call('GET', '/sitemap.xml')).body;
    const envelope = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">((?:<url><loc>[^<>]*<\/loc>(?:<lastmod>[^<>]*<\/lastmod>)?<\/url>)*)<\/urlset>\n$/;
    expect(xml).toMatch(envelope);
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(2);
    for (const loc of locs) expect(loc).toMatch(/^http:\/\/site\.test\/(?:(?:artikel|tag)\/[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
  });
});
