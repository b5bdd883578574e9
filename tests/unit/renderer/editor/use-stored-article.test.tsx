// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../core/article/article';
import { useClient } from '../../../../renderer/src/client/context';
import { useStoredArticle } from '../../../../renderer/src/editor/use-stored-article';
import { article, settle } from '../team/team-fixtures';
import { fakeClient, render, settingsAs } from '../workflow/render-helpers';

let saved: () => void = () => {};
function Probe({ initial }: { initial: Article }) {
  const { stored, afterSave } = useStoredArticle(useClient(), initial);
  saved = afterSave;
  return <span data-status={stored.status} data-pending={stored.pendingUpdate ? 'yes' : 'no'} />;
}

describe('useStoredArticle', () => {
  it('reads an approved article again after its first save: the header then shows it back in review', async () => {
    const { client, calls } = fakeClient({ 'articles.get': () => article('in_review', { rev: 5 }) }, settingsAs('editor'));
    const view = await render(<Probe initial={article('approved')} />, client);
    const probe = () => view.container.querySelector('span')!;
    expect(probe().dataset.status).toBe('approved');
    await act(async () => saved());
    await settle(() => probe().dataset.status === 'in_review');
    expect(probe().dataset.status).toBe('in_review');
    // In review now: later saves change nothing about the status, so nothing is read again.
    const reads = calls.filter((c) => c.name === 'articles.get').length;
    await act(async () => saved());
    expect(calls.filter((c) => c.name === 'articles.get')).toHaveLength(reads);
    view.unmount();
  });

  it('marks a live article’s pending update after its first save, and does not read a draft again', async () => {
    const { client, calls } = fakeClient({ 'articles.get': () => article('published', { pendingUpdate: { since: '2026-12-01T09:00:00Z', by: 'Anna Editor' } }) }, settingsAs('editor'));
    const view = await render(<Probe initial={article('published')} />, client);
    await act(async () => saved());
    await settle(() => view.container.querySelector('span')!.dataset.pending === 'yes');
    expect(view.container.querySelector('span')!.dataset.pending).toBe('yes');
    view.unmount();
    const draft = await render(<Probe initial={article('draft')} />, client);
    const before = calls.length;
    await act(async () => saved());
    expect(calls.length).toBe(before);
    draft.unmount();
  });
});
