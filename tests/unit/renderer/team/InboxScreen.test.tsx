// @vitest-environment jsdom
import { act } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { InboxItem } from '../../../../core/contract/calls/team';
import { setupI18n } from '../../../../renderer/src/i18n/setup';
import { InboxButton } from '../../../../renderer/src/team/InboxButton';
import { InboxScreen } from '../../../../renderer/src/team/InboxScreen';
import { fakeClient, render, settingsAs } from '../workflow/render-helpers';
import { button, settle } from './team-fixtures';

beforeAll(async () => {
  await setupI18n('en');
});

const item = (id: string, read: boolean, kind: InboxItem['kind'] = 'status'): InboxItem => ({
  id,
  at: '2026-12-01T09:30:00Z',
  articleId: `article-${id}`,
  headline: `Headline ${id}`,
  kind,
  actorName: 'Petra Lange',
  text: { de: `Deutsch ${id}`, en: `English ${id}` },
  read,
});

function inboxClient(items: InboxItem[]) {
  const state = { items };
  return fakeClient(
    {
      'inbox.list': () => ({ items: state.items, unread: state.items.filter((i) => !i.read).length }),
      'inbox.markRead': (args) => {
        const ids = args.ids as string[] | undefined;
        state.items = state.items.map((i) => (!ids || ids.includes(i.id) ? { ...i, read: true } : i));
        return { unread: state.items.filter((i) => !i.read).length };
      },
    },
    settingsAs('editor'),
  );
}

describe('Inbox', () => {
  it('lists each notification in the UI language with actor, headline and time, unread ones marked', async () => {
    const { client } = inboxClient([item('a', false, 'refused'), item('b', true)]);
    const view = await render(<InboxScreen openArticle={() => {}} />, client);
    await settle(() => view.container.querySelectorAll('.inbox-item').length === 2);
    const rows = [...view.container.querySelectorAll('.inbox-item')];
    expect(rows.map((r) => r.querySelector('.inbox-text')?.textContent)).toEqual(['Unread: English a', 'English b']);
    expect(rows[0]!.className).toContain('is-unread');
    expect(rows[0]!.textContent).toContain('RefusedPetra Lange · 1 Dec 2026, 10:30 ·Headline a');
    expect(view.container.textContent).toContain('1 unread');
    view.unmount();
  });

  it('opens the article from its headline and marks that notification read', async () => {
    const { client, calls } = inboxClient([item('a', false), item('b', false)]);
    const openArticle = vi.fn();
    const view = await render(<InboxScreen openArticle={openArticle} />, client);
    await settle(() => Boolean(button(view.container, 'Headline a')));
    await act(async () => button(view.container, 'Headline a')!.click());
    expect(openArticle).toHaveBeenCalledWith('article-a');
    expect(calls.find((c) => c.name === 'inbox.markRead')?.args).toEqual({ ids: ['a'] });
    expect(view.container.querySelector('.inbox-item')?.className).toContain('is-read');
    expect(view.container.textContent).toContain('1 unread');
    view.unmount();
  });

  it('marks all read at once, and the bell in the header follows the unread count', async () => {
    const { client, calls } = inboxClient([item('a', false), item('b', false)]);
    const view = await render(
      <>
        <InboxButton active={false} onOpen={() => {}} />
        <InboxScreen openArticle={() => {}} />
      </>,
      client,
    );
    const bell = view.container.querySelector('.inbox-button')!;
    await settle(() => bell.textContent === 'Inbox2 unread');
    expect(bell.textContent).toBe('Inbox2 unread');
    expect(bell.querySelector('.unread-count')?.textContent).toBe('2');
    await act(async () => button(view.container, 'Mark all read')!.click());
    expect(calls.filter((c) => c.name === 'inbox.markRead').map((c) => c.args)).toEqual([{}]);
    expect(bell.textContent).toBe('Inbox');
    expect(bell.querySelector('.unread-count')).toBeNull();
    expect((button(view.container, 'Mark all read') as HTMLButtonElement).disabled).toBe(true);
    view.unmount();
  });
});
