// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../../core/article/article';
import type { Role } from '../../../../core/workflow/roles';
import { EditorSessionContext } from '../../../../renderer/src/editor/editor-session';
import { setupI18n } from '../../../../renderer/src/i18n/setup';
import { publishSettings } from '../../../../renderer/src/settings/profile-store';
import { publishTeamAccount } from '../../../../renderer/src/team/account-store';
import { CorrectionsList } from '../../../../renderer/src/team/CorrectionsList';
import { EditingNotice } from '../../../../renderer/src/team/EditingNotice';
import { fakeClient, render, settingsAs } from '../workflow/render-helpers';
import { article, session, settle, teamAccount } from './team-fixtures';

beforeAll(async () => {
  await setupI18n('en');
});

async function show(a: Article, role: Role) {
  const settings = settingsAs(role);
  publishSettings(settings);
  const { client } = fakeClient({}, settings);
  const view = await render(
    <EditorSessionContext.Provider value={session(a)}>
      <EditingNotice />
      <CorrectionsList />
    </EditorSessionContext.Provider>,
    client,
  );
  await settle();
  return view;
}

describe('EditingNotice', () => {
  it.each(['approved', 'scheduled'] as const)('says before the first keystroke that editing a %s article sends it back to review', async (status) => {
    const view = await show(article(status), 'editor');
    expect(view.container.querySelector('[data-testid="editing-notice"]')?.textContent).toBe('Editing sends this article back to review');
    view.unmount();
  });

  it('says nothing of the kind to a reviewer (who does not edit) or on a draft', async () => {
    for (const [status, role] of [['approved', 'reviewer'], ['draft', 'editor'], ['in_review', 'publisher']] as const) {
      const view = await show(article(status), role);
      expect(view.container.querySelector('[data-testid="editing-notice"]')).toBeNull();
      view.unmount();
    }
  });

  it('explains pending updates on a live article, badges one that exists, and lists the corrections', async () => {
    const live = article('published', {
      pendingUpdate: { since: '2026-12-01T09:00:00Z', by: 'Anna Editor' },
      corrections: [{ at: '2026-11-30T12:00:00Z', note: 'An earlier version named the wrong district.' }],
    });
    const view = await show(live, 'publisher');
    const notice = view.container.querySelector('[data-testid="editing-notice"]')!;
    expect(notice.querySelector('.pending-badge')?.textContent).toBe('Pending update');
    expect(notice.textContent).toContain('Changes form a pending update; the live article changes only with “Update live article”');
    expect(notice.textContent).toContain('started by Anna Editor on');
    expect(view.container.querySelector('.corrections')?.textContent).toBe('1 correctionCorrection of 30 Nov 2026: An earlier version named the wrong district.');
    view.unmount();
  });

  it('shows no badge while the live version is the current one', async () => {
    const view = await show(article('published', { pendingUpdate: null }), 'editor');
    expect(view.container.querySelector('.pending-badge')).toBeNull();
    expect(view.container.querySelector('.corrections')).toBeNull();
    view.unmount();
  });

  it('tells a reviewer signed in to a site that the text is the editors’ (it is read only for her)', async () => {
    publishTeamAccount(teamAccount('reviewer', 'Clara Prüferin'));
    const view = await show(article('in_review'), 'editor');
    expect(view.container.querySelector('[data-testid="editing-notice"]')?.textContent).toBe('You review this article: what you type in the body becomes a suggestion the editors accept or reject; select text and press Ctrl+Alt+M to comment.');
    view.unmount();
  });
});
