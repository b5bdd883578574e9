// @vitest-environment jsdom
import { act } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../../../../renderer/src/i18n/setup';
import { TrashScreen } from '../../../../renderer/src/team/TrashScreen';
import { fakeClient, render, settingsAs } from '../workflow/render-helpers';
import { article, button, settle } from './team-fixtures';

beforeAll(async () => {
  await setupI18n('en');
});

const deleted = [
  { id: 'a1', headline: 'Brand in der Altstadt', deletedAt: '2026-12-01T08:00:00Z', deletedBy: 'Anna Editor' },
  { id: 'a2', headline: '', deletedAt: '2026-11-30T08:00:00Z', deletedBy: 'Petra Lange' },
];

describe('TrashScreen', () => {
  it('lists deleted articles with who deleted them, and restores one', async () => {
    let trash = [...deleted];
    const onArticlesChanged = vi.fn();
    const openArticle = vi.fn();
    const { client, calls } = fakeClient(
      {
        'articles.trash': () => trash,
        'articles.restore': (args) => {
          trash = trash.filter((x) => x.id !== args.id);
          return article('draft', { id: args.id as string });
        },
      },
      settingsAs('editor'),
    );
    const view = await render(<TrashScreen openArticle={openArticle} onArticlesChanged={onArticlesChanged} />, client);
    await settle(() => view.container.querySelectorAll('.trash-item').length === 2);
    const rows = [...view.container.querySelectorAll('.trash-item')].map((r) => r.textContent);
    expect(rows[0]).toContain('Brand in der Altstadt');
    expect(rows[0]).toContain('Deleted by Anna Editor on');
    expect(rows[1]).toContain('(no headline)');
    const restore = button(view.container, 'Restore: Brand in der Altstadt')!;
    await act(async () => restore.click());
    await settle(() => view.container.querySelectorAll('.trash-item').length === 1);
    expect(calls.find((c) => c.name === 'articles.restore')?.args).toEqual({ id: 'a1' });
    expect(view.container.querySelector('[role="status"]')?.textContent).toContain('“Brand in der Altstadt” is back in the article list.');
    expect(onArticlesChanged).toHaveBeenCalledOnce();
    await act(async () => button(view.container, 'Open it')!.click());
    expect(openArticle).toHaveBeenCalledWith('a1');
    view.unmount();
  });

  it('says why a restore was refused and keeps the article in the trash', async () => {
    const { client } = fakeClient(
      { 'articles.trash': () => deleted, 'articles.restore': () => ({ ok: false, error: { code: 'FORBIDDEN', message: 'Reviewers cannot restore articles.' } }) },
      settingsAs('reviewer'),
    );
    const view = await render(<TrashScreen openArticle={() => {}} />, client);
    await settle(() => view.container.querySelectorAll('.trash-item').length === 2);
    await act(async () => view.container.querySelector<HTMLButtonElement>('.trash-item button')!.click());
    expect(view.container.querySelector('[role="alert"]')?.textContent).toBe('“Brand in der Altstadt” could not be restored: Reviewers cannot restore articles.');
    expect(view.container.querySelectorAll('.trash-item')).toHaveLength(2);
    view.unmount();
  });
});
