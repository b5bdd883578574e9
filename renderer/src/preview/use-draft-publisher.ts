import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdConfig } from '../ads/ad-config-store';
import { useClient } from '../client/context';
import { useEditorSession } from '../editor/editor-session';
import { useSettings } from '../settings/profile-store';
import { PREVIEW_CHANNEL, readPreviewMessage, type DraftMessage } from './preview-channel';

/** A short pause, so a burst of keystrokes is one message (the preview waits for a pause anyway). */
const PUBLISH_DEBOUNCE_MS = 150;

/**
 * Publishes the live draft of the article being edited to standalone previews of it: at once when
 * a preview says hello, after each pause in typing once one has (nothing is posted before a
 * preview listens), and "gone" when the editor closes it.
 */
export function useDraftPublisher(): void {
  const { i18n } = useTranslation();
  const client = useClient();
  const { article, draft } = useEditorSession();
  const { config } = useAdConfig(client);
  const timeZone = useSettings()?.siteTimeZone ?? null;
  const lang = i18n.language.startsWith('de') ? 'de' : 'en';
  const channel = useRef<BroadcastChannel | null>(null);
  const heardHello = useRef(false);
  const message = useMemo<DraftMessage | null>(
    () => (config && timeZone ? { type: 'draft', articleId: article.id, article, draft, config, timeZone, lang } : null),
    [article, draft, config, timeZone, lang],
  );
  const latest = useRef(message);
  latest.current = message;

  useEffect(() => {
    if (typeof BroadcastChannel !== 'function') return;
    const articleId = article.id;
    const bc = new BroadcastChannel(PREVIEW_CHANNEL);
    channel.current = bc;
    heardHello.current = false;
    bc.onmessage = (e: MessageEvent) => {
      if (readPreviewMessage(e.data, articleId)?.type !== 'hello') return;
      heardHello.current = true;
      if (latest.current) bc.postMessage(latest.current);
    };
    // Closing the tab or window runs no React cleanup: say goodbye on pagehide as well.
    const sayGone = () => bc.postMessage({ type: 'gone', articleId });
    window.addEventListener('pagehide', sayGone);
    return () => {
      window.removeEventListener('pagehide', sayGone);
      sayGone();
      bc.close();
      channel.current = null;
    };
  }, [article.id]);

  useEffect(() => {
    if (!message || !heardHello.current) return;
    const timer = window.setTimeout(() => channel.current?.postMessage(message), PUBLISH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [message]);
}
