import { describe, expect, it } from 'vitest';
import type { InboxItem } from '../../../../core/contract/calls/team';
import { MAX_SHOWN_AT_ONCE, systemNotifier, type NotificationPort } from '../../../../electron/main/system-notification';

const item = (n: number): InboxItem => ({
  id: `status:${n}`,
  at: '2026-06-01T08:00:00.000Z',
  articleId: 'article-1',
  headline: n === 0 ? '' : `Artikel ${n}`,
  kind: 'status',
  actorName: 'Rita Review',
  text: { de: `Deutsch ${n}`, en: `English ${n}` },
  read: false,
});

function fakePort(supported = true) {
  const shown: Array<{ title: string; body: string; click: () => void }> = [];
  const port: NotificationPort = { isSupported: () => supported, show: (o, click) => shown.push({ ...o, click }) };
  return { port, shown };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('system notifications', () => {
  it('shows each new item in the UI language, titled by its headline, and a click brings the window up', async () => {
    const { port, shown } = fakePort();
    let focused = 0;
    const notify = systemNotifier(port, async () => 'de', () => focused++);
    notify(item(1));
    notify(item(0));
    await settle();
    expect(shown.map(({ title, body }) => [title, body])).toEqual([
      ['Artikel 1', 'Deutsch 1'],
      ['Copydesk', 'Deutsch 0'],
    ]);
    shown[0]!.click();
    expect(focused).toBe(1);
  });

  it('sums up a burst after the first few', async () => {
    const { port, shown } = fakePort();
    const notify = systemNotifier(port, async () => 'en', () => {});
    for (let n = 1; n <= MAX_SHOWN_AT_ONCE + 4; n++) notify(item(n));
    await settle();
    expect(shown).toHaveLength(MAX_SHOWN_AT_ONCE + 1);
    expect(shown.at(-1)!.body).toBe('4 more notifications in the inbox.');
    notify(item(99));
    await settle();
    expect(shown.at(-1)!.body).toBe('English 99');
  });

  it('shows nothing where the system has no notifications', async () => {
    const { port, shown } = fakePort(false);
    systemNotifier(port, async () => 'de', () => {})(item(1));
    await settle();
    expect(shown).toEqual([]);
  });
});
