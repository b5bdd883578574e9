import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import themeCss from '../../../resources/theme/site.css?raw';
import { PREVIEW_CHANNEL, readPreviewMessage, type DraftMessage } from './preview-channel';
import type { PreviewInput, PreviewMode } from './preview-model';
import { PreviewStage } from './PreviewStage';
import { useIdlePreview } from './use-idle-preview';
import { usePreviewClock } from './use-preview-clock';
import './preview.css';
import './standalone-preview.css';

/** The editor remounts after a status change and publishes again; only a longer silence means it is gone. */
const GONE_AFTER_MS = 1500;

/**
 * The article's preview in a window (Electron) or tab (web shell) of its own: the draft comes
 * from the editor over the preview channel as it is typed, and is rendered by the same preview
 * path as the side panel, with its own width and time.
 */
export function StandalonePreview({ articleId }: { articleId: string }) {
  const { t, i18n } = useTranslation();
  const [data, setData] = useState<DraftMessage | null>(null);
  const [gone, setGone] = useState(false);
  const [mode, setMode] = useState<PreviewMode>('desktop');
  const { at, fixedAt, setFixedAt } = usePreviewClock(null);

  useEffect(() => {
    const bc = new BroadcastChannel(PREVIEW_CHANNEL);
    let goneTimer: number | undefined;
    bc.onmessage = (e: MessageEvent) => {
      const message = readPreviewMessage(e.data, articleId);
      if (message?.type === 'draft') {
        window.clearTimeout(goneTimer);
        setData(message);
        setGone(false);
      } else if (message?.type === 'gone') {
        window.clearTimeout(goneTimer);
        goneTimer = window.setTimeout(() => setGone(true), GONE_AFTER_MS);
      }
    };
    bc.postMessage({ type: 'hello', articleId });
    return () => {
      window.clearTimeout(goneTimer);
      bc.close();
    };
  }, [articleId]);

  const lang = data?.lang;
  useEffect(() => {
    if (lang && !i18n.language.startsWith(lang)) void i18n.changeLanguage(lang);
  }, [lang, i18n]);
  const headline = data?.draft.headline.trim() || t('previewWindow.standalone.untitled');
  useEffect(() => {
    document.title = t('previewWindow.standalone.title', { headline });
  }, [t, headline]);

  const input = useMemo<PreviewInput | null>(
    () => (data ? { article: data.article, draft: data.draft, config: data.config, at, timeZone: data.timeZone, themeCss } : null),
    [data, at],
  );
  const { output, error } = useIdlePreview(input);
  const state = gone ? 'gone' : data ? 'following' : 'waiting';

  return (
    <main className="standalone-preview" aria-labelledby="standalone-preview-title">
      <header className="standalone-preview-header">
        <h1 id="standalone-preview-title">
          {t('previewWindow.standalone.heading')}: <span className="standalone-preview-headline">{headline}</span>
        </h1>
        <p className={`standalone-preview-state is-${state}`} role="status">
          {t(`previewWindow.standalone.${state}`)}
        </p>
      </header>
      {data ? (
        <div className="preview-panel">
          <PreviewStage output={output} error={error} mode={mode} onMode={setMode} at={at} isNow={!fixedAt} timeZone={data.timeZone} onTime={(d) => setFixedAt(d ? d.toISOString() : null)} />
        </div>
      ) : null}
    </main>
  );
}
