import type { workflowCalls } from '../../core/contract/calls/workflow';
import type { Handlers } from '../../core/contract/dispatch';
import type { BackendDeps } from '../backend-deps';
import { tellTeam } from '../team/tell-team';
import { suggestionHandlers } from './suggestion-handlers';

type CommentCall = Extract<keyof typeof workflowCalls, `comments.${string}` | `suggestions.${string}`>;

/** comments.* (and suggestions.*, which are threads too): stored here under the acting person's name, and queued for the site with the same ids. */
export function commentHandlers(deps: Pick<BackendDeps, 'store' | 'comments' | 'actor' | 'team'>): Pick<Handlers, CommentCall> {
  const { comments, team } = deps;
  return {
    'comments.list': ({ id }) => comments.list(id),
    'comments.add': async ({ id, anchor, text }) => {
      await deps.store.get(id);
      const actor = await deps.actor.current();
      const thread = await comments.add(id, anchor, actor.name, text);
      await tellTeam(team, { kind: 'comment.add', articleId: id, threadId: thread.id, anchor: thread.anchor, text: thread.text }, actor);
      return thread;
    },
    'comments.reply': async ({ id, threadId, text }) => {
      const actor = await deps.actor.current();
      const thread = await comments.reply(id, threadId, actor.name, text);
      const reply = thread.replies.at(-1)!;
      await tellTeam(team, { kind: 'comment.reply', articleId: id, threadId, replyId: reply.id, text: reply.text }, actor);
      return thread;
    },
    'comments.resolve': async ({ id, threadId }) => {
      const actor = await deps.actor.current();
      const thread = await comments.resolve(id, threadId, actor.name);
      await tellTeam(team, { kind: 'comment.resolve', articleId: id, threadId, resolved: true }, actor);
      return thread;
    },
    'comments.reopen': async ({ id, threadId }) => {
      const actor = await deps.actor.current();
      const thread = await comments.reopen(id, threadId);
      await tellTeam(team, { kind: 'comment.resolve', articleId: id, threadId, resolved: false }, actor);
      return thread;
    },
    'comments.remapAnchors': ({ id, anchors }) => comments.remap(id, anchors),
    ...suggestionHandlers(deps),
  };
}
