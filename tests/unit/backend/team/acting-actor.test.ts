import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommentThread } from '../../../../core/comments/thread';
import { ANNA, RITA, teamBackend } from './fake-team';

const ctx = teamBackend();
beforeEach(() => ctx.setUp());
afterEach(() => ctx.tearDown());

describe('the acting actor', () => {
  it('is the site account while one is connected: history, comments and revisions carry its name and id', async () => {
    await ctx.call('settings.update', { profile: { name: 'Profil Person', role: 'publisher' } });
    const a = await ctx.walkedTo('in_review');
    const entry = (await ctx.get(a.id)).statusHistory.at(-1)!;
    expect(entry.actor).toEqual({ id: ANNA.id, name: ANNA.name, role: 'editor' });
    ctx.as(RITA);
    const thread = await ctx.call<CommentThread>('comments.add', { id: a.id, anchor: { kind: 'field', field: 'headline' }, text: 'Zu lang?' });
    expect(thread.author).toBe('Rita Review');
    const revisions = await ctx.call<Array<{ author: string; reason: string }>>('revisions.list', { id: a.id });
    expect(revisions.find((r) => r.reason === 'status')?.author).toBe('Anna Editor');
  });

  it('decides every check by the account, not the profile: a reviewer account may not publish whatever the profile says', async () => {
    await ctx.call('settings.update', { profile: { name: 'Profil Person', role: 'publisher' } });
    const a = await ctx.walkedTo('approved');
    ctx.as(RITA);
    const result = await ctx.raw('workflow.transition', { id: a.id, baseRev: a.rev, action: 'publish_now' });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('is the settings profile when no site is connected, and then nothing is queued', async () => {
    await ctx.call('settings.update', { profile: { name: 'Profil Person', role: 'editor' } });
    const a = await ctx.ready();
    await ctx.act(a.id, 'submit');
    expect((await ctx.get(a.id)).statusHistory.at(-1)!.actor).toEqual({ name: 'Profil Person', role: 'editor' });
    await ctx.call('comments.add', { id: a.id, anchor: { kind: 'field', field: 'teaser' }, text: 'Gut.' });
    expect(ctx.team.state.ops).toEqual([]);
  });
});

describe('actions and comments travel as team ops', () => {
  it('queues each action as itself (no id, no baseRev) by the account that took it, after applying it here', async () => {
    const a = await ctx.walkedTo('scheduled', '2030-01-01T08:00:00Z');
    const moved = await ctx.call<{ rev: number }>('workflow.reschedule', { id: a.id, baseRev: a.rev, publishAt: '2030-01-02T08:00:00Z' });
    expect(moved.rev).toBeGreaterThan(a.rev);
    const actions = ctx.team.state.ops.filter((o) => o.op.kind === 'action');
    expect(actions.map((o) => [o.op.kind === 'action' && o.op.request.action, o.by.name])).toEqual([
      ['submit', 'Anna Editor'],
      ['approve', 'Rita Review'],
      ['schedule', 'Paul Publisher'],
      ['schedule', 'Paul Publisher'],
    ]);
    const last = actions.at(-1)!.op;
    expect(last).toEqual({ kind: 'action', articleId: a.id, request: { action: 'schedule', schedule: { publishAt: '2030-01-02T08:00:00Z' } } });
  });

  it('queues nothing for a refused action', async () => {
    ctx.as(ANNA);
    const a = await ctx.ready();
    const result = await ctx.raw('workflow.transition', { id: a.id, baseRev: a.rev, action: 'approve' });
    expect(result.ok).toBe(false);
    expect(ctx.team.state.ops).toEqual([]);
  });

  it('queues comments, replies, resolving and reopening with the ids stored here', async () => {
    ctx.as(ANNA);
    const a = await ctx.ready();
    const anchor = { kind: 'body', from: 1, to: 4, quote: 'Die' };
    const thread = await ctx.call<CommentThread>('comments.add', { id: a.id, anchor, text: 'Quelle?' });
    ctx.as(RITA);
    const replied = await ctx.call<CommentThread>('comments.reply', { id: a.id, threadId: thread.id, text: 'Steht unten.' });
    await ctx.call('comments.resolve', { id: a.id, threadId: thread.id });
    await ctx.call('comments.reopen', { id: a.id, threadId: thread.id });
    expect(ctx.team.state.ops.map((o) => [o.op, o.by.name])).toEqual([
      [{ kind: 'comment.add', articleId: a.id, threadId: thread.id, anchor, text: 'Quelle?' }, 'Anna Editor'],
      [{ kind: 'comment.reply', articleId: a.id, threadId: thread.id, replyId: replied.replies[0]!.id, text: 'Steht unten.' }, 'Rita Review'],
      [{ kind: 'comment.resolve', articleId: a.id, threadId: thread.id, resolved: true }, 'Rita Review'],
      [{ kind: 'comment.resolve', articleId: a.id, threadId: thread.id, resolved: false }, 'Rita Review'],
    ]);
  });

  it('refuses the implicit return_to_review as a button', async () => {
    const a = await ctx.walkedTo('approved');
    ctx.as(ANNA);
    const result = await ctx.raw('workflow.transition', { id: a.id, baseRev: a.rev, action: 'return_to_review' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await ctx.get(a.id)).status).toBe('approved');
  });
});
