import { describe, expect, it } from 'vitest';
import { newArticleFields } from '../../../../../core/article/article';
import { SyncFailure, type RemoteArticle } from '../../../../../core/sync/sync-target';
import { plainRefusal } from '../../../../../backend/sync/engine/plain-refusal';
import { queued } from '../team-support';

const remote = (status: RemoteArticle['status']): RemoteArticle => ({ remoteId: 'art-0001', remoteRev: '3', fields: newArticleFields('de', 'Politik'), status, schedule: null, updatedAt: '2026-01-01T00:00:00.000Z' });
const EDITOR = { id: 'u1', name: 'Anna', role: 'editor' as const };

describe('plainRefusal', () => {
  it('words a refused action as the workflow does, in both languages, from the site’s current state', () => {
    const q = queued({ kind: 'action', articleId: 'art-0001', request: { action: 'submit' } }, EDITOR);
    const reason = plainRefusal(q, new SyncFailure('rejected', '"Submit for review" is not possible in status "In review".'), remote('in_review'));
    expect(reason).toEqual({ en: '"Submit for review" is not possible in status "In review".', de: '„Zur Prüfung einreichen“ ist im Status „In Prüfung“ nicht möglich.' });
  });

  it('words a role the site refuses', () => {
    const q = queued({ kind: 'action', articleId: 'art-0001', request: { action: 'publish_now' } }, EDITOR);
    expect(plainRefusal(q, new SyncFailure('forbidden', 'Editor may not "Publish now".'), remote('approved')).de).toBe('Redakteur darf nicht „Jetzt veröffentlichen“.');
  });

  it('knows the deletion refusals, and leads any other refusal in German', () => {
    const del = queued({ kind: 'article.delete', articleId: 'art-0001' });
    expect(plainRefusal(del, new SyncFailure('rejected', 'The article is published. Unpublish it first.'), remote('published')).de).toMatch(/bitte erst zurückziehen/);
    const ad = queued({ kind: 'ad.delete', adKind: 'slots', adId: 's-1' });
    expect(plainRefusal(ad, new SyncFailure('not_found', 'There is no slot s-1.'), null)).toEqual({ en: 'There is no slot s-1.', de: 'Auf der Website nicht gefunden: There is no slot s-1.' });
    expect(plainRefusal(ad, new SyncFailure('rejected', 'Bad slot.'), null).de).toBe('Die Website hat abgelehnt: Bad slot.');
  });
});
