import { useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDraftPublisher } from '../preview/use-draft-publisher';
import { SinceMyRequest } from '../team/SinceMyRequest';
import { FULL_WIDTH_BUTTON_ID, SideLayoutContext } from './side-layout';
import { SIDE_PANELS } from './side-panels';
import { onPanelRequest } from './suggestions/comment-request';
import { SplitHandle } from './SplitHandle';
import { useSplitWidth } from './use-split-width';
import './split.css';

const PANEL_KEY = 'copydesk.sidePanel';

/** Publishes the draft to standalone previews; its own component so a keystroke re-renders it, not the tabs. */
function DraftPublisher() {
  useDraftPublisher();
  return null;
}

/** Tabs beside the editor (WAI-ARIA tabs: arrow keys move between them), behind a draggable split, or over the whole workspace. */
export function SidePanel() {
  const { t } = useTranslation();
  // Remembered for the session: the editor remounts after a status change or a restore.
  const [active, setActiveState] = useState(() => {
    const saved = window.sessionStorage.getItem(PANEL_KEY);
    return SIDE_PANELS.some((p) => p.id === saved) ? saved! : SIDE_PANELS[0]!.id;
  });
  const setActive = (id: string) => {
    window.sessionStorage.setItem(PANEL_KEY, id);
    setActiveState(id);
  };
  // Ctrl+Alt+M asks for the Comments tab from any other tab.
  useEffect(() => onPanelRequest((id) => SIDE_PANELS.some((p) => p.id === id) && setActive(id)), []);
  const panelRef = useRef<HTMLElement>(null);
  const split = useSplitWidth(panelRef);
  const [full, setFull] = useState(false);
  const layout = useMemo(() => ({ full, setFull }), [full]);
  const backRef = useRef<HTMLButtonElement>(null);
  const wasFull = useRef(false);

  // Focus goes to "Back to editor" when the preview fills the workspace, and back where it was opened from after.
  useEffect(() => {
    if (full) backRef.current?.focus();
    else if (wasFull.current) (document.getElementById(FULL_WIDTH_BUTTON_ID) ?? document.querySelector<HTMLElement>('.split-handle[role="separator"]'))?.focus();
    wasFull.current = full;
    if (!full) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      // Esc in a dialog closes the dialog, not the full-width preview.
      if (e.key === 'Escape' && !e.defaultPrevented && !(e.target as Element | null)?.closest?.('dialog, [role="dialog"], [role="alertdialog"]')) setFull(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [full]);

  const onKeyDown = (e: KeyboardEvent) => {
    const i = SIDE_PANELS.findIndex((p) => p.id === active);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = SIDE_PANELS[(i + step + SIDE_PANELS.length) % SIDE_PANELS.length]!;
    setActive(next.id);
    document.getElementById(`panel-tab-${next.id}`)?.focus();
  };
  const style = split.width === null ? undefined : ({ '--side-panel-width': `${split.width}px` } as CSSProperties);
  return (
    <SideLayoutContext.Provider value={layout}>
      <DraftPublisher />
      <SplitHandle width={split.width} workspacePx={split.workspacePx} controls="side-panel" onWidth={split.setWidth} onReset={split.reset} />
      <aside ref={panelRef} id="side-panel" className={full ? 'side-panel is-full' : 'side-panel'} style={style} aria-label={t('panels.label')}>
        {full ? (
          <div className="side-full-bar">
            <button ref={backRef} type="button" onClick={() => setFull(false)} aria-keyshortcuts="Escape">
              {t('previewWindow.backToEditor')}
            </button>
            <span className="muted">{t('previewWindow.escHint')}</span>
          </div>
        ) : null}
        <SinceMyRequest />
        <div role="tablist" aria-label={t('panels.label')} className="tabs" onKeyDown={onKeyDown}>
          {SIDE_PANELS.map((p) => (
            <button
              key={p.id}
              id={`panel-tab-${p.id}`}
              type="button"
              role="tab"
              aria-selected={p.id === active}
              aria-controls={`panel-${p.id}`}
              tabIndex={p.id === active ? 0 : -1}
              onClick={() => setActive(p.id)}
            >
              {t(p.labelKey)}
            </button>
          ))}
        </div>
        {SIDE_PANELS.map((p) => (
          <div key={p.id} id={`panel-${p.id}`} role="tabpanel" aria-labelledby={`panel-tab-${p.id}`} hidden={p.id !== active} className="tab-panel">
            {p.id === active ? <p.Component /> : null}
          </div>
        ))}
      </aside>
    </SideLayoutContext.Provider>
  );
}
