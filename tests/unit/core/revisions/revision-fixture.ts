import type { Revision, RevisionReason } from '../../../../core/revisions/revision';
import { readyArticle } from '../checklist/article-fixture';

/** A revision saved `hoursAgo` hours before `now`; rev numbers follow the given sequence number. */
export function revisionAt(now: Date, hoursAgo: number, seq: number, reason: RevisionReason = 'pause'): Revision {
  return {
    id: `rev-${String(seq).padStart(5, '0')}`,
    rev: seq,
    author: 'Anna Schmidt',
    createdAt: new Date(now.getTime() - hoursAgo * 3_600_000).toISOString(),
    reason,
    snapshot: readyArticle({ headline: `Fassung ${seq}` }),
  };
}
