import type { WorkflowAction } from '../../core/workflow/index';
import { editorFields } from '../articles/live-version';
import type { SiteArticle } from '../articles/site-article';

/** Actions after which the working copy is what the public sees. */
const GOES_LIVE: ReadonlySet<WorkflowAction> = new Set(['publish_now', 'auto_publish', 'update_live']);

/** Most correction notes an article keeps (core's schema allows 100). */
const MAX_CORRECTIONS = 100;

/**
 * The live version, pending update and corrections after `action`: going live snapshots the
 * working copy's fields (and clears the pending update); staying published keeps both; leaving
 * published drops them. update_live with a correction appends `{ at, note }`.
 */
export function liveState(
  current: SiteArticle,
  next: SiteArticle,
  action: WorkflowAction,
  rev: number,
  now: Date,
  correction: string | undefined,
): Pick<SiteArticle, 'live' | 'pendingUpdate' | 'corrections'> {
  const at = now.toISOString();
  const note = correction?.trim();
  const corrections = action === 'update_live' && note ? [...(current.corrections ?? []), { at, note }].slice(-MAX_CORRECTIONS) : current.corrections;
  const withCorrections = corrections ? { corrections } : {};
  if (next.status !== 'published') return { live: undefined, pendingUpdate: null, ...withCorrections };
  if (GOES_LIVE.has(action)) return { live: { rev, at, fields: editorFields(next) }, pendingUpdate: null, ...withCorrections };
  return { live: current.live, pendingUpdate: current.pendingUpdate ?? null, ...withCorrections };
}
