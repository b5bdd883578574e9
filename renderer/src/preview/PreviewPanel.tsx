import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlotOverride } from '../../../core/ads/model';
import { DEFAULT_SITE_TIME_ZONE } from '../../../core/time/zone';
import themeCss from '../../../resources/theme/site.css?raw';
import { AdOverridesEditor } from '../ads/AdOverridesEditor';
import { useAdConfig } from '../ads/ad-config-store';
import { useClient } from '../client/context';
import { useEditorSession } from '../editor/editor-session';
import { FULL_WIDTH_BUTTON_ID, useSideLayout } from '../editor/side-layout';
import { AdExplanations } from './AdExplanations';
import { DensityMeter } from './DensityMeter';
import { openStandalonePreview } from './open-standalone-preview';
import type { PreviewInput, PreviewMode } from './preview-model';
import { PreviewFindings } from './PreviewFindings';
import { PreviewStage } from './PreviewStage';
import { useIdlePreview } from './use-idle-preview';
import { usePreviewClock } from './use-preview-clock';
import { usePreviewEvaluation } from './use-preview-evaluation';
import './preview.css';

/** Survives the remount after a reload, so the reviewer keeps width and time. */
const remembered: { mode: PreviewMode; at: string | null } = { mode: 'phone', at: null };

/** The live page preview beside the editor: the site's page at three widths, with its ads, density and policy findings. */
export function PreviewPanel() {
  const { t } = useTranslation();
  const client = useClient();
  const session = useEditorSession();
  const { article } = session;
  const { config, error: configError } = useAdConfig(client);
  const [timeZone, setTimeZone] = useState<string | null>(null);
  const [mode, setMode] = useState<PreviewMode>(remembered.mode);
  const { at, fixedAt, setFixedAt } = usePreviewClock(remembered.at);
  const layout = useSideLayout();
  const [openError, setOpenError] = useState<string | null>(null);
  const draft = session.draft;

  useEffect(() => {
    remembered.mode = mode;
    remembered.at = fixedAt;
  }, [mode, fixedAt]);

  useEffect(() => {
    void client.call('settings.get', {}).then((r) => setTimeZone(r.ok ? r.value.siteTimeZone : DEFAULT_SITE_TIME_ZONE));
  }, [client]);

  const input = useMemo<PreviewInput | null>(
    () => (config && timeZone ? { article, draft, config, at, timeZone, themeCss } : null),
    [article, draft, config, at, timeZone],
  );
  const { output, stats, error: renderError } = useIdlePreview(input);

  // Evaluated again when the ad configuration changes.
  const { evaluation, error: evalError } = usePreviewEvaluation(client, article.id, draft, at, timeZone !== null, config);

  /** Per-article overrides are a field of the draft: autosaved like typing, shown at once. */
  const saveOverrides = async (next: SlotOverride[]) => {
    session.update('adOverrides', next);
  };

  const maxDensity = config?.settings.maxMobileDensity ?? 0.3;
  const error = configError ?? renderError;
  const openWindow = async () => {
    setOpenError(null);
    const problem = await openStandalonePreview(client, article.id);
    if (problem !== null) setOpenError(t('previewWindow.openFailed', { message: problem || t('previewWindow.notOpened') }));
  };

  return (
    <div className="preview-panel" data-render-count={stats.count} data-render-ms={stats.lastMs.toFixed(1)}>
      <PreviewStage
        output={output}
        error={error}
        mode={mode}
        onMode={setMode}
        at={at}
        isNow={!fixedAt}
        timeZone={timeZone}
        onTime={(d) => setFixedAt(d ? d.toISOString() : null)}
        actions={
          <>
            {layout && !layout.full ? (
              <button type="button" id={FULL_WIDTH_BUTTON_ID} onClick={() => layout.setFull(true)}>
                {t('previewWindow.fullWidth')}
              </button>
            ) : null}
            <button type="button" onClick={() => void openWindow()}>
              {t(client.host === 'electron' ? 'previewWindow.openWindow' : 'previewWindow.openTab')}
            </button>
          </>
        }
      />
      {openError ? (
        <p className="preview-error" role="alert">
          {openError}
        </p>
      ) : null}

      <DensityMeter percent={output?.density ? output.density.percent : null} maxPercent={Math.round(maxDensity * 1000) / 10} />

      <PreviewFindings evaluation={evaluation} error={evalError} />

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
