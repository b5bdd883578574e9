// @vitest-environment jsdom
import { act } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { newArticleFields, type Article, type ArticleStatus } from '../../../../core/article/article';
import { EditorSessionContext, type EditorSession } from '../../../../renderer/src/editor/editor-session';
import { setupI18n } from '../../../../renderer/src/i18n/setup';
import { publishSettings } from '../../../../renderer/src/settings/profile-store';
import { WorkflowBar } from '../../../../renderer/src/workflow/WorkflowBar';
import { fakeClient, render, settingsAs } from './render-helpers';

beforeAll(async () => {
  await setupI18n('en');
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

const article = (status: ArticleStatus): Article => ({
  ...newArticleFields('de'),
  headline: 'Stadtwerke',
  id: 'article-1',
  rev: 3,
  bodySchema: 1 as Article['bodySchema'],
  status,
  schedule: null,
  statusHistory: [],
  createdAt: '2026-03-01T10:00:00Z',
  updatedAt: '2026-03-01T10:00:00Z',
});

function session(a: Article, reload = vi.fn(async () => {})): EditorSession {
  return { article: a, draft: a, editor: null, saveState: { kind: 'saved', at: null }, flush: async () => {}, reload, update: vi.fn() };
}

const buttons = (c: HTMLElement) => [...c.querySelectorAll('.workflow-bar > button')].map((b) => b.textContent);

describe('WorkflowBar', () => {
  it.each([
    ['editor', 'draft', ['Submit for review']],
    ['editor', 'in_review', ['Withdraw from review']],
    ['reviewer', 'in_review', ['Withdraw from review', 'Request changes', 'Approve']],
    ['publisher', 'approved', ['Request changes', 'Reopen for editing', 'Schedule…', 'Publish now', 'Archive']],
    ['publisher', 'published', ['Unpublish']],
  ] as const)('offers a %s only the allowed actions on a %s article', async (role, status, expected) => {
    const settings = settingsAs(role);
    publishSettings(settings);
    const { client } = fakeClient({}, settings);
    const view = await render(
      <EditorSessionContext.Provider value={session(article(status))}>
        <WorkflowBar />
      </EditorSessionContext.Provider>,
      client,
    );
    expect(buttons(view.container)).toEqual(expected);
    view.unmount();
  });

  it('lists the failing checks when approval is refused, and reloads after a successful move', async () => {
    const settings = settingsAs('reviewer');
    publishSettings(settings);
    let refuse = true;
    const { client, calls } = fakeClient(
      {
        'articles.get': () => article('in_review'),
        'workflow.transition': () =>
          refuse
            ? {
                ok: false,
                error: {
                  code: 'CONFLICT',
                  message: 'Required checks fail',
                  details: { workflowCode: 'CHECKLIST_FAILED', blocking: [{ id: 'teaser', status: 'fail', required: true, message: { de: 'Der Teaser fehlt.', en: 'The teaser is missing.' } }] },
                },
              }
            : article('approved'),
      },
      settings,
    );
    const reload = vi.fn(async () => {});
    const view = await render(
      <EditorSessionContext.Provider value={session(article('in_review'), reload)}>
        <WorkflowBar />
      </EditorSessionContext.Provider>,
      client,
    );
    const approve = [...view.container.querySelectorAll('button')].find((b) => b.textContent === 'Approve')!;
    await act(async () => approve.click());
    expect(view.container.querySelector('[role="alert"]')?.textContent).toContain('The teaser is missing.');
    expect(calls.find((c) => c.name === 'workflow.transition')?.args).toMatchObject({ id: 'article-1', baseRev: 3, action: 'approve' });
    expect(reload).not.toHaveBeenCalled();
    refuse = false;
    await act(async () => approve.click());
    expect(reload).toHaveBeenCalledOnce();
    view.unmount();
  });
});
