// @vitest-environment jsdom
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { EditorSessionContext } from '../../../../renderer/src/editor/editor-session';
import { setupI18n } from '../../../../renderer/src/i18n/setup';
import { SinceMyRequest } from '../../../../renderer/src/team/SinceMyRequest';
import { fakeClient, render, settingsAs } from '../workflow/render-helpers';
import { article, button, session, settle } from './team-fixtures';

beforeAll(async () => {
  await setupI18n('en');
});

const revision = { id: 'rev-1', articleId: 'article-1', rev: 2, createdAt: '2026-12-01T08:00:00Z', author: 'Anna Editor', reason: 'status' };
const headlineDiff = {
  field: 'headline',
  label: { de: 'Überschrift', en: 'Headline' },
  kind: 'text',
  changed: true,
  before: 'Stadtwerke erhöhen Preise',
  after: 'Stadtwerke erhöhen die Preise deutlich',
  parts: [
    { op: 'equal', text: 'Stadtwerke erhöhen ' },
    { op: 'insert', text: 'die ' },
    { op: 'equal', text: 'Preise' },
    { op: 'insert', text: ' deutlich' },
  ],
};
const unchanged = { ...headlineDiff, field: 'teaser', label: { de: 'Teaser', en: 'Teaser' }, changed: false, parts: [] };

async function show(answer: unknown) {
  const { client, calls } = fakeClient({ 'workflow.sinceMyRequest': () => answer }, settingsAs('reviewer'));
  const view = await render(
    <EditorSessionContext.Provider value={session(article('in_review'))}>
      <SinceMyRequest />
    </EditorSessionContext.Provider>,
    client,
  );
  await settle(() => view.container.textContent !== '');
  return { view, calls };
}

describe('SinceMyRequest', () => {
  it('shows the word diff of what changed since the reviewer requested changes', async () => {
    const { view, calls } = await show({ since: revision, requestedAt: '2026-12-01T08:00:00Z', diff: [headlineDiff, unchanged] });
    expect(calls.find((c) => c.name === 'workflow.sinceMyRequest')?.args).toEqual({ id: 'article-1' });
    expect(view.container.querySelector('h2')?.textContent).toBe('Changed since you requested changes');
    expect(view.container.textContent).toContain('1 field changed');
    const fields = [...view.container.querySelectorAll('.diff-field')];
    expect(fields.map((f) => f.getAttribute('data-field'))).toEqual(['headline']);
    expect([...fields[0]!.querySelectorAll('ins')].map((i) => i.textContent)).toEqual(['die ', ' deutlich']);
    await act(async () => button(view.container, 'Hide changes')!.click());
    expect(view.container.querySelector('.diff-field')).toBeNull();
    view.unmount();
  });

  it('is not there when the person never requested changes on the article', async () => {
    const { view } = await show({ since: null, requestedAt: null, diff: [] });
    await settle();
    expect(view.container.innerHTML).toBe('');
    view.unmount();
  });
});
