import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useRef } from 'react';
import type { Article, ArticleFields } from '../../../core/article/article';
import { editorFieldsOf } from '../../../core/article/fields';
import type { Client } from '../client/client';
import { threadStore } from '../workflow/comment-threads';
import { followStored } from './follow-stored';
import { replaceBody } from './replace-body';

/** How often the open article asks whether it moved on without it (sync takes colleagues' work in the background). */
export const FOLLOW_EVERY_MS = 2000;

interface Options {
  client: Client;
  /** The article as opened. */
  article: Article;
  autosave: { rev(): number; idle(): boolean; rebase(rev: number, pending: Partial<ArticleFields>): void };
  draftRef: { current: ArticleFields };
  setDraft(draft: ArticleFields): void;
  editor: Editor | null;
  /** Hands the body's pending change over at once (into draftRef). */
  flushBody(): void;
  onStored(stored: Article): void;
  /** Fields both changed: the person's version stays (the colleague's is in History). */
  onKept(fields: Array<keyof ArticleFields>): void;
}

/**
 * The open article follows what sync takes in while it is open (a colleague's edit, an accepted
 * suggestion, a status change): shown at once, merged with what the person is typing, and
 * their edits rebased onto the new revision, so no save meets a stale revision and nothing
 * typed is lost. `follow` also answers the autosave's CONFLICT.
 */
/** `follow` answers whether the edits now stand on the stored revision (followed now or before). */
export function useFollowStored(o: Options): { follow(): Promise<boolean>; noteSaved(changes: Partial<ArticleFields>, slug: string): void } {
  const opts = useRef(o);
  opts.current = o;
  /** The stored version the draft stands on: as opened, then as each confirmed save left it. */
  const base = useRef<ArticleFields>(editorFieldsOf(o.article));
  const noteSaved = useCallback((changes: Partial<ArticleFields>, slug: string) => {
    base.current = { ...base.current, ...changes, slug };
  }, []);

  const follow = useCallback(async (): Promise<boolean> => {
    const { client, article } = opts.current;
    const r = await client.call('articles.get', { id: article.id });
    const { autosave, draftRef, editor } = opts.current;
    if (!r.ok || r.value.rev < autosave.rev() || !autosave.idle()) return false;
    if (r.value.rev === autosave.rev()) return true; // followed already (a poll came first)
    // From here on nothing awaits: no keystroke can land between reading the draft and rebasing it.
    opts.current.flushBody();
    const stored = r.value;
    const plan = followStored(base.current, draftRef.current, stored);
    if (plan.changed.includes('body') && editor && !editor.isDestroyed) {
      const threads = threadStore(article.id);
      const moved = threads.dirty;
      replaceBody(editor, plan.draft.body);
      // The back end placed the anchors on this body when it took it: read those rather than
      // store ours mapped through the replacement (unless the person's own edits moved some).
      if (!moved) {
        threads.dirty = false;
        void threads.load(client);
      }
    }
    draftRef.current = plan.draft;
    opts.current.setDraft(plan.draft);
    base.current = editorFieldsOf(stored);
    autosave.rebase(stored.rev, plan.pending);
    opts.current.onStored(stored);
    if (plan.kept.length) opts.current.onKept(plan.kept);
    return true;
  }, []);

  useEffect(() => {
    const tick = () => {
      if (document.visibilityState === 'visible') void follow();
    };
    const timer = setInterval(tick, FOLLOW_EVERY_MS);
    window.addEventListener('focus', tick);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', tick);
    };
  }, [follow]);
  return { follow, noteSaved };
}
