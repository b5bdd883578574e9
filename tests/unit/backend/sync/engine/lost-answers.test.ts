/**
 * An answer lost while the site was still writing: the resend reaches the site before the
 * first request is stored, and the site refuses it (the action no longer fits the status the
 * first one made; an update's base is gone). Asked again, the site replays the first answer.
 * These tests play that refusal once and check the engine asks again instead of believing it.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SyncFailure, type SyncTarget } from '../../../../../core/sync/sync-target';
import { createSyncEngine } from '../../../../../backend/sync/engine/sync-engine';
import { createSyncFiles } from '../../../../../backend/sync/sync-files';
import { createReferenceSiteTarget, type ReferenceSiteTarget } from '../../../../../backend/sync/targets/reference-site/reference-site-target';
import type { QueuedTeamOp } from '../../../../../core/sync/team-op';
import type { TeamTarget } from '../../../../../backend/sync/targets/team-target';
import { bodyOf, siteAndApp, textsOf } from '../support';
import { queued, recordingSink } from '../team-support';

const ctx = siteAndApp('each');
const lost = () => new SyncFailure('unavailable', 'The site cannot be reached (timed out).');
const racing = () => new SyncFailure('conflict', 'The article changed since baseRev.');

/** An engine over the real site whose target is `wrap`ped. */
function engineWith(wrap: (real: ReferenceSiteTarget) => SyncTarget & Partial<TeamTarget>, sink = recordingSink().sink) {
  const real = createReferenceSiteTarget({ url: ctx.site().url, token: ctx.site().tokens.editor, timeoutMs: 2000 });
  return createSyncEngine({ target: wrap(real), store: ctx.app().store, articles: ctx.app().articles, files: createSyncFiles(path.join(ctx.app().dataDir, 'sync', 'lost')), tickMs: 0, debounceMs: 5, backoff: { baseMs: 1, maxMs: 2 }, team: { siteId: 's', sink } });
}

describe('answers lost while the site was still writing', () => {
  it('an action whose resend is refused once is not reported as refused: asked again, the site replays it', async () => {
    const { sink, calls } = recordingSink();
    let sends = 0;
    const engine = engineWith(
      (real) => ({
        ...real,
        async sendOp(q: QueuedTeamOp, remoteId: string | null) {
          sends++;
          if (sends === 1) {
            await real.sendOp(q, remoteId); // it lands; the answer is lost
            throw lost();
          }
          if (sends === 2) throw new SyncFailure('rejected', '"Submit for review" is not possible in status "In review".');
          return real.sendOp(q, remoteId);
        },
      }),
      sink,
    );
    await engine.start();
    const a = await ctx.app().articles.create('de', 'Politik');
    await ctx.app().articles.save(a.id, a.rev, { headline: 'Eingereicht', body: bodyOf('Eins') });
    await engine.syncNow();
    await ctx.app().store.replace({ ...(await ctx.app().store.get(a.id)), status: 'in_review' });
    await engine.enqueueTeamOp(queued({ kind: 'action', articleId: a.id, request: { action: 'submit' } }));
    await engine.syncNow();
    expect(engine.teamOps()).toHaveLength(1);
    await engine.syncNow();
    expect(sends).toBe(3);
    expect(engine.teamOps()).toEqual([]);
    expect(calls.refused).toEqual([]);
    expect((await ctx.app().store.get(a.id)).status).toBe('in_review');
    await engine.close();
  });

  it('an update whose settling resend is refused once is still known to have landed: no false conflict after', async () => {
    let puts = 0;
    const engine = engineWith((real) => ({
      ...real,
      async push(input) {
        if (input.remoteId === null) return real.push(input);
        puts++;
        if (puts === 1) {
          await real.push(input);
          throw lost();
        }
        if (puts === 2) throw racing();
        return real.push(input);
      },
    }));
    await engine.start();
    const a = await ctx.app().articles.create('de', 'Politik');
    await ctx.app().articles.save(a.id, a.rev, { headline: 'Haushalt', body: bodyOf('Eins', 'Zwei') });
    await engine.syncNow();
    let local = await ctx.app().store.get(a.id);
    await ctx.app().articles.save(a.id, local.rev, { body: bodyOf('Eins (App)', 'Zwei') });
    await engine.flush();
    await engine.syncNow(); // the update lands, its answer is lost
    // Someone edits the other block on the site; the app edits its block again.
    const remote = (await ctx.site().api('GET', `/articles/${a.id}`)).body.article;
    await ctx.site().api('PUT', `/articles/${a.id}`, { baseRev: remote.rev, fields: { body: bodyOf('Eins (App)', 'Zwei (Website)') } });
    local = await ctx.app().store.get(a.id);
    await ctx.app().articles.save(a.id, local.rev, { body: bodyOf('Eins (App, wieder)', 'Zwei') });
    await engine.flush();
    await engine.syncNow();
    await engine.syncNow();
    expect(engine.conflictIds()).toEqual([]);
    expect(textsOf((await ctx.site().api('GET', `/articles/${a.id}`)).body.article.body)).toEqual(['Eins (App, wieder)', 'Zwei (Website)']);
    await engine.close();
  });

  it('a replayed answer (the article as it was then) does not take the article back to an older revision', async () => {
    let sends = 0;
    const engine = engineWith((real) => ({
      ...real,
      async sendOp(q: QueuedTeamOp, remoteId: string | null) {
        sends++;
        const answer = await real.sendOp(q, remoteId); // the second time a replay of the first
        if (sends === 1) throw lost();
        return answer;
      },
    }));
    await engine.start();
    const a = await ctx.app().articles.create('de', 'Politik');
    await ctx.app().articles.save(a.id, a.rev, { headline: 'Zurück?', body: bodyOf('Eins', 'Zwei') });
    await engine.syncNow();
    await ctx.app().store.replace({ ...(await ctx.app().store.get(a.id)), status: 'in_review' });
    await engine.enqueueTeamOp(queued({ kind: 'action', articleId: a.id, request: { action: 'submit' } }));
    await engine.syncNow(); // lands, answer lost
    const submitted = (await ctx.site().api('GET', `/articles/${a.id}`)).body.article;
    await ctx.site().api('PUT', `/articles/${a.id}`, { baseRev: submitted.rev, fields: { body: bodyOf('Eins', 'Zwei (Website)') } });
    await engine.syncNow(); // the pull takes the site's edit; then the resend replays the older answer
    expect(sends).toBe(2);
    expect(textsOf((await ctx.app().store.get(a.id)).body)).toEqual(['Eins', 'Zwei (Website)']);
    const local = await ctx.app().store.get(a.id);
    await ctx.app().articles.save(a.id, local.rev, { body: bodyOf('Eins (App)', 'Zwei (Website)') });
    const now = (await ctx.site().api('GET', `/articles/${a.id}`)).body.article;
    await ctx.site().api('PUT', `/articles/${a.id}`, { baseRev: now.rev, fields: { teaser: 'Von der Website' } });
    await engine.flush();
    await engine.syncNow();
    expect(engine.conflictIds()).toEqual([]);
    const after = (await ctx.site().api('GET', `/articles/${a.id}`)).body.article;
    expect(textsOf(after.body)).toEqual(['Eins (App)', 'Zwei (Website)']);
    expect(after.teaser).toBe('Von der Website');
    await engine.close();
  });
});
