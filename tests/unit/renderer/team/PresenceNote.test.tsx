// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../../../../renderer/src/i18n/setup';
import { PresenceNote } from '../../../../renderer/src/team/PresenceNote';
import { PRESENCE_HEARTBEAT_MS, PRESENCE_POLL_MS } from '../../../../renderer/src/team/use-presence';
import { fakeClient, render, settingsAs } from '../workflow/render-helpers';
import { settle } from './team-fixtures';

beforeAll(async () => {
  await setupI18n('en');
});
afterEach(() => {
  vi.useRealTimers();
});

describe('PresenceNote', () => {
  it('beats every 20 s while open, reads the others every 10 s, and says editing: false on close', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let editors: Array<{ name: string; until: string }> = [];
    const { client, calls } = fakeClient({ 'presence.set': () => ({ ok: true }), 'presence.list': () => ({ editors }) }, settingsAs('editor'));
    const view = await render(<PresenceNote articleId="article-1" />, client);
    const note = () => view.container.querySelector('.presence-note')!;
    // The line is there while nobody else edits, so the header keeps its height.
    expect(note().textContent).toBe('');
    expect(calls.filter((c) => c.name === 'presence.set').map((c) => c.args)).toEqual([{ id: 'article-1', editing: true }]);

    editors = [{ name: 'Anna Editor', until: '2026-12-01T10:01:00Z' }];
    await act(async () => vi.advanceTimersByTime(PRESENCE_POLL_MS));
    await settle(() => note().textContent !== '');
    expect(note().textContent).toBe('Anna Editor is editing');

    editors = [...editors, { name: 'Ben Reporter', until: '2026-12-01T10:01:00Z' }, { name: 'Cem Kaya', until: '2026-12-01T10:01:00Z' }];
    await act(async () => vi.advanceTimersByTime(PRESENCE_HEARTBEAT_MS - PRESENCE_POLL_MS));
    await settle(() => note().textContent !== 'Anna Editor is editing');
    expect(note().textContent).toBe('Anna Editor, Ben Reporter and Cem Kaya are editing');
    expect(calls.filter((c) => c.name === 'presence.set')).toHaveLength(2);

    view.unmount();
    expect(calls.filter((c) => c.name === 'presence.set').at(-1)?.args).toEqual({ id: 'article-1', editing: false });
    const after = calls.length;
    await act(async () => vi.advanceTimersByTime(PRESENCE_HEARTBEAT_MS * 3));
    expect(calls.length).toBe(after);
  });

  it('announces nothing for someone who only reads the article, but still shows who edits', async () => {
    const { client, calls } = fakeClient({ 'presence.set': () => ({ ok: true }), 'presence.list': () => ({ editors: [{ name: 'Anna Editor', until: '2026-12-01T10:01:00Z' }] }) }, settingsAs('reviewer'));
    const view = await render(<PresenceNote articleId="article-1" editing={false} />, client);
    await settle(() => view.container.textContent !== '');
    expect(view.container.textContent).toBe('Anna Editor is editing');
    view.unmount();
    expect(calls.filter((c) => c.name === 'presence.set')).toEqual([]);
  });

  it('speaks German', async () => {
    const i18n = await setupI18n('de');
    const { client } = fakeClient({ 'presence.set': () => ({ ok: true }), 'presence.list': () => ({ editors: [{ name: 'Anna Editor', until: '2026-12-01T10:01:00Z' }] }) }, settingsAs('editor'));
    const view = await render(<PresenceNote articleId="article-1" />, client);
    await settle(() => view.container.textContent !== '');
    expect(view.container.textContent).toBe('Anna Editor bearbeitet gerade');
    view.unmount();
    await i18n.changeLanguage('en');
  });
});

describe('usePresence on a closing window', () => {
  it('says editing: false when the page goes away without unmounting', async () => {
    const { client, calls } = fakeClient({ 'presence.set': () => ({ ok: true }), 'presence.list': () => ({ editors: [] }) }, settingsAs('editor'));
    const view = await render(<PresenceNote articleId="article-9" />, client);
    window.dispatchEvent(new Event('pagehide'));
    expect(calls.filter((c) => c.name === 'presence.set').map((c) => c.args)).toEqual([
      { id: 'article-9', editing: true },
      { id: 'article-9', editing: false },
    ]);
    view.unmount();
  });
});
