/** A rectangle in screen coordinates (DIP), as Electron's Rectangle. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is remembered in <userData>/window-state.json. */
export interface WindowState {
  /** Absent when the window should be centred by the OS. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 840, maximized: false };
export const MIN_WIDTH = 800;
export const MIN_HEIGHT = 560;
/** How much of the window (its title bar region) must be on a display for the position to be kept. */
const MIN_VISIBLE = { width: 120, height: 40 };

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Reads a stored state leniently: anything malformed yields null (the defaults apply). */
export function parseWindowState(raw: unknown): WindowState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (!isFiniteNumber(r.width) || !isFiniteNumber(r.height)) return null;
  const state: WindowState = { width: Math.round(r.width), height: Math.round(r.height), maximized: r.maximized === true };
  if (isFiniteNumber(r.x) && isFiniteNumber(r.y)) {
    state.x = Math.round(r.x);
    state.y = Math.round(r.y);
  }
  return state;
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/**
 * Turns a remembered state into one that fits the displays present now. The position is kept
 * only when the top strip of the window (where one grabs it) is visible on some display, so a
 * window last seen on an unplugged monitor comes back centred; the size never exceeds the
 * display it lands on.
 *
 * @param saved what parseWindowState returned, or null
 * @param workAreas the work areas of all displays; the first is the primary one
 */
export function restoreWindowState(saved: WindowState | null, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0];
  const base = saved ?? DEFAULT_WINDOW_STATE;
  const fitTo = (area: Rect | undefined) => ({
    width: Math.max(MIN_WIDTH, area ? Math.min(base.width, area.width) : base.width),
    height: Math.max(MIN_HEIGHT, area ? Math.min(base.height, area.height) : base.height),
  });
  if (saved && saved.x !== undefined && saved.y !== undefined) {
    const titleStrip: Rect = { x: saved.x, y: saved.y, width: saved.width, height: MIN_VISIBLE.height };
    const home = workAreas.find((area) => {
      const o = overlap(titleStrip, area);
      return o.width >= Math.min(MIN_VISIBLE.width, saved.width) && o.height >= Math.min(MIN_VISIBLE.height, saved.height);
    });
    if (home) {
      const size = fitTo(home);
      // Pull the window fully inside its display when shrinking alone does not suffice.
      const x = Math.min(Math.max(saved.x, home.x), home.x + Math.max(0, home.width - size.width));
      const y = Math.min(Math.max(saved.y, home.y), home.y + Math.max(0, home.height - size.height));
      return { x, y, ...size, maximized: saved.maximized };
    }
  }
  return { ...fitTo(primary), maximized: base.maximized };
}
