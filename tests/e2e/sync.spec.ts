import type { Page } from '@playwright/test';
import type { Article } from '../../core/article/article';
import { renderArticleBody } from '../../core/render/index';
import { DEFAULT_IDENTITY } from '../../site/server';
import { renderContextFor } from '../../site/public/render-context';
import { expect, test } from './support/fixtures';
import { startSiteProcess as startSite } from './support/site-process';
import type { WebShell } from './support/web-shell';

/** The reference site as its own process, with its API called as its publisher. */
async function startSiteProcess() {
  const site = await startSite();
  const api = async (method: string, p: string, body?: unknown) => {
    const res = await fetch(`${site.url}/api/v1${p}`, {
      method,
      headers: { authorization: `Bearer ${site.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as { article: Article } };
  };
  return { ...site, api };
}

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

async function call<T>(shell: WebShell, name: string, args: unknown): Promise<T> {
  const r = await shell.call<T>(name, args);
  if (!r.ok) throw new Error(`${name}: ${r.error?.message}`);
  return r.value as T;
}

/** An article written through the contract, complete enough for the pre-flight checklist. */
async function writeArticle(shell: WebShell, headline: string, paragraphs: string[]): Promise<Article> {
  const created = await call<Article>(shell, 'articles.create', {});
  await call(shell, 'articles.save', {
    id: created.id,
    baseRev: created.rev,
    changes: {
      headline,
      teaser: 'Der Stadtrat hat entschieden.',
      author: 'Anna Schmidt',
      source: 'dpa',
      section: 'Lokales',
      noAds: true,
      tags: ['Stadtrat'],
      body: { type: 'doc', content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Hintergrund' }] }, ...paragraphs.map(para)] },
    },
  });
  return call<Article>(shell, 'articles.get', { id: created.id });
}

async function openSites(page: Page) {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Sites' }).click();
  await expect(page.getByRole('heading', { name: 'Sites', level: 1 })).toBeVisible();
}

test('an article written in the app is on the site at /artikel/{slug} with the preview’s body HTML', async ({ page, shell }) => {
  const site = await startSiteProcess();
  try {
    await call(shell, 'settings.update', { profile: { name: 'Chefin', role: 'publisher' } });
    let article = await writeArticle(shell, 'Stadtrat beschließt neuen Radweg', ['Der Radweg kommt im Frühjahr.', 'Kosten: 1,2 Millionen Euro.']);
    for (const action of ['submit', 'approve', 'publish_now'] as const) {
      article = await call<Article>(shell, 'workflow.transition', { id: article.id, baseRev: article.rev, action });
    }
    expect(article.status).toBe('published');

    await page.goto(shell.url);
    await openSites(page);
    await page.getByLabel('Site address').fill(site.url);
    await page.getByLabel('API token').fill(site.token);
    await page.getByRole('button', { name: 'Add site' }).click();
    await expect(page.getByText(`Added ${site.url}.`)).toBeVisible();
    const card = page.locator('.sync-site', { hasText: site.url });
    await expect(card.getByText('Connected')).toBeVisible();
    await expect(card.getByText('Publisher')).toBeVisible();

    await page.getByRole('button', { name: 'Sync now' }).click();
    await expect(page.getByText(/Sync finished/)).toBeVisible({ timeout: 20_000 });
    await page.screenshot({ path: 'test-results/sync-sites.png', fullPage: true });

    const res = await fetch(`${site.url}/artikel/${article.slug}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Stadtrat beschließt neuen Radweg');
    const local = await call<Article>(shell, 'articles.get', { id: article.id });
    const expectedBody = renderArticleBody({ article: local, placements: [], ctx: renderContextFor(DEFAULT_IDENTITY, new Date()) });
    expect(html).toContain(expectedBody);

    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Articles' }).click();
    await expect(page.locator('[data-sync-state="synced"]').first()).toHaveText('Synced', { timeout: 10_000 });
    await page.screenshot({ path: 'test-results/sync-badges.png' });
  } finally {
    await site.close();
  }
});

test('an edit made on the site and one made offline in the app are merged after reconnecting', async ({ page, shell }) => {
  const site = await startSiteProcess();
  try {
    await call(shell, 'sites.add', { kind: 'reference-site', url: site.url, token: site.token });
    const article = await writeArticle(shell, 'Hafenfest am Wochenende', ['Absatz eins.', 'Absatz zwei.', 'Absatz drei.']);
    await call(shell, 'sync.now', {});
    expect((await site.api('GET', `/articles/${article.id}`)).status).toBe(200);

    // Offline: the site cannot be reached while the editor keeps writing.
    await site.stop();
    const local = await call<Article>(shell, 'articles.get', { id: article.id });
    const offlineBody = { type: 'doc', content: [local.body.content[0], para('Absatz eins, offline ergänzt.'), ...local.body.content.slice(2)] };
    await call(shell, 'articles.save', { id: article.id, baseRev: local.rev, changes: { body: offlineBody } });

    await page.goto(shell.url);
    await openSites(page);
    await page.getByRole('button', { name: 'Sync now' }).click();
    await expect(page.locator('.sync-site', { hasText: site.url }).getByText('Offline')).toBeVisible({ timeout: 20_000 });

    // Meanwhile someone edits another paragraph on the site.
    await site.start();
    const remote = (await site.api('GET', `/articles/${article.id}`)).body.article;
    const siteBody = { type: 'doc', content: [...remote.body.content.slice(0, 3), para('Absatz drei, auf der Website korrigiert.')] };
    expect((await site.api('PUT', `/articles/${article.id}`, { baseRev: remote.rev, fields: { body: siteBody } })).status).toBe(200);

    await page.getByRole('button', { name: 'Sync now' }).click();
    await expect(page.getByText(/Sync finished/)).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('.sync-site', { hasText: site.url }).getByText('Connected')).toBeVisible();

    const merged = await call<Article>(shell, 'articles.get', { id: article.id });
    const texts = (a: Article) => a.body.content.map((b) => b.content?.[0]?.text);
    expect(texts(merged)).toEqual(['Hintergrund', 'Absatz eins, offline ergänzt.', 'Absatz zwei.', 'Absatz drei, auf der Website korrigiert.']);
    expect(texts((await site.api('GET', `/articles/${article.id}`)).body.article)).toEqual(texts(merged));

    // The editor shows both edits.
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Articles' }).click();
    await page.getByRole('button', { name: /Hafenfest am Wochenende/ }).click();
    const editorBody = page.getByRole('textbox', { name: 'Body', exact: true });
    await expect(editorBody).toContainText('Absatz eins, offline ergänzt.');
    await expect(editorBody).toContainText('Absatz drei, auf der Website korrigiert.');
  } finally {
    await site.close();
  }
});

test('a field changed on both sides is a conflict the user resolves side by side', async ({ page, shell }) => {
  const site = await startSiteProcess();
  try {
    await call(shell, 'sites.add', { kind: 'reference-site', url: site.url, token: site.token });
    const article = await writeArticle(shell, 'Neue Brücke', ['Text.']);
    await call(shell, 'sync.now', {});
    const remote = (await site.api('GET', `/articles/${article.id}`)).body.article;
    await site.api('PUT', `/articles/${article.id}`, { baseRev: remote.rev, fields: { headline: 'Neue Brücke eröffnet' } });
    const local = await call<Article>(shell, 'articles.get', { id: article.id });
    await call(shell, 'articles.save', { id: article.id, baseRev: local.rev, changes: { headline: 'Neue Brücke für Radfahrer' } });
    await call(shell, 'sync.now', {});

    await page.goto(shell.url);
    await expect(page.locator('[data-sync-state="conflict"]')).toHaveText('Conflict');
    await openSites(page);
    await page.getByRole('button', { name: 'Resolve' }).click();
    const row = page.locator('fieldset', { hasText: 'Headline' });
    await expect(row.getByText('Neue Brücke für Radfahrer')).toBeVisible();
    await expect(row.getByText('Neue Brücke eröffnet')).toBeVisible();
    await page.screenshot({ path: 'test-results/sync-conflict.png', fullPage: true });
    await row.getByRole('button', { name: /Take the site's/ }).click();
    await page.getByRole('button', { name: 'Apply choices' }).click();
    await expect(page.getByText('Conflict resolved; the article is being synced.')).toBeVisible();
    await expect(page.getByText('No conflicts.')).toBeVisible();
    expect((await call<Article>(shell, 'articles.get', { id: article.id })).headline).toBe('Neue Brücke eröffnet');
  } finally {
    await site.close();
  }
});
