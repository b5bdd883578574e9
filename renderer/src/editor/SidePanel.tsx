import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SinceMyRequest } from '../team/SinceMyRequest';
import { SIDE_PANELS } from './side-panels';

const PANEL_KEY = 'copydesk.sidePanel';

/** Tabs beside the editor (WAI-ARIA tabs: arrow keys move between them). */
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
  const onKeyDown = (e: KeyboardEvent) => {
    const i = SIDE_PANELS.findIndex((p) => p.id === active);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = SIDE_PANELS[(i + step + SIDE_PANELS.length) % SIDE_PANELS.length]!;
    setActive(next.id);
    document.getElementById(`panel-tab-${next.id}`)?.focus();
  };
  return (
    <aside className="side-panel" aria-label={t('panels.label')}>
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
  );
}
