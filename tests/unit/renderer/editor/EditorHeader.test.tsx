// @vitest-environment jsdom
import i18next from 'i18next';
import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../../core/article/article';
import type { SiteView } from '../../../../core/contract/calls/sync';
import { EditorHeader } from '../../../../renderer/src/editor/EditorHeader';
import { EditorSessionContext } from '../../../../renderer/src/editor/editor-session';
import { WordCount } from '../../../../renderer/src/editor/WordCount';
import { setupI18n } from '../../../../renderer/src/i18n/setup';
import { publishSettings } from '../../../../renderer/src/settings/profile-store';
import { article, installDialogPolyfill, session, settle } from '../team/team-fixtures';
import { fakeClient, render, settingsAs, type Handler } from '../workflow/render-helpers';

beforeAll(async () => {
  await setupI18n('en');
  installDialogPolyfill();
});
afterEach(async () => {
  await i18next.changeLanguage('en');
});

const site = (extra: Partial<SiteView> = {}): SiteView => ({
  id: 'site-1', kind: 'reference-site', url: 'https://www.zeitung.example/', user: 'anna', role: 'publisher', builtIn: false,
  connection: 'online', lastError: null, lastSyncAt: null, queued: 0, ...extra,
});

async function header(a: Article, opts: { onDelete?: (() => void) | null; handlers?: Record<string, Handler>; onError?(m: string): void } = {}) {
  const settings = settingsAs('publisher');
  publishSettings(settings);
  const fake = fakeClient(opts.handlers ?? {}, settings);
  const view = await render(
    <EditorSessionContext.Provider value={session(a)}>
      <EditorHeader articleId={a.id} saveState={{ kind: 'saved', at: null }} onRetry={() => {}} onDelete={opts.onDelete === undefined ? () => {} : opts.onDelete} editing onError={opts.onError ?? (() => {})} />
    </EditorSessionContext.Provider>,
    fake.client,
  );
  return { ...view, calls: fake.calls };
}
describe('EditorHeader', () => {
  it('an empty article says "0 words" without a reading time, in English and German; words bring the reading time', async () => {
    const { client } = fakeClient({}, settingsAs('editor'));
    const empty = await render(<WordCount words={0} />, client);
    expect(empty.container.textContent).toBe('0 words');
    await act(async () => i18next.changeLanguage('de'));
    expect(empty.container.textContent).toBe('0 Wörter');
    await empty.rerender(<WordCount words={1} />);
    expect(empty.container.textContent).toBe('1 Wort · 1 Min. Lesezeit');
    await act(async () => i18next.changeLanguage('en'));
    await empty.rerender(<WordCount words={450} />);
    expect(empty.container.textContent).toBe('450 words · 2 min read');
    empty.unmount();
  });

  it('keeps Delete in the "More actions" menu: arrows and Escape work, and choosing it asks to delete', async () => {
    const onDelete = vi.fn();
    const view = await header(article('in_review'), { onDelete });
    expect([...view.container.querySelectorAll('button')].some((b) => b.textContent === 'Delete article')).toBe(false);
    const more = view.container.querySelector<HTMLButtonElement>('button[aria-label="More actions"]')!;
    expect(more.getAttribute('aria-haspopup')).toBe('menu');
    await act(async () => more.click());
    expect(more.getAttribute('aria-expanded')).toBe('true');
    const item = view.container.querySelector<HTMLButtonElement>('[role="menuitem"]')!;
    expect(item.textContent).toBe('Delete article');
    expect(document.activeElement).toBe(item);
    await act(async () => item.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(view.container.querySelector('[role="menu"]')).toBeNull();
    expect(document.activeElement).toBe(more);
    await act(async () => more.click());
    await act(async () => view.container.querySelector<HTMLButtonElement>('[role="menuitem"]')!.click());
    expect(onDelete).toHaveBeenCalledOnce();
    expect(document.activeElement).toBe(more);
    view.unmount();
  });

  it('offers no menu to a reviewer, who may not delete', async () => {
    const view = await header(article('in_review'), { onDelete: null });
    expect(view.container.querySelector('.more-menu')).toBeNull();
    view.unmount();
  });

  it('links a published article to its page on the site, opened through the checked external-link call', async () => {
    const view = await header(article('published', { slug: 'hafen-rekord' }), { handlers: { 'sites.list': () => [site()], 'shell.openExternal': () => ({ opened: true }) } });
    await settle(() => view.container.querySelector('.view-on-site') !== null);
    const link = view.container.querySelector<HTMLAnchorElement>('a.view-on-site')!;
    expect(link.textContent).toContain('View on site');
    expect(link.getAttribute('href')).toBe('https://www.zeitung.example/artikel/hafen-rekord');
    await act(async () => link.click());
    expect(view.calls.find((c) => c.name === 'shell.openExternal')?.args).toEqual({ url: 'https://www.zeitung.example/artikel/hafen-rekord' });
    view.unmount();
  });

  it('names the site when there are several, and says so when the page cannot be opened', async () => {
    const onError = vi.fn();
    const view = await header(article('published', { slug: 'hafen' }), {
      onError,
      handlers: {
        'sites.list': () => [site(), site({ id: 'wp', kind: 'wordpress', url: 'https://blog.example' })],
        'shell.openExternal': () => ({ ok: false, error: { code: 'INVALID_ARGUMENT', message: 'Only http, https and mailto links can be opened.' } }),
      },
    });
    await settle(() => view.container.querySelectorAll('.view-on-site').length === 2);
    const links = [...view.container.querySelectorAll<HTMLAnchorElement>('a.view-on-site')];
    expect(links.map((l) => l.textContent)).toEqual(['View on www.zeitung.example ↗', 'View on blog.example ↗']);
    expect(links[1]!.getAttribute('href')).toBe('https://blog.example/?name=hafen');
    await act(async () => links[1]!.click());
    await settle(() => onError.mock.calls.length > 0);
    expect(onError).toHaveBeenCalledWith('The page could not be opened: Only http, https and mailto links can be opened.');
    view.unmount();
  });

  it.each(['draft', 'approved', 'scheduled', 'unpublished'] as const)('shows no "View on site" for a %s article (not live)', async (status) => {
    const view = await header(article(status, { slug: 'hafen' }), { handlers: { 'sites.list': () => [site()] } });
    expect(view.container.querySelector('.view-on-site')).toBeNull();
    expect(view.calls.some((c) => c.name === 'sites.list')).toBe(false);
    view.unmount();
  });
});
