import { createHash } from 'node:crypto';
import type { Article, ArticleStatus } from '../../../core/article/article';
import type { QueuedTeamOp } from '../../../core/sync/team-op';
import { ruleFor, type WorkflowAction } from '../../../core/workflow/actions';
import { ROLE_LABELS, STATUS_LABELS } from '../../../core/workflow/labels';
import type { Role } from '../../../core/workflow/roles';
import { statusPath } from '../../../core/sync/status-path';
import type { TeamRemoteArticle } from '../targets/team-target';
import type { PlainRefusal } from '../team/team-port';
import { describeError } from './compare';
import { setArticle, type EngineState } from './engine-state';
import { enqueueTeamOp, statusHeld } from './team-outbox';

/** An action a person can take (the scheduler's auto_* never come out of statusPath). */
type PersonAction = QueuedTeamOp['op'] extends infer O ? (O extends { kind: 'action'; request: { action: infer A } } ? A : never) : never;

/** A stable op id per article, create and step: a replayed create queues the same ops again, which the outbox takes once. */
const opId = (articleId: string, createKey: string, step: string): string =>
  `cu-${createHash('sha256').update(`${articleId}\n${createKey}\n${step}`).digest('base64url').slice(0, 24)}`;

/** The note an action needs (request_changes): the one the person gave here, else a plain one. */
function noteFor(local: Article, action: WorkflowAction): string | undefined {
  if (!ruleFor(action)?.requiresNote) return undefined;
  return [...local.statusHistory].reverse().find((h) => h.action === action && h.note)?.note ?? 'Changes requested in the app before the site was connected.';
}

/**
 * The actions that take a new article on the site from `from` to the local status: the
 * shortest path by core's table the account's role may take; when it cannot get there, the
 * part of a publisher's path it can take (maybe none), and the first action it cannot.
 */
export function catchUpPlan(from: ArticleStatus, to: ArticleStatus, role: Role): { actions: PersonAction[]; blockedAt: PersonAction | null } {
  const own = statusPath(from, to, role) as PersonAction[] | null;
  if (own) return { actions: own, blockedAt: null };
  const full = (statusPath(from, to, 'publisher') ?? []) as PersonAction[];
  const cannot = full.findIndex((action) => !(ruleFor(action)?.roles as readonly string[] | undefined)?.includes(role));
  return cannot < 0 ? { actions: full, blockedAt: null } : { actions: full.slice(0, cannot), blockedAt: full[cannot]! };
}

/**
 * When an article first reaches a team site (its create landed, the site has it as `answered`)
 * and its local status is beyond that (published, scheduled, approved while no site was
 * connected), queues the actions that take it there on the site, as the account, through the
 * normal team outbox: durable, idempotent, sent in this round after the pushes, refused in plain
 * words like any op. Queued before the answer is taken, they hold the local status while they
 * wait. A schedule goes with `schedule` and `publish_now` (one already past is published at
 * once by team-send). What the role cannot take is noted on the record and told once the
 * queued ones are through (tellCatchUpShort).
 */
export async function queueCatchUp(ctx: EngineState, id: string, createKey: string, local: Article, answered: TeamRemoteArticle): Promise<void> {
  if (!ctx.team || local.status === answered.status) return;
  // Actions taken while this site was connected are queued already and carry the article
  // there themselves: catching up as well would send them twice (the second one refused).
  if (ctx.teamOutbox.ops.some(({ queued: q }) => q.op.kind === 'action' && q.op.articleId === id && !q.id.startsWith('cu-'))) return;
  const account = await ctx.team.target.account().catch(() => null);
  if (!account) return;
  const by = { id: account.id, name: account.name, role: account.role };
  const plan = catchUpPlan(answered.status, local.status, by.role);
  const schedule = local.schedule && Object.keys(local.schedule).length ? local.schedule : undefined;
  for (const [i, action] of plan.actions.entries()) {
    const note = noteFor(local, action);
    const timed = schedule && (action === 'schedule' || action === 'publish_now');
    const queued: QueuedTeamOp = {
      id: opId(id, createKey, `${i}-${action}`),
      op: { kind: 'action', articleId: id, request: { action, ...(note ? { note } : {}), ...(timed ? { schedule } : {}) } },
      createdAt: new Date(ctx.now()).toISOString(),
      by,
    };
    await enqueueTeamOp(ctx, queued);
  }
  if (plan.blockedAt) setArticle(ctx, id, { ...ctx.state.articles[id]!, catchUpShort: local.status });
}

/** Why the article stopped short of its local status on the site, in both languages. */
export function shortReason(role: Role, wanted: ArticleStatus, there: ArticleStatus): PlainRefusal {
  const r = ROLE_LABELS[role];
  return {
    en: `Your account on the site (${r.en}) cannot move it to ${STATUS_LABELS[wanted].en}; it is ${STATUS_LABELS[there].en} there.`,
    de: `Ihr Konto auf der Website (${r.de}) kann den Artikel nicht auf „${STATUS_LABELS[wanted].de}“ setzen; dort ist er „${STATUS_LABELS[there].de}“.`,
  };
}

/**
 * Once no action for the article waits any more, tells the person (through the sink, like a
 * refused op) that the account's role could not take it to the status it had here, and where it
 * is on the site (`current`, already taken). The engine has followed the site's state by then.
 */
export async function tellCatchUpShort(ctx: EngineState, id: string, current: TeamRemoteArticle | null): Promise<void> {
  const st = ctx.state.articles[id];
  if (!ctx.team || !st?.catchUpShort || statusHeld(ctx, id)) return;
  const wanted = st.catchUpShort;
  const { catchUpShort: _told, ...rest } = st;
  const account = await ctx.team.target.account().catch(() => null);
  const there = current?.status ?? st.baseStatus ?? 'draft';
  if (!account || !current) {
    setArticle(ctx, id, rest);
    return;
  }
  const by = { id: account.id, name: account.name, role: account.role };
  const blockedAt = catchUpPlan(there, wanted, by.role).blockedAt ?? catchUpPlan('draft', wanted, by.role).blockedAt;
  if (!blockedAt) {
    setArticle(ctx, id, rest);
    return;
  }
  const reason = shortReason(by.role, wanted, there);
  setArticle(ctx, id, { ...rest, reason: reason.en });
  const queued: QueuedTeamOp = { id: opId(id, current.remoteId, `short-${wanted}`), op: { kind: 'action', articleId: id, request: { action: blockedAt } }, createdAt: new Date(ctx.now()).toISOString(), by };
  console.warn(`[copydesk] ${id} stopped short on the site: ${reason.en}`);
  await ctx.team.sink?.opRefused(ctx.team.siteId, queued, reason).catch((err: unknown) => console.warn(`[copydesk] reporting a status the role cannot reach: ${describeError(err)}`));
}

/** A refused op told the person why the article stopped: the status the role could not reach is not told on top. */
export function forgetCatchUpShort(ctx: EngineState, id: string): void {
  const st = ctx.state.articles[id];
  if (!st?.catchUpShort) return;
  const { catchUpShort: _told, ...rest } = st;
  setArticle(ctx, id, rest);
}
