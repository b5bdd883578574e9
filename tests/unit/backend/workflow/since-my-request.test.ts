import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANNA, RITA, teamBackend } from '../team/fake-team';

const ctx = teamBackend();
beforeEach(() => ctx.setUp());
afterEach(() => ctx.tearDown());

interface Since {
  since: { rev: number; author: string } | null;
  requestedAt: string | null;
  diff: Array<{ field: string; changed: boolean; parts: Array<{ op: string; text: string }> }>;
}

describe('workflow.sinceMyRequest', () => {
  it('diffs from the revision current when the reviewer last requested changes to the article now', async () => {
    const a = await ctx.walkedTo('in_review');
    ctx.as(RITA);
    const requested = await ctx.act(a.id, 'request_changes', { note: 'Bitte Vorspann schärfen.' });
    ctx.as(ANNA);
    await ctx.call('articles.save', { id: a.id, baseRev: requested.rev, changes: { teaser: 'Für Kunden ändert sich bis 2027 nichts.' } });
    await ctx.act(a.id, 'submit');
    ctx.as(RITA);
    const seen = await ctx.call<Since>('workflow.sinceMyRequest', { id: a.id });
    expect(seen.requestedAt).toBe(requested.statusHistory.at(-1)!.at);
    expect(seen.since).toMatchObject({ rev: requested.rev, author: 'Rita Review' });
    const changed = seen.diff.filter((d) => d.changed).map((d) => d.field);
    expect(changed).toEqual(['teaser']);
    const teaser = seen.diff.find((d) => d.field === 'teaser')!;
    expect(teaser.parts.filter((p) => p.op === 'insert').map((p) => p.text).join('')).toContain('2027');
  });

  it('is empty for someone who never requested changes', async () => {
    const a = await ctx.walkedTo('in_review');
    ctx.as(ANNA);
    expect(await ctx.call<Since>('workflow.sinceMyRequest', { id: a.id })).toEqual({ since: null, requestedAt: null, diff: [] });
  });
});
