// @vitest-environment jsdom
import { act } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EditorSessionContext } from '../../../../renderer/src/editor/editor-session';
import { setupI18n } from '../../../../renderer/src/i18n/setup';
import { publishSettings } from '../../../../renderer/src/settings/profile-store';
import { publishTeamAccount } from '../../../../renderer/src/team/account-store';
import { WorkflowBar } from '../../../../renderer/src/workflow/WorkflowBar';
import { fakeClient, render, settingsAs } from '../workflow/render-helpers';
import { article, button, installDialogPolyfill, session, settle, teamAccount, typeInto } from './team-fixtures';

beforeAll(async () => {
  await setupI18n('en');
  installDialogPolyfill();
});

const live = article('published', { pendingUpdate: { since: '2026-12-01T09:00:00Z', by: 'Anna Editor' } });
const barButtons = (c: HTMLElement) => [...c.querySelectorAll('.workflow-bar button')].map((b) => b.textContent);

describe('Update live article', () => {
  it('is a publisher’s button of its own (never a plain action), and sends the correction note with update_live', async () => {
    const settings = settingsAs('publisher');
    publishSettings(settings);
    const reload = vi.fn(async () => {});
    const { client, calls } = fakeClient({ 'articles.get': () => ({ ...live, rev: 7 }), 'workflow.transition': () => article('published') }, settings);
    const view = await render(
      <EditorSessionContext.Provider value={session(live, reload)}>
        <WorkflowBar />
      </EditorSessionContext.Provider>,
      client,
    );
    expect(barButtons(view.container)).toEqual(['Unpublish', 'Update live article…']);
    expect(button(view.container, 'Update live article…')!.className).toBe('primary');
    await act(async () => button(view.container, 'Update live article…')!.click());
    const dialog = view.container.querySelector('dialog')!;
    expect(dialog.open).toBe(true);
    await act(async () => typeInto(dialog.querySelector('textarea')!, '  An earlier version named the wrong district.  '));
    await act(async () => dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
    await settle(() => reload.mock.calls.length > 0);
    expect(calls.find((c) => c.name === 'workflow.transition')?.args).toEqual({
      id: 'article-1',
      baseRev: 7,
      action: 'update_live',
      correction: 'An earlier version named the wrong district.',
    });
    expect(reload).toHaveBeenCalledOnce();
    view.unmount();
  });

  it('sends no correction when the note is left empty, and shows a refusal in German inside the dialog', async () => {
    const i18n = await setupI18n('de');
    const settings = settingsAs('publisher');
    publishSettings(settings);
    const { client, calls } = fakeClient(
      {
        'articles.get': () => live,
        'workflow.transition': () => ({ ok: false, error: { code: 'FORBIDDEN', message: 'Only publishers may update a live article.', details: { messageDe: 'Nur der Chef vom Dienst darf einen Live-Artikel aktualisieren.' } } }),
      },
      settings,
    );
    const view = await render(
      <EditorSessionContext.Provider value={session(live)}>
        <WorkflowBar />
      </EditorSessionContext.Provider>,
      client,
    );
    await act(async () => button(view.container, 'Live-Artikel aktualisieren…')!.click());
    await act(async () => view.container.querySelector<HTMLButtonElement>('dialog button[type="submit"]')!.click());
    await settle(() => Boolean(view.container.querySelector('dialog [role="alert"]')));
    expect(calls.find((c) => c.name === 'workflow.transition')?.args).toEqual({ id: 'article-1', baseRev: 3, action: 'update_live' });
    expect(view.container.querySelector('dialog [role="alert"]')?.textContent).toContain('Nur der Chef vom Dienst darf einen Live-Artikel aktualisieren.');
    expect(view.container.querySelector('dialog')!.open).toBe(true);
    view.unmount();
    await i18n.changeLanguage('en');
  });

  it('takes the role from the site account, not from the profile in Settings', async () => {
    const settings = settingsAs('publisher');
    publishSettings(settings);
    publishTeamAccount(teamAccount('editor', 'Anna Editor'));
    const { client } = fakeClient({ 'team.account': () => teamAccount('editor', 'Anna Editor') }, settings);
    const view = await render(
      <EditorSessionContext.Provider value={session(live)}>
        <WorkflowBar />
      </EditorSessionContext.Provider>,
      client,
    );
    await settle();
    expect(barButtons(view.container)).toEqual([]);
    view.unmount();
  });
});
