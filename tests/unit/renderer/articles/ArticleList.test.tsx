// @vitest-environment jsdom
import { act, createRef } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../../core/article/article';
import type { ListPage, ListQuery, SearchIndexStatus } from '../../../../core/contract/contract';
import { useArticleList } from '../../../../renderer/src/app/use-article-list';
import { ArticleList } from '../../../../renderer/src/articles/ArticleList';
import { useClient } from '../../../../renderer/src/client/context';
import { setupI18n } from '../../../../renderer/src/i18n/setup';
import { fakeClient, render, settingsAs } from '../workflow/render-helpers';

beforeAll(async () => {
  await setupI18n('en');
});

const summary = (n: number): ArticleSummary => ({
  id: `a${n}`, rev: 1, headline: n === 0 ? '<img src=x onerror=alert(1)> Müller gewinnt' : `Artikel ${n}`, teaser: '', section: 'Politik', author: 'Ada',
  tags: ['Wahl'], slug: `artikel-${n}`, language: 'de', status: 'draft', updatedAt: '2026-01-01T10:00:00.000Z', wordCount: 10, damaged: null,
});

/** A back end of `count` articles that pages like the real one, recording the pages asked for. */
function backend(count: number, searchIndex: SearchIndexStatus = { state: 'ready', done: 0, total: 0 }, countedSoFar?: number) {
  const all = Array.from({ length: count }, (_, n) => summary(n));
  const asked: ListQuery[] = [];
  const list = (q: ListQuery): ListPage => {
    asked.push(q);
    const items = q.query ? all.slice(0, 1) : all;
    const page = items.slice(q.offset ?? 0, (q.offset ?? 0) + (q.limit ?? 200));
    const matches = q.query ? [{ id: 'a0', headline: [[29, 35]] as Array<[number, number]>, snippet: { text: 'Der neue Bürgermeister Müller dankte.', ranges: [[23, 29]] as Array<[number, number]> } }] : undefined;
    if (q.query && countedSoFar) return { items: page, total: countedSoFar, more: true as const, matches, searchIndex };
    return { items: page, total: items.length, matches, searchIndex };
  };
  return { asked, handlers: { 'articles.list': (a: Record<string, unknown>) => list(a as ListQuery), 'tags.list': () => [], 'sections.list': () => [] } };
}

/** The list's refresh as the first render handed it out (as a sync event's handler keeps it). */
let firstRefresh: (() => Promise<void>) | null = null;

function Harness() {
  const list = useArticleList(useClient(), () => {});
  firstRefresh ??= list.refresh;
  return <ArticleList ref={createRef()} rows={list.rows} total={list.total} more={list.more} query={list.query} tags={list.tags} sections={list.sections} selectedId={null} onQuery={list.setQuery} onSelect={() => {}} onRestore={() => {}} />;
}

const settle = () => act(async () => void (await new Promise((r) => setTimeout(r, 200))));

async function show(count: number, searchIndex?: SearchIndexStatus, countedSoFar?: number) {
  const server = backend(count, searchIndex, countedSoFar);
  const view = await render(<Harness />, fakeClient(server.handlers, settingsAs('editor')).client);
  await settle();
  return { ...server, ...view };
}

describe('ArticleList with 10,000 articles', () => {
  it('renders only the rows in view, tells assistive technology the full size, and asks for one page', async () => {
    const { container, asked } = await show(10_000);
    const rows = container.querySelectorAll('li[aria-posinset]');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(40);
    expect(rows[0]!.getAttribute('aria-setsize')).toBe('10000');
    expect(container.querySelector('.list-count')!.textContent).toMatch(/^10[,.]?000 articles$/);
    expect(asked.every((q) => (q.limit ?? 0) <= 100)).toBe(true);
  });

  it('fetches the page a scroll reaches and shows its rows', async () => {
    const { container, asked } = await show(10_000);
    const scroller = container.querySelector<HTMLElement>('.items')!;
    await act(async () => {
      scroller.scrollTop = 5000 * 120;
      scroller.dispatchEvent(new Event('scroll'));
    });
    await settle();
    expect(asked.some((q) => q.offset === 5000)).toBe(true);
    expect(container.textContent).toContain('Artikel 5000');
    expect(container.textContent).not.toContain('Artikel 10 ');
  });

  it('moves between rows with the arrow keys', async () => {
    const { container } = await show(50);
    const first = container.querySelector<HTMLButtonElement>('li[aria-posinset="1"] button')!;
    first.focus();
    await act(async () => first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true })));
    expect(document.activeElement?.closest('li')?.getAttribute('aria-posinset')).toBe('2');
  });

  const type = async (container: HTMLElement, text: string) => {
    const input = container.querySelector<HTMLInputElement>('input[type=search]')!;
    await act(async () => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(input, text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await settle();
  };

  it('sorts a search best match first and says "more than" when the back end counted only so far; clearing goes back to the date order', async () => {
    const { container, asked } = await show(10_000, undefined, 1100);
    await type(container, 'haus');
    expect(asked.at(-1)).toMatchObject({ query: 'haus', sort: 'relevance' });
    expect(container.querySelector<HTMLSelectElement>('select[aria-label=Sort]')!.value).toBe('relevance');
    expect(container.querySelector('.list-count')!.textContent).toMatch(/^More than 1[,.]?100 articles$/);
    await type(container, '');
    expect(asked.at(-1)).toMatchObject({ sort: 'updated-desc' });
    expect(container.querySelector('.list-count')!.textContent).toMatch(/^10[,.]?000 articles$/);
  });

  it('a refresh held from an earlier render asks for the query shown now, not the one of its day', async () => {
    firstRefresh = null;
    const { container, asked } = await show(10_000);
    await type(container, 'hashalt');
    await act(async () => void (await firstRefresh!()));
    expect(asked.at(-1)).toMatchObject({ query: 'hashalt', sort: 'relevance' });
  });

  it('marks the search words in headline and snippet as text, never as HTML', async () => {
    const { container } = await show(3);
    await type(container, 'muller');
    const marks = [...container.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['Müller', 'Müller']);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.item-title')!.textContent).toBe('<img src=x onerror=alert(1)> Müller gewinnt');
  });

  it('says while the search index is rebuilt how far it is', async () => {
    const { container } = await show(3, { state: 'rebuilding', done: 1200, total: 10_000 });
    expect(container.querySelector('[role=status]')!.textContent).toContain('Search index is being rebuilt (1200 of 10000)');
  });
});
