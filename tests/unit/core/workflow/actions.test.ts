import { describe, expect, it } from 'vitest';
import { STATUSES, type ArticleStatus } from '../../../../core/article/article';
import { allowedActions, TRANSITIONS } from '../../../../core/workflow/actions';
import { ROLES, type Role } from '../../../../core/workflow/roles';

// Written out by hand from the issue, so a change to the table must be a deliberate change here.
const EXPECTED: Record<Role, Record<ArticleStatus, string[]>> = {
  editor: {
    draft: ['submit'],
    in_review: ['withdraw'],
    changes_requested: ['submit'],
    approved: ['reopen'],
    scheduled: [],
    published: [],
    unpublished: ['reopen'],
    archived: [],
  },
  reviewer: {
    draft: ['submit'],
    in_review: ['withdraw', 'request_changes', 'approve'],
    changes_requested: ['submit'],
    approved: ['request_changes', 'reopen'],
    scheduled: [],
    published: [],
    unpublished: ['reopen'],
    archived: [],
  },
  publisher: {
    draft: ['submit', 'archive'],
    in_review: ['withdraw', 'request_changes', 'approve'],
    changes_requested: ['submit', 'archive'],
    approved: ['request_changes', 'reopen', 'schedule', 'publish_now', 'archive'],
    scheduled: ['schedule', 'unschedule', 'publish_now'],
    published: ['unpublish', 'update_live'],
    unpublished: ['reopen', 'publish_now', 'archive'],
    archived: ['restore_draft'],
  },
};

describe('the transition table', () => {
  for (const role of ROLES) {
    for (const status of STATUSES) {
      it(`lets a ${role} take exactly ${JSON.stringify(EXPECTED[role][status])} on a ${status} article`, () => {
        expect([...allowedActions(role, status)].sort()).toEqual([...EXPECTED[role][status]].sort());
      });
    }
  }

  it('never lets an editor approve or schedule, in any status', () => {
    for (const status of STATUSES) {
      const actions = allowedActions('editor', status);
      expect(actions).not.toContain('approve');
      expect(actions).not.toContain('schedule');
      expect(actions).not.toContain('publish_now');
    }
  });

  it('reserves automatic publishing and expiry for the scheduler', () => {
    expect(allowedActions('system', 'scheduled').sort()).toEqual(['auto_hold', 'auto_publish', 'auto_unpublish']);
    expect(allowedActions('system', 'published')).toEqual(['auto_unpublish']);
    expect(allowedActions('system', 'draft')).toEqual([]);
  });

  it('sends an edited approved or scheduled article back to review, never as a button', () => {
    const rule = TRANSITIONS.find((r) => r.action === 'return_to_review')!;
    expect(rule).toMatchObject({ from: ['approved', 'scheduled'], to: 'in_review', implicit: true });
    expect(rule.roles).not.toContain('reviewer');
  });

  it('has one row per action, each leading to a real status', () => {
    const actions = TRANSITIONS.map((t) => t.action);
    expect(new Set(actions).size).toBe(actions.length);
    for (const rule of TRANSITIONS) expect(STATUSES).toContain(rule.to);
  });
});
