import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlotOverride } from '../../../core/ads/model';
import type { AdEvaluation } from '../../../core/contract/calls/ads';
import type { MeasuredDensity } from '../../../core/policy/types';
import { DEFAULT_SITE_TIME_ZONE } from '../../../core/time/zone';
import themeCss from '../../../resources/theme/site.css?raw';
import { AdOverridesEditor } from '../ads/AdOverridesEditor';
import { useAdConfig } from '../ads/ad-config-store';
import { useClient } from '../client/context';
import { useEditorSession } from '../editor/editor-session';
import { AdExplanations } from './AdExplanations';
import { DensityMeter } from './DensityMeter';
import { PreviewFrame } from './PreviewFrame';
import { densityPercent, measureAdDensity, PREVIEW_WIDTHS, type PreviewInput, type PreviewMode, type PreviewWidthId } from './preview-model';
import { PreviewTimeControl } from './PreviewTimeControl';
import { useIdlePreview } from './use-idle-preview';
import './preview.css';

const MODES: PreviewMode[] = ['desktop', 'tablet', 'phone', 'sideBySide'];
const EVALUATE_DEBOUNCE_MS = 400;

/** Survives the remount after a reload, so the reviewer keeps width and time. */
const remembered: { mode: PreviewMode; at: string | null } = { mode: 'phone', at: null };

/** The live page preview beside the editor: the site's page at three widths, with its ads, density and policy findings. */
export function PreviewPanel() {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const session = useEditorSession();
  const { article } = session;
  const { config, error: configError } = useAdConfig(client);
  const [timeZone, setTimeZone] = useState<string | null>(null);
  const [mode, setMode] = useState<PreviewMode>(remembered.mode);
  const [fixedAt, setFixedAt] = useState<string | null>(remembered.at);
  const [nowTick, setNowTick] = useState(() => Date.now());
  const [density, setDensity] = useState<MeasuredDensity | null>(null);
  const [evaluation, setEvaluation] = useState<AdEvaluation | null>(null);
  const [evalError, setEvalError] = useState<string | null>(null);
  const draft = session.draft;
  const lang = i18n.language.startsWith('de') ? 'de' : 'en';

  useEffect(() => {
    remembered.mode = mode;
    remembered.at = fixedAt;
  }, [mode, fixedAt]);

  useEffect(() => {
    void client.call('settings.get', {}).then((r) => setTimeZone(r.ok ? r.value.siteTimeZone : DEFAULT_SITE_TIME_ZONE));
  }, [client]);

  // "Now" follows the clock, minute by minute, so a preview left open crosses 21:00 like the site.
  useEffect(() => {
    if (fixedAt) return;
    const timer = window.setInterval(() => setNowTick(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, [fixedAt]);
  const at = useMemo(() => (fixedAt ? new Date(fixedAt) : new Date(nowTick)), [fixedAt, nowTick]);

  const input = useMemo<PreviewInput | null>(
    () => (config && timeZone ? { article, draft, config, at, timeZone, themeCss } : null),
    [article, draft, config, at, timeZone],
  );
  const { output, stats, error: renderError } = useIdlePreview(input);

  const onPhoneLayout = useCallback((doc: Document) => {
    const measured = measureAdDensity(doc);
    setDensity((d) => (d && measured && d.adHeightPx === measured.adHeightPx && d.contentHeightPx === measured.contentHeightPx ? d : measured));
  }, []);

  // The back end runs the same placement and every policy on the draft, with the measured density.
  const evalSeq = useRef(0);
  useEffect(() => {
    if (!timeZone) return;
    const seq = ++evalSeq.current;
    const timer = window.setTimeout(() => {
      void client
        .call('preview.evaluate', { id: article.id, at: at.toISOString(), fields: draft, ...(density ? { measuredDensity: density } : {}) })
        .then((r) => {
          if (seq !== evalSeq.current) return;
          if (r.ok) {
            setEvaluation(r.value);
            setEvalError(null);
          } else setEvalError(r.error.message);
        });
    }, EVALUATE_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [client, article.id, draft, at, density, timeZone, config]);

  /** Per-article overrides are a field of the draft: autosaved like typing, shown at once. */
  const saveOverrides = async (next: SlotOverride[]) => {
    session.update('adOverrides', next);
  };

  const visible: PreviewWidthId[] = mode === 'sideBySide' ? ['desktop', 'tablet', 'phone'] : [mode];
  const frameTitle = (id: PreviewWidthId, px: number) => t('preview.frameTitle', { width: t(`preview.mode.${id}`), px });
  const maxDensity = config?.settings.maxMobileDensity ?? 0.3;
  const error = configError ?? renderError;

  return (
    <div className="preview-panel" data-render-count={stats.count} data-render-ms={stats.lastMs.toFixed(1)}>
      <div className="preview-controls">
        <div role="radiogroup" aria-label={t('preview.widthGroup')} className="preview-segments">
          {MODES.map((m) => (
            <label key={m} className={m === mode ? 'preview-segment is-active' : 'preview-segment'}>
              <input type="radio" name="preview-width" value={m} checked={m === mode} onChange={() => setMode(m)} />
              <span>{t(`preview.mode.${m}`)}</span>
            </label>
          ))}
        </div>
        {timeZone ? <PreviewTimeControl at={at} isNow={!fixedAt} timeZone={timeZone} onChange={(d) => setFixedAt(d ? d.toISOString() : null)} /> : null}
      </div>

      {error ? (
        <p className="preview-error" role="alert">
          {error}
        </p>
      ) : null}
      {!output ? <p className="muted">{t('preview.rendering')}</p> : null}

      {output ? (
        <div
          className={`preview-frames preview-frames--${mode === 'sideBySide' ? 'side' : 'single'}`}
          role="region"
          aria-label={t('preview.pageRegion')}
          tabIndex={0}
        >
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
                onLayout={w.id === 'phone' ? onPhoneLayout : undefined}
                staggerMs={w.id === 'phone' ? 0 : w.id === 'tablet' ? 60 : 120}
              />
            </figure>
          ))}
        </div>
      ) : null}
      {output && !visible.includes('phone') ? <PreviewFrame html={output.html} widthPx={375} title={frameTitle('phone', 375)} measureOnly onLayout={onPhoneLayout} staggerMs={120} /> : null}

      <DensityMeter percent={density ? densityPercent(density) : null} maxPercent={Math.round(maxDensity * 1000) / 10} />

      <section className="preview-section" aria-labelledby="preview-findings-title">
        <h3 id="preview-findings-title">{t('preview.findings.title')}</h3>
        {evalError ? (
          <p className="preview-error" role="alert">
            {evalError}
          </p>
        ) : null}
        {!evaluation && !evalError ? <p className="muted">{t('preview.findings.pending')}</p> : null}
        {evaluation && evaluation.findings.length === 0 ? <p className="preview-ok">{t('preview.findings.none')}</p> : null}
        {evaluation && evaluation.findings.length > 0 ? (
          <ul className="preview-findings" aria-label={t('preview.findings.title')}>
            {evaluation.findings.map((f, i) => (
              <li key={`${f.code}-${i}`} className={`preview-finding preview-finding--${f.severity}`}>
                <strong>{t(`preview.severity.${f.severity}`)}:</strong> {f.message[lang]}
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      {output && config ? <AdExplanations placements={output.placements} skipped={output.skipped} slots={config.slots} campaigns={config.campaigns} body={draft.body} /> : null}

      {config ? (
        <AdOverridesEditor
          slots={config.slots}
          overrides={draft.adOverrides}
          busy={false}
          onSave={(next) => void saveOverrides(next)}
        />
      ) : null}
    </div>
  );
}
