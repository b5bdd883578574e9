/** The draggable split between the editor and the side panel, in CSS pixels. */
/** The separator's track, its spacing to both panes included (split.css gives the grid no gap). */
export const SPLIT_HANDLE_PX = 20;
export const MIN_PANEL_PX = 320;
export const MIN_EDITOR_PX = 380;
/** One arrow key press. */
export const SPLIT_STEP_PX = 40;
/** The panel's share of the workspace before anyone drags (as the fixed layout had it). */
export const DEFAULT_PANEL_SHARE = 0.44;

/** The widest the panel may be in a workspace this wide: the editor keeps its minimum. */
export function maxPanelWidth(workspacePx: number): number {
  return Math.max(MIN_PANEL_PX, Math.floor(workspacePx - MIN_EDITOR_PX - SPLIT_HANDLE_PX));
}

/** A wanted panel width held to what the workspace allows (a remembered width after the window shrank). */
export function clampPanelWidth(px: number, workspacePx: number): number {
  if (!Number.isFinite(px)) return defaultPanelWidth(workspacePx);
  return Math.round(Math.min(maxPanelWidth(workspacePx), Math.max(MIN_PANEL_PX, px)));
}

export const defaultPanelWidth = (workspacePx: number): number => clampPanelWidth(workspacePx * DEFAULT_PANEL_SHARE, workspacePx);

/** The panel width a separator key asks for, or null for keys the separator leaves alone. Left widens the panel (the separator moves left). */
export function panelWidthForKey(key: string, current: number, workspacePx: number): number | null {
  switch (key) {
    case 'ArrowLeft':
      return clampPanelWidth(current + SPLIT_STEP_PX, workspacePx);
    case 'ArrowRight':
      return clampPanelWidth(current - SPLIT_STEP_PX, workspacePx);
    case 'Home':
      return maxPanelWidth(workspacePx);
    case 'End':
      return MIN_PANEL_PX;
    default:
      return null;
  }
}

/** The remembered width, or null when none (or nothing sensible) is stored. */
export function readStoredWidth(raw: string | null): number | null {
  if (raw === null) return null;
  const px = Number(raw);
  return Number.isFinite(px) && px > 0 && px < 20_000 ? px : null;
}
