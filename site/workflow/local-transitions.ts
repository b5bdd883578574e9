import type { ArticleStatus } from '../../core/article/article';
import type { SiteRole } from '../auth/roles';

/**
 * LOCAL FALLBACK for core/workflow's transition table, used until core/workflow exists.
 * Same statuses and roles as the design: draft -> in review -> changes requested / approved ->
 * scheduled -> published -> unpublished.
 */
interface Transition {
  from: readonly ArticleStatus[];
  to: ArticleStatus;
  roles: readonly SiteRole[];
}

export const LOCAL_TRANSITIONS = {
  submit: { from: ['draft', 'changes_requested'], to: 'in_review', roles: ['editor', 'publisher'] },
  request_changes: { from: ['in_review'], to: 'changes_requested', roles: ['reviewer', 'publisher'] },
  approve: { from: ['in_review'], to: 'approved', roles: ['reviewer', 'publisher'] },
  schedule: { from: ['approved', 'scheduled'], to: 'scheduled', roles: ['publisher'] },
  publish: { from: ['approved', 'scheduled', 'unpublished'], to: 'published', roles: ['publisher'] },
  unpublish: { from: ['published', 'scheduled'], to: 'unpublished', roles: ['publisher'] },
  reopen: { from: ['changes_requested', 'approved', 'unpublished'], to: 'draft', roles: ['editor', 'publisher'] },
  archive: { from: ['unpublished', 'draft'], to: 'archived', roles: ['publisher'] },
} as const satisfies Record<string, Transition>;
