// @vitest-environment jsdom
import { act } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../../core/article/article';
import { EditorSessionContext } from '../../../../renderer/src/editor/editor-session';
import { setupI18n } from '../../../../renderer/src/i18n/setup';
import { publishSettings } from '../../../../renderer/src/settings/profile-store';
import { focusStatusAfterReload, takeStatusFocus } from '../../../../renderer/src/workflow/focus-after-action';
import { WorkflowBar } from '../../../../renderer/src/workflow/WorkflowBar';
import { article, button, installDialogPolyfill, session, settle, typeInto } from '../team/team-fixtures';
import { fakeClient, render, settingsAs, type Handler } from '../workflow/render-helpers';

beforeAll(async () => {
  await setupI18n('en');
  installDialogPolyfill();
});

/** The bar as the editor mounts it; `reload` remounts it with the next article, as App does. */
async function bar(role: 'reviewer' | 'publisher', first: Article, next: Article, handlers: Record<string, Handler> = {}) {
  const settings = settingsAs(role);
  publishSettings(settings);
  const { client } = fakeClient({ 'articles.get': () => first, 'workflow.transition': () => next, ...handlers }, settings);
  const mounted: { view?: Awaited<ReturnType<typeof render>> } = {};
  const reload = vi.fn(async () => {
    await mounted.view!.rerender(
      <EditorSessionContext.Provider key="after" value={session(next, reload)}>
        <WorkflowBar />
      </EditorSessionContext.Provider>,
    );
  });
  const view = (mounted.view = await render(
    <EditorSessionContext.Provider key="before" value={session(first, reload)}>
      <WorkflowBar />
    </EditorSessionContext.Provider>,
    client,
  ));
  return { ...view, reload };
}
const status = (c: HTMLElement) => c.querySelector<HTMLElement>('.status-badge')!;

describe('focus after a workflow action', () => {
  it('Approve: the remounted bar puts focus on the new status, not on the page', async () => {
    const view = await bar('reviewer', article('in_review'), article('approved'));
    const approve = button(view.container, 'Approve')!;
    approve.focus();
    await act(async () => approve.click());
    await settle(() => view.reload.mock.calls.length > 0 && document.activeElement !== document.body);
    expect(document.activeElement).toBe(status(view.container));
    expect(status(view.container).textContent).toContain('Approved');
    view.unmount();
  });

  it('Request changes: cancelling the dialog returns to its opener; sending it lands on the new status', async () => {
    const view = await bar('reviewer', article('in_review'), article('changes_requested'));
    const opener = button(view.container, 'Request changes')!;
    opener.focus();
    await act(async () => opener.click());
    await act(async () => button(view.container.querySelector('dialog')!, 'Cancel')!.click());
    expect(view.container.querySelector('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    await act(async () => opener.click());
    const dialog = view.container.querySelector('dialog')!;
    await act(async () => typeInto(dialog.querySelector('textarea')!, 'Bitte den Teaser kürzen.'));
    await act(async () => dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
    await settle(() => document.activeElement === status(view.container));
    expect(document.activeElement).toBe(status(view.container));
    expect(status(view.container).textContent).toContain('Changes requested');
    view.unmount();
  });

  it('a refused action keeps focus on its button (never disabled under the cursor) and shows why', async () => {
    const refusal = { ok: false, error: { code: 'CONFLICT', message: 'Required checks fail', details: { blocking: [{ id: 'teaser', status: 'fail', required: true, message: { de: 'Der Teaser fehlt.', en: 'The teaser is missing.' } }] } } };
    const view = await bar('publisher', article('approved'), article('published'), { 'workflow.transition': () => refusal });
    const publish = button(view.container, 'Publish now')!;
    publish.focus();
    await act(async () => publish.click());
    await settle(() => view.container.querySelector('[role="alert"]') !== null);
    await act(async () => new Promise<void>((r) => requestAnimationFrame(() => r())));
    expect(view.container.querySelector('[role="alert"]')!.textContent).toContain('The teaser is missing.');
    expect(document.activeElement).toBe(publish);
    expect(publish.disabled).toBe(false);
    expect(view.reload).not.toHaveBeenCalled();
    view.unmount();
  });

  it('a focus request is for one article, taken once, and goes stale', () => {
    focusStatusAfterReload('a', 1000);
    expect(takeStatusFocus('b', 1001)).toBe(false);
    expect(takeStatusFocus('a', 1002)).toBe(true);
    expect(takeStatusFocus('a', 1003)).toBe(false);
    focusStatusAfterReload('a', 1000);
    expect(takeStatusFocus('a', 7000)).toBe(false);
  });
});
