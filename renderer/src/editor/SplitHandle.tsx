import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { maxPanelWidth, MIN_PANEL_PX, panelWidthForKey, SPLIT_HANDLE_PX } from './split-geometry';

interface Props {
  /** The side panel's width now, null before the workspace is measured. */
  width: number | null;
  workspacePx: number;
  controls: string;
  onWidth(px: number): void;
  onReset(): void;
}

/**
 * The separator between the editor and the side panel (WAI-ARIA window splitter): its value is
 * the editor's width; arrow keys move it in steps, Home and End to the ends, a pointer drags it,
 * a double click puts it back where it started.
 */
export function SplitHandle({ width, workspacePx, controls, onWidth, onReset }: Props) {
  const { t } = useTranslation();
  /** Where the drag started: the pointer's x and the panel's width then (the panel grows as the pointer moves left). */
  const drag = useRef<{ x: number; width: number } | null>(null);
  if (width === null) return <div className="split-handle" aria-hidden />;
  const editorPx = (panel: number) => Math.round(workspacePx - panel - SPLIT_HANDLE_PX);

  const onKeyDown = (e: KeyboardEvent) => {
    const next = panelWidthForKey(e.key, width, workspacePx);
    if (next === null) return;
    e.preventDefault();
    onWidth(next);
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.focus();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, width };
    document.body.classList.add('is-resizing-split');
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (drag.current) onWidth(drag.current.width + drag.current.x - e.clientX);
  };
  const endDrag = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    drag.current = null;
    document.body.classList.remove('is-resizing-split');
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
  };

  return (
    <div
      className="split-handle"
      role="separator"
      tabIndex={0}
      aria-orientation="vertical"
      aria-label={t('previewWindow.split.label')}
      aria-controls={controls}
      aria-valuenow={editorPx(width)}
      aria-valuemin={editorPx(maxPanelWidth(workspacePx))}
      aria-valuemax={editorPx(MIN_PANEL_PX)}
      aria-valuetext={t('previewWindow.split.value', { px: width })}
      title={t('previewWindow.split.hint')}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onDoubleClick={onReset}
    >
      <span className="split-grip" aria-hidden />
    </div>
  );
}
