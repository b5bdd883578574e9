import { AppError } from '../../core/contract/result';
import type { workflowCalls } from '../../core/contract/calls/workflow';
import type { Handlers } from '../../core/contract/dispatch';
import type { BackendDeps } from '../backend-deps';
import { tellTeam } from '../team/tell-team';

type SuggestionCall = Extract<keyof typeof workflowCalls, `suggestions.${string}`>;

/**
 * suggestions.*: a suggestion is a comment thread that proposes a change of its body range
 * (core/comments/suggestion); it is stored and travels like a comment. Anyone may suggest;
 * only editors and publishers accept (the site checks the same per account).
 */
export function suggestionHandlers(deps: Pick<BackendDeps, 'store' | 'comments' | 'actor' | 'team'>): Pick<Handlers, SuggestionCall> {
  const { comments, team } = deps;
  return {
    'suggestions.save': async ({ id, threadId, ...change }) => {
      await deps.store.get(id);
      const actor = await deps.actor.current();
      const thread = await comments.suggest(id, threadId, change, actor.name);
      await tellTeam(team, { kind: 'suggestion.save', articleId: id, threadId, change }, actor);
      return thread;
    },
    'suggestions.settle': async ({ id, threadId, outcome }) => {
      const actor = await deps.actor.current();
      if (outcome === 'accepted' && actor.role === 'reviewer') {
        throw new AppError('FORBIDDEN', 'Only editors and publishers accept suggestions.', { messageDe: 'Nur Redaktion und Chefredaktion nehmen Vorschläge an.' });
      }
      const thread = await comments.settle(id, threadId, outcome, actor.name);
      await tellTeam(team, { kind: 'suggestion.settle', articleId: id, threadId, outcome }, actor);
      return thread;
    },
  };
}
