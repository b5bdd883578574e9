import { describe, expect, it } from 'vitest';
import type { StatusHistoryEntry } from '../../../../core/workflow/history';
import { entryOrigin } from '../../../../renderer/src/calendar/ScheduledBy';

const entry = (action: StatusHistoryEntry['action'], to: StatusHistoryEntry['to'], name: string, at: string): StatusHistoryEntry => ({
  action,
  from: 'approved',
  to,
  actor: { name, role: name === 'Scheduler' ? 'system' : 'publisher' },
  at,
});

describe('entryOrigin', () => {
  const history = [
    entry('schedule', 'scheduled', 'Petra Lange', '2026-11-29T10:00:00Z'),
    entry('schedule', 'scheduled', 'Jonas Weber', '2026-11-30T10:00:00Z'),
    entry('auto_publish', 'published', 'Scheduler', '2026-12-01T06:00:00Z'),
  ];
  it('names who scheduled last for a planned release, and who published for a published one', () => {
    expect(entryOrigin(history.slice(0, 2), 'publish')?.actor.name).toBe('Jonas Weber');
    expect(entryOrigin(history, 'published')?.actor.name).toBe('Scheduler');
    expect(entryOrigin(history, 'expire')?.actor.name).toBe('Jonas Weber');
    expect(entryOrigin([], 'publish')).toBeNull();
  });
});
