// @vitest-environment jsdom
import { act } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { SiteView } from '../../../../core/contract/contract';
import { setupI18n } from '../../../../renderer/src/i18n/setup';
import { SiteFailures } from '../../../../renderer/src/sync/SiteFailures';
import { fakeClient, render, settingsAs } from '../workflow/render-helpers';

beforeAll(async () => {
  await setupI18n('de');
});

const site = (over: Partial<SiteView>): SiteView => ({
  id: 's1',
  kind: 'reference-site',
  url: 'https://www.example.de',
  user: 'Ada',
  role: 'editor',
  builtIn: false,
  connection: 'online',
  lastError: null,
  lastSyncAt: null,
  queued: 1,
  ...over,
});

async function show(view: SiteView) {
  const onRetry = vi.fn();
  const out = await render(<SiteFailures site={view} headlines={{ a1: 'Rat beschließt Haushalt' }} timeZone="Europe/Berlin" retrying={false} onRetry={onRetry} />, fakeClient({}, settingsAs('editor')).client);
  return { ...out, onRetry };
}

describe('SiteFailures (German UI)', () => {
  it('regression (issue 12): a refused article shows its headline, the reason in plain words, the site’s words, and Retry', async () => {
    const view = await show(site({ failures: [{ articleId: 'a1', reason: 'The teaser is longer than 300 characters', nextAttemptAt: null }] }));
    const text = view.container.textContent ?? '';
    expect(text).toContain('1 Artikel nicht gesendet');
    expect(text).toContain('Rat beschließt Haushalt');
    expect(text).toContain('Die Website hat diesen Artikel abgelehnt.');
    expect(text).toContain('The teaser is longer than 300 characters');
    expect(text).toContain('Kein neuer Versuch von selbst');
    expect(view.container.querySelector('[lang="en"]')?.textContent).toBe('The teaser is longer than 300 characters');
    const retry = [...view.container.querySelectorAll('button')].find((b) => b.textContent === 'Erneut versuchen')!;
    await act(async () => retry.click());
    expect(view.onRetry).toHaveBeenCalledTimes(1);
    view.unmount();
  });

  it('says once that the site could not be reached, and when the next try is, in the site zone and German format', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T10:00:00Z'));
    const view = await show(site({ connection: 'offline', lastError: 'fetch failed (ECONNREFUSED)', failures: [{ articleId: 'a1', reason: 'fetch failed (ECONNREFUSED)', nextAttemptAt: '2026-12-02T20:40:00.000Z' }] }));
    const text = view.container.textContent ?? '';
    expect(text).toContain('Die Website war nicht erreichbar.');
    expect(text).toContain('Nächster Versuch von selbst: 02.12.2026, 21:40.');
    expect(text.match(/nicht erreichbar/g)).toHaveLength(1);
    // On the day itself, the time alone.
    vi.setSystemTime(new Date('2026-12-02T10:00:00Z'));
    await view.rerender(<SiteFailures site={site({ connection: 'offline', lastError: 'x', failures: [{ articleId: 'a1', reason: 'x', nextAttemptAt: '2026-12-02T20:40:00.000Z' }] })} headlines={{}} timeZone="Europe/Berlin" retrying={false} onRetry={() => {}} />);
    expect(view.container.textContent).toContain('Nächster Versuch von selbst: 21:40 Uhr.');
    vi.useRealTimers();
    view.unmount();
  });

  it('shows nothing for a site with nothing failed', async () => {
    const view = await show(site({ queued: 0, failures: [] }));
    expect(view.container.textContent).toBe('');
    view.unmount();
  });
});
