import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../../../core/article/article';
import type { ChecklistItem } from '../../../../core/checklist/items';
import { TRANSITIONS, WORKFLOW_ACTIONS, type WorkflowAction } from '../../../../core/workflow/actions';
import { statusHistoryEntrySchema } from '../../../../core/workflow/history';
import { ROLES, type Actor } from '../../../../core/workflow/roles';
import { applyTransition, type WorkflowState } from '../../../../core/workflow/transition';

const NOW = new Date('2026-05-04T10:00:00.000Z');
const editor: Actor = { id: 'u1', name: 'Anna Schmidt', role: 'editor' };
const reviewer: Actor = { id: 'u2', name: 'Ben Meyer', role: 'reviewer' };
const publisher: Actor = { id: 'u3', name: 'Cem Yilmaz', role: 'publisher' };
const passing: ChecklistItem[] = [{ id: 'headline', status: 'pass', required: true, message: { de: 'ok', en: 'ok' } }];
const failing: ChecklistItem[] = [
  { id: 'author', status: 'fail', required: true, message: { de: 'Der Autor fehlt.', en: 'The author is missing.' } },
  { id: 'tags', status: 'fail', required: false, message: { de: 'Kein Tag.', en: 'No tag.' } },
];
const inputFor = (action: WorkflowAction) => ({
  note: 'Bitte Zahlen prüfen.',
  checklist: passing,
  schedule: action === 'schedule' ? { publishAt: '2026-05-05T06:00:00.000Z' } : undefined,
});

describe('applyTransition', () => {
  it('moves an article and records who, when, from, to and the note', () => {
    const state = { id: 'a1', status: 'in_review' as const, headline: 'Radweg' };
    const result = applyTransition(state, 'request_changes', reviewer, NOW, { note: '  Bitte Zahlen prüfen. ' });
    expect(result).toEqual({
      ok: true,
      next: { id: 'a1', status: 'changes_requested', headline: 'Radweg' },
      historyEntry: { action: 'request_changes', from: 'in_review', to: 'changes_requested', actor: reviewer, at: NOW.toISOString(), note: 'Bitte Zahlen prüfen.' },
    });
    if (result.ok) expect(statusHistoryEntrySchema.parse(result.historyEntry)).toEqual(result.historyEntry);
  });

  it('agrees with the table for every role, status and action, and changes nothing when it refuses', () => {
    for (const actor of [editor, reviewer, publisher]) {
      for (const status of STATUSES) {
        for (const action of WORKFLOW_ACTIONS) {
          if (action.startsWith('auto_')) continue;
          const state: WorkflowState = Object.freeze({ status, schedule: Object.freeze({}) });
          const result = applyTransition(state, action, actor, NOW, inputFor(action));
          const rule = TRANSITIONS.find((t) => t.action === action)!;
          const permitted = rule.roles.includes(actor.role);
          const fits = rule.from.includes(status);
          expect(result.ok, `${actor.role} ${action} on ${status}`).toBe(permitted && fits);
          if (result.ok) expect(result.next.status).toBe(rule.to);
          else expect(result.code).toBe(permitted ? 'INVALID_TRANSITION' : 'FORBIDDEN');
          expect(state).toEqual({ status, schedule: {} });
        }
      }
    }
    expect(ROLES).toHaveLength(3);
  });

  it('refuses an editor approving with FORBIDDEN, even on an article in review', () => {
    const result = applyTransition({ status: 'in_review' }, 'approve', editor, NOW, { checklist: passing });
    expect(result).toEqual({ ok: false, code: 'FORBIDDEN', message: 'Editor may not "Approve".', messageDe: 'Redakteur darf nicht „Freigeben“.' });
  });

  it('lets a publisher review', () => {
    expect(applyTransition({ status: 'in_review' }, 'approve', publisher, NOW, { checklist: passing }).ok).toBe(true);
  });

  it('requires a note to request changes but not to approve; an approval note is kept', () => {
    expect(applyTransition({ status: 'in_review' }, 'request_changes', reviewer, NOW, { note: '   ' })).toMatchObject({ ok: false, code: 'NOTE_REQUIRED' });
    const approved = applyTransition({ status: 'in_review' }, 'approve', reviewer, NOW, { checklist: passing, note: 'Gut so.' });
    expect(approved.ok && approved.historyEntry.note).toBe('Gut so.');
    const silent = applyTransition({ status: 'in_review' }, 'approve', reviewer, NOW, { checklist: passing });
    expect(silent.ok && 'note' in silent.historyEntry).toBe(false);
    expect(applyTransition({ status: 'in_review' }, 'approve', reviewer, NOW, { checklist: passing, note: 'x'.repeat(2001) })).toMatchObject({
      code: 'NOTE_TOO_LONG',
    });
  });

  it('blocks approval while a required checklist item fails, naming it, and when no checklist was run', () => {
    const blocked = applyTransition({ status: 'in_review' }, 'approve', reviewer, NOW, { checklist: failing });
    expect(blocked).toMatchObject({ ok: false, code: 'CHECKLIST_FAILED' });
    if (!blocked.ok) {
      expect(blocked.message).toContain('The author is missing.');
      expect(blocked.messageDe).toContain('Der Autor fehlt.');
      expect(blocked.blocking?.map((i) => i.id)).toEqual(['author']);
    }
    expect(applyTransition({ status: 'in_review' }, 'approve', reviewer, NOW)).toMatchObject({ ok: false, code: 'CHECKLIST_FAILED' });
    const onlyRecommended = failing.filter((i) => !i.required);
    expect(applyTransition({ status: 'in_review' }, 'approve', reviewer, NOW, { checklist: onlyRecommended }).ok).toBe(true);
  });

  it('schedules with a future publish time and records the schedule', () => {
    const schedule = { publishAt: '2026-05-05T06:00:00.000Z', expireAt: '2026-06-05T06:00:00.000Z' };
    const result = applyTransition({ status: 'approved' }, 'schedule', publisher, NOW, { checklist: passing, schedule });
    expect(result).toMatchObject({ ok: true, next: { status: 'scheduled', schedule }, historyEntry: { schedule } });
  });

  it('refuses to schedule without a publish time, in the past, or with an inconsistent schedule', () => {
    const attempt = (schedule: object) => applyTransition({ status: 'approved' }, 'schedule', publisher, NOW, { checklist: passing, schedule });
    expect(attempt({})).toMatchObject({ ok: false, code: 'SCHEDULE_INVALID' });
    expect(attempt({ publishAt: '2026-05-04T09:59:00.000Z' })).toMatchObject({ ok: false, code: 'SCHEDULE_INVALID' });
    expect(attempt({ publishAt: '2026-05-05T06:00:00.000Z', expireAt: '2026-05-05T05:00:00.000Z' })).toMatchObject({ ok: false, code: 'SCHEDULE_INVALID' });
  });

  it('refuses to publish now during an embargo and allows it once the embargo ended', () => {
    const state = { status: 'approved' as const, schedule: { embargoUntil: '2026-05-04T12:00:00.000Z' } };
    expect(applyTransition(state, 'publish_now', publisher, NOW, { checklist: passing })).toMatchObject({ ok: false, code: 'EMBARGO_ACTIVE' });
    expect(applyTransition(state, 'publish_now', publisher, new Date('2026-05-04T12:00:00.000Z'), { checklist: passing }).ok).toBe(true);
  });

  it('lets the scheduler publish only when due and unpublish only when expired', () => {
    const system: Actor = { name: 'Scheduler', role: 'system' };
    const scheduled = { status: 'scheduled' as const, schedule: { publishAt: '2026-05-04T10:00:00.000Z', expireAt: '2026-05-04T18:00:00.000Z' } };
    expect(applyTransition(scheduled, 'auto_publish', system, new Date('2026-05-04T09:59:59.000Z'))).toMatchObject({ code: 'SCHEDULE_INVALID' });
    const published = applyTransition(scheduled, 'auto_publish', system, NOW);
    expect(published).toMatchObject({ ok: true, next: { status: 'published' } });
    if (!published.ok) return;
    expect(applyTransition(published.next, 'auto_unpublish', system, NOW)).toMatchObject({ code: 'SCHEDULE_INVALID' });
    expect(applyTransition(published.next, 'auto_unpublish', system, new Date('2026-05-04T18:00:00.000Z')).ok).toBe(true);
    expect(applyTransition(scheduled, 'auto_publish', publisher, NOW)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('rejects an unknown action name coming from outside', () => {
    expect(applyTransition({ status: 'draft' }, 'delete_everything' as WorkflowAction, publisher, NOW)).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
  });
});
