import type { Editor } from '@tiptap/react';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { mapThreads, type CommentThread } from '../../../core/comments';
import type { Client } from '../client/client';
import { useClient } from '../client/context';
import { useCommentShortcut } from '../editor/suggestions/use-comment-shortcut';
import { useSuggestions } from '../editor/suggestions/use-suggestions';
import type { SaveState } from '../editor/use-autosave';

/** The comment threads of one article, shared by the workflow bar (which keeps anchors current) and the comments panel. */
class ThreadStore {
  threads: CommentThread[] = [];
  loaded = false;
  error: string | null = null;
  /** Anchors moved by edits and not yet stored. */
  dirty = false;
  private listeners = new Set<() => void>();
  constructor(readonly articleId: string) {}

  subscribe = (l: () => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };
  snapshot = () => this.threads;
  set(threads: CommentThread[]) {
    this.threads = threads;
    for (const l of this.listeners) l();
  }
  async load(client: Client) {
    const result = await client.call('comments.list', { id: this.articleId });
    this.loaded = true;
    if (result.ok) {
      const same = this.error === null && JSON.stringify(result.value) === JSON.stringify(this.threads);
      this.error = null;
      this.dirty = false;
      // Read again every few seconds (use-suggestions): an unchanged list is not news to the panels.
      if (!same) this.set(result.value);
    } else {
      this.error = result.error.message;
      this.set(this.threads);
    }
  }
  upsert(thread: CommentThread) {
    const exists = this.threads.some((t) => t.id === thread.id);
    this.set(exists ? this.threads.map((t) => (t.id === thread.id ? thread : t)) : [...this.threads, thread]);
  }
  async persist(client: Client) {
    if (!this.dirty) return;
    this.dirty = false;
    const anchors = this.threads.filter((t) => t.anchor.kind === 'body').map((t) => ({ threadId: t.id, anchor: t.anchor }));
    const result = await client.call('comments.remapAnchors', { id: this.articleId, anchors });
    if (!result.ok) this.dirty = true;
  }
}

const stores = new Map<string, ThreadStore>();
export function threadStore(articleId: string): ThreadStore {
  let store = stores.get(articleId);
  if (!store) {
    store = new ThreadStore(articleId);
    stores.set(articleId, store);
  }
  return store;
}

/** The threads of the article, loaded on first use. */
export function useCommentThreads(articleId: string) {
  const client = useClient();
  const store = threadStore(articleId);
  const threads = useSyncExternalStore(store.subscribe, store.snapshot);
  useEffect(() => {
    if (!store.loaded) void store.load(client);
  }, [client, store]);
  const reload = useCallback(() => store.load(client), [client, store]);
  return { threads, store, reload };
}

const highlightKey = new PluginKey<DecorationSet>('comment-highlights');

/** Open, unorphaned body comments as highlighted ranges of the document (suggestions are marked by their own plugin). */
function highlights(doc: PmNode, threads: readonly CommentThread[]): DecorationSet {
  const size = doc.content.size;
  const ranges = threads.flatMap((t) =>
    t.resolved === null && t.suggestion === undefined && t.anchor.kind === 'body' && !t.anchor.orphaned && t.anchor.to <= size && t.anchor.from < t.anchor.to
      ? [Decoration.inline(t.anchor.from, t.anchor.to, { class: 'comment-highlight' })]
      : [],
  );
  return DecorationSet.create(doc, ranges);
}

/**
 * Keeps body anchors on their text while the editor types: every transaction's mapping moves
 * them (core/comments mapThreads), and the moved anchors are stored once the article is saved.
 * Also runs suggesting mode and the Ctrl+Alt+M shortcut for as long as the article is open.
 */
export function useAnchorTracking(articleId: string, editor: Editor | null, saveState: SaveState): void {
  const client = useClient();
  const store = threadStore(articleId);
  useSuggestions(articleId, editor);
  useCommentShortcut(editor);
  useEffect(() => {
    void store.load(client);
  }, [client, store]);
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    let mapping = false;
    const onTransaction = ({ transaction }: { transaction: Transaction }) => {
      if (!transaction.docChanged || store.threads.length === 0) return;
      const mapped = mapThreads(store.threads, transaction.mapping);
      if (mapped.some((t, i) => t !== store.threads[i])) {
        store.dirty = true;
        mapping = true;
        try {
          store.set(mapped);
        } finally {
          mapping = false;
        }
      }
    };
    // Commented text is highlighted; the highlights move with edits like the anchors do.
    editor.registerPlugin(
      new Plugin<DecorationSet>({
        key: highlightKey,
        state: {
          init: (_, state) => highlights(state.doc, store.threads),
          apply: (tr, set) => tr.getMeta(highlightKey) ?? set.map(tr.mapping, tr.doc),
        },
        props: { decorations: (state) => highlightKey.getState(state) },
      }),
    );
    const refresh = () => {
      if (mapping) return;
      queueMicrotask(() => {
        if (editor.isDestroyed) return;
        editor.view.dispatch(editor.state.tr.setMeta(highlightKey, highlights(editor.state.doc, store.threads)).setMeta('addToHistory', false));
      });
    };
    const unsubscribe = store.subscribe(refresh);
    refresh();
    editor.on('transaction', onTransaction);
    return () => {
      unsubscribe();
      editor.off('transaction', onTransaction);
      if (!editor.isDestroyed) editor.unregisterPlugin(highlightKey);
    };
  }, [editor, store]);
  useEffect(() => {
    if (saveState.kind === 'saved') void store.persist(client);
  }, [client, saveState, store]);
}
