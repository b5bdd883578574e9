import type { Editor } from '@tiptap/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { createSuggestion, isSuggestion, reviseSuggestion, type SuggestionThread } from '../../../../core/comments/suggestion';
import { formatInZone } from '../../../../core/time/format';
import { useClient } from '../../client/context';
import { useSettings } from '../../settings/profile-store';
import { useActing } from '../../team/account-store';
import { threadStore } from '../../workflow/comment-threads';
import { useUiLang } from '../../workflow/localized';
import { notifyHeldBack } from './held-back';
import { suggestionKey, suggestionDecorations, suggestionPlugin } from './suggestion-plugin';
import { useSuggestingMode } from './suggesting-mode';
import { createSuggestionSender } from './suggestion-sender';
import './suggestions.css';

/** How often the open article's threads are read again, so suggestions and answers from other machines show. */
const REFRESH_MS = 3000;

/**
 * Suggesting mode on the body editor: the plugin turns typing into suggestions, which are
 * shown on the text and stored (after a short pause) like comments, travelling the same way.
 */
export function useSuggestions(articleId: string, editor: Editor | null): void {
  const { t } = useTranslation();
  const client = useClient();
  const acting = useActing();
  const mode = useSuggestingMode(acting);
  const lang = useUiLang();
  const zone = useSettings()?.siteTimeZone ?? 'Europe/Berlin';
  const live = useRef({ on: mode.on, me: acting?.name.trim() ?? '' });
  live.current = { on: mode.on, me: acting?.name.trim() ?? '' };
  const store = threadStore(articleId);

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const sender = createSuggestionSender(client, articleId, store);
    const label = (s: SuggestionThread) => t('suggestions.by', { name: s.author, at: formatInZone(s.createdAt, zone, lang, 'dateTime') });
    editor.registerPlugin(
      suggestionPlugin({
        suggesting: () => live.current.on,
        threads: () => store.threads,
        me: () => live.current.me,
        newId: () => crypto.randomUUID(),
        label,
        heldBack: notifyHeldBack,
        apply: (edit) => {
          for (const change of edit.save) {
            const existing = store.threads.find((th) => th.id === change.threadId);
            const input = { id: change.threadId, author: live.current.me, now: new Date(), insert: change.insert, ...(change.before ? { before: change.before } : {}) };
            store.upsert(existing && isSuggestion(existing) ? reviseSuggestion(existing, change.anchor, change.insert, change.before) : createSuggestion(change.anchor, input));
            sender.save(change);
          }
          for (const id of edit.withdraw) sender.withdraw(id);
        },
      }),
      (plugin, plugins) => [plugin, ...plugins], // before the keymaps: Backspace is ours in suggesting mode
    );
    const refresh = () =>
      queueMicrotask(() => {
        if (!editor.isDestroyed) editor.view.dispatch(editor.state.tr.setMeta(suggestionKey, suggestionDecorations(editor.state.doc, store.threads, label)).setMeta('addToHistory', false));
      });
    const unsubscribe = store.subscribe(refresh);
    const timer = setInterval(() => {
      if (!sender.busy() && !store.dirty) void store.load(client);
    }, REFRESH_MS);
    return () => {
      clearInterval(timer);
      unsubscribe();
      sender.flush();
      if (!editor.isDestroyed) editor.unregisterPlugin(suggestionKey);
    };
  }, [editor, client, articleId, store, t, lang, zone]);
}
