import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PreviewFrame } from './PreviewFrame';
import { PREVIEW_WIDTHS, type PreviewMode, type PreviewOutput, type PreviewWidthId } from './preview-model';
import { PreviewTimeControl } from './PreviewTimeControl';

const PREVIEW_MODES: PreviewMode[] = ['desktop', 'tablet', 'phone', 'sideBySide'];

interface Props {
  output: PreviewOutput | null;
  error: string | null;
  mode: PreviewMode;
  onMode(mode: PreviewMode): void;
  at: Date;
  isNow: boolean;
  /** Null until the site's zone is known (the time control waits for it). */
  timeZone: string | null;
  onTime(at: Date | null): void;
  /** Buttons shown with the width and time controls. */
  actions?: ReactNode;
}

/** The page preview itself: width and time controls and the frames; the side panel and the standalone preview share it. */
export function PreviewStage({ output, error, mode, onMode, at, isNow, timeZone, onTime, actions }: Props) {
  const { t } = useTranslation();
  const visible: PreviewWidthId[] = mode === 'sideBySide' ? ['desktop', 'tablet', 'phone'] : [mode];
  const frameTitle = (id: PreviewWidthId, px: number) => t('preview.frameTitle', { width: t(`preview.mode.${id}`), px });
  return (
    <>
      <div className="preview-controls">
        <div role="radiogroup" aria-label={t('preview.widthGroup')} className="preview-segments">
          {PREVIEW_MODES.map((m) => (
            <label key={m} className={m === mode ? 'preview-segment is-active' : 'preview-segment'}>
              <input type="radio" name="preview-width" value={m} checked={m === mode} onChange={() => onMode(m)} />
              <span>{t(`preview.mode.${m}`)}</span>
            </label>
          ))}
        </div>
        {timeZone ? <PreviewTimeControl at={at} isNow={isNow} timeZone={timeZone} onChange={onTime} /> : null}
        {actions ? <div className="preview-actions">{actions}</div> : null}
      </div>

      {error ? (
        <p className="preview-error" role="alert">
          {error}
        </p>
      ) : null}
      {!output ? <p className="muted">{t('preview.rendering')}</p> : null}

      {output ? (
        <div className={`preview-frames preview-frames--${mode === 'sideBySide' ? 'side' : 'single'}`} role="region" aria-label={t('preview.pageRegion')} tabIndex={0}>
          {PREVIEW_WIDTHS.filter((w) => visible.includes(w.id)).map((w) => (
            <figure key={w.id} className="preview-figure">
              {mode === 'sideBySide' ? (
                <figcaption className="muted">
                  {t(`preview.mode.${w.id}`)} · {w.px} px
                </figcaption>
              ) : null}
              <PreviewFrame
                html={output.html}
                widthPx={w.px}
                title={frameTitle(w.id, w.px)}
                staggerMs={w.id === 'phone' ? 0 : w.id === 'tablet' ? 60 : 120}
              />
            </figure>
          ))}
        </div>
      ) : null}
    </>
  );
}
