import type { Article } from '../../core/article/article';
import { editorFieldsOf } from '../../core/article/fields';
import type { FieldDiff } from '../../core/diff/articles';
import { diffArticles } from '../../core/diff/articles';
import type { Revision } from '../../core/revisions/revision';
import type { Actor } from '../../core/workflow/roles';
import type { StatusHistoryEntry } from '../../core/workflow/history';

/** How soon after a status change its revision is kept (the same commit). */
const RECORDED_WITHIN_MS = 60_000;

/** Same person: by account id where both have one, else by name. */
export function samePerson(a: Pick<Actor, 'id' | 'name'>, b: Pick<Actor, 'id' | 'name'>): boolean {
  return a.id !== undefined && b.id !== undefined ? a.id === b.id : a.name === b.name;
}

/**
 * What changed since `me` last requested changes on `article`: the revision current at that
 * moment (the newest kept at or before it) and a word diff from it to the article now.
 */
export function sinceMyRequest(article: Article, revisions: readonly Revision[], me: Actor) {
  const request: StatusHistoryEntry | undefined = [...article.statusHistory].reverse().find((h) => h.action === 'request_changes' && samePerson(h.actor, me));
  if (!request) return { since: null, requestedAt: null, diff: [] as FieldDiff[] };
  const at = Date.parse(request.at);
  // The status revision that request itself kept (just after its instant), else the newest before it.
  const recorded = revisions.find((r) => r.reason === 'status' && r.author === request.actor.name && Date.parse(r.createdAt) >= at && Date.parse(r.createdAt) - at < RECORDED_WITHIN_MS);
  const then = recorded ?? [...revisions].reverse().find((r) => Date.parse(r.createdAt) <= at);
  if (!then) return { since: null, requestedAt: request.at, diff: [] as FieldDiff[] };
  const { snapshot: _snapshot, ...since } = then;
  return { since, requestedAt: request.at, diff: diffArticles(then.snapshot, editorFieldsOf(article)) };
}
