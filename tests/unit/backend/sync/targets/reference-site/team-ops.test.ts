import { describe, expect, it } from 'vitest';
import type { TeamOp } from '../../../../../../core/sync/team-op';
import { createReferenceSiteTarget } from '../../../../../../backend/sync/targets/reference-site/reference-site-target';
import { teamTargetOf } from '../../../../../../backend/sync/targets/team-target';
import { queued } from '../../team-support';

const thread = { id: 'thread-1', anchor: { kind: 'field', field: 'headline' }, author: 'Anna', createdAt: '2026-01-01T00:00:00.000Z', text: 'x', replies: [], resolved: null };

/** A target whose site answers `answer` to everything, recording each request. */
function recording(answer: unknown) {
  const seen: Array<{ method: string; path: string; key: string | undefined; body: unknown }> = [];
  const target = createReferenceSiteTarget({
    url: 'http://127.0.0.1:1',
    token: 't'.repeat(30),
    fetch: async (url, init) => {
      const headers = init?.headers as Record<string, string>;
      seen.push({ method: init?.method ?? 'GET', path: new URL(String(url)).pathname, key: headers['idempotency-key'], body: init?.body ? JSON.parse(String(init.body)) : undefined });
      return new Response(answer === null ? null : JSON.stringify(answer), { status: answer === null ? 204 : 200, headers: { 'content-type': 'application/json' } });
    },
  });
  return { target, seen };
}

const cases: Array<[TeamOp, string, string, unknown]> = [
  [{ kind: 'action', articleId: 'art-0001', request: { action: 'update_live', correction: 'Name korrigiert' } }, 'POST', '/api/v1/articles/remote-1/status', { action: 'update_live', correction: 'Name korrigiert' }],
  [{ kind: 'comment.add', articleId: 'art-0001', threadId: 'thread-1', anchor: { kind: 'field', field: 'headline' }, text: 'Quelle?' }, 'POST', '/api/v1/articles/remote-1/comments', { id: 'thread-1', anchor: { kind: 'field', field: 'headline' }, text: 'Quelle?' }],
  [{ kind: 'comment.reply', articleId: 'art-0001', threadId: 'thread-1', replyId: 'reply-1', text: 'dpa' }, 'POST', '/api/v1/articles/remote-1/comments/thread-1/replies', { id: 'reply-1', text: 'dpa' }],
  [{ kind: 'comment.resolve', articleId: 'art-0001', threadId: 'thread-1', resolved: true }, 'POST', '/api/v1/articles/remote-1/comments/thread-1/resolve', { resolved: true }],
  [{ kind: 'ad.put', adKind: 'campaigns', adId: 'c-1', doc: { id: 'c-1' } }, 'PUT', '/api/v1/ads/campaigns/c-1', { id: 'c-1' }],
  [{ kind: 'ad.put', adKind: 'settings', adId: 'default', doc: { density: 1 } }, 'PUT', '/api/v1/ads/settings', { density: 1 }],
  [{ kind: 'ad.delete', adKind: 'slots', adId: 's-1' }, 'DELETE', '/api/v1/ads/slots/s-1', undefined],
  [{ kind: 'article.delete', articleId: 'art-0001' }, 'DELETE', '/api/v1/articles/remote-1', undefined],
  [{ kind: 'article.restore', articleId: 'art-0001' }, 'POST', '/api/v1/articles/remote-1/restore', undefined],
];

describe('team ops on the reference site (docs/team-sync.md)', () => {
  for (const [op, method, path, body] of cases) {
    it(`${op.kind} -> ${method} ${path}, the op id as Idempotency-Key`, async () => {
      const { target, seen } = recording(op.kind.startsWith('comment') ? { thread } : op.kind.startsWith('ad') ? null : {});
      const q = queued(op);
      await target.sendOp(q, 'articleId' in op ? 'remote-1' : null);
      expect(seen).toEqual([{ method, path, key: q.id, body }]);
    });
  }

  it('an action’s body carries no baseRev (the site checks the current status)', async () => {
    const { target, seen } = recording({});
    await target.sendOp(queued({ kind: 'action', articleId: 'art-0001', request: { action: 'submit', note: 'Fertig' } }), 'art-0001');
    expect(seen[0]!.body).toEqual({ action: 'submit', note: 'Fertig' });
  });

  it('only the reference site has the team capability', () => {
    expect(teamTargetOf(recording({}).target)).not.toBeNull();
    expect(teamTargetOf({ kind: 'wordpress' } as never)).toBeNull();
  });
});
