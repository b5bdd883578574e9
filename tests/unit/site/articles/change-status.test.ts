import { expect, it } from 'vitest';
import { siteArticleAnswerSchema } from '../../../../core/sync/reference-site-api';
import { addUser } from '../../../../site/auth/users';
import { approvedViaApi, createViaApi, describeSite, readyFields } from '../site-test-kit';

describeSite('status actions', (site) => {
  const status = (id: string, token: string, body: Record<string, unknown>) => site.call('POST', `/api/v1/articles/${id}/status`, { token, body });

  it("records the account behind an action in the history and as the article's last changer", async () => {
    const { user, token } = await addUser(site.db.kysely, 'Anna Redaktion', 'editor', site.clock.now());
    const a = await createViaApi(site, readyFields());
    const res = await status(a.id, token, { action: 'submit', note: 'Bitte prüfen' });
    expect(res.statusCode).toBe(200);
    const article = res.json().article;
    expect(article.statusHistory.at(-1)).toMatchObject({ action: 'submit', actor: { id: user.id, name: 'Anna Redaktion', role: 'editor' }, note: 'Bitte prüfen' });
    expect(article.updatedBy).toEqual({ id: user.id, name: 'Anna Redaktion' });
    expect(siteArticleAnswerSchema.safeParse(res.json()).success).toBe(true);
    expect(article).not.toHaveProperty('live');
  });

  it('checks an action without baseRev against the current status: someone moving it first is a plain refusal', async () => {
    const a = await createViaApi(site, readyFields());
    await status(a.id, site.tokens.editor, { action: 'submit' });
    expect((await status(a.id, site.tokens.reviewer, { action: 'approve' })).statusCode).toBe(200);
    const late = await status(a.id, site.tokens.publisher, { action: 'approve' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toMatchObject({
      code: 'CONFLICT',
      message: '"Approve" is not possible in status "Approved".',
      details: { workflowCode: 'INVALID_TRANSITION', current: { id: a.id, status: 'approved', rev: 3 } },
    });
    expect(late.json().error.details.current.statusHistory.map((h: { action: string }) => h.action)).toEqual(['submit', 'approve']);
  });

  it('puts the current article in the details of a refusal for the wrong role, too', async () => {
    const a = await approvedViaApi(site);
    const res = await status(a.id, site.tokens.editor, { action: 'publish_now' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.details).toMatchObject({ workflowCode: 'FORBIDDEN', current: { id: a.id, status: 'approved' } });
  });

  it('takes a correction note only with update_live, and refuses bad bodies with 400', async () => {
    const a = await approvedViaApi(site);
    const bodies = [
      { action: 'publish_now', correction: 'Nicht hier' },
      { action: 'update_live', correction: '' },
      { action: 'update_live', correction: 'x'.repeat(1001) },
      { action: 'publish_now', baseRev: 'drei' },
      { action: 'publish_now', extra: true },
      { action: 'fly' },
      { action: 'auto_hold' },
      [],
    ];
    for (const body of bodies) {
      const res = await site.call('POST', `/api/v1/articles/${a.id}/status`, { token: site.tokens.publisher, body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.code).toBe('INVALID_ARGUMENT');
    }
    const stored = (await site.call('GET', `/api/v1/articles/${a.id}`, { token: site.tokens.editor })).json().article;
    expect(stored.status).toBe('approved');
  });
});
