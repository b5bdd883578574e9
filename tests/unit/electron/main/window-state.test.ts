import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  MIN_HEIGHT,
  MIN_WIDTH,
  parseWindowState,
  restoreWindowState,
  type Rect,
} from '../../../../electron/main/window-state';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 877 };
const rightMonitor: Rect = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('parseWindowState', () => {
  it('reads a well-formed state', () => {
    expect(parseWindowState({ x: 10.4, y: 20, width: 1000, height: 700, maximized: true })).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
  });
  it('drops a half position and rejects garbage', () => {
    expect(parseWindowState({ x: 10, width: 1000, height: 700 })).toEqual({ width: 1000, height: 700, maximized: false });
    for (const raw of [null, 'x', 42, {}, { width: '1000', height: 700 }, { width: NaN, height: 700 }, { width: Infinity, height: 1 }]) {
      expect(parseWindowState(raw)).toBeNull();
    }
  });
});

describe('restoreWindowState', () => {
  it('uses the defaults without a memory', () => {
    expect(restoreWindowState(null, [rightMonitor])).toEqual(DEFAULT_WINDOW_STATE);
  });
  it('keeps a position that is on a present display', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 800, maximized: false };
    expect(restoreWindowState(saved, [laptop, rightMonitor])).toEqual(saved);
  });
  it('keeps maximized', () => {
    expect(restoreWindowState({ x: 1500, y: 0, width: 1200, height: 800, maximized: true }, [laptop, rightMonitor]).maximized).toBe(true);
  });
  it('centres a window last seen on an unplugged monitor, sized for the primary display', () => {
    const saved = { x: 1600, y: 100, width: 2400, height: 1300, maximized: false };
    expect(restoreWindowState(saved, [laptop])).toEqual({ width: 1440, height: 877, maximized: false });
  });
  it('refuses a window whose title bar is above the screen', () => {
    const state = restoreWindowState({ x: 100, y: -500, width: 1000, height: 700, maximized: false }, [laptop]);
    expect(state.x).toBeUndefined();
    expect(state.y).toBeUndefined();
  });
  it('keeps a window mostly visible but pulls it inside its display', () => {
    const state = restoreWindowState({ x: 1000, y: 300, width: 1000, height: 700, maximized: false }, [laptop]);
    expect(state).toEqual({ x: 440, y: 177, width: 1000, height: 700, maximized: false });
  });
  it('shrinks to fit and never below the minimum size', () => {
    expect(restoreWindowState({ x: 0, y: 0, width: 5000, height: 5000, maximized: false }, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 877, maximized: false });
    const tiny = restoreWindowState({ x: 0, y: 0, width: 50, height: 50, maximized: false }, [laptop]);
    expect(tiny.width).toBe(MIN_WIDTH);
    expect(tiny.height).toBe(MIN_HEIGHT);
  });
  it('handles displays left of or above the primary one (negative coordinates)', () => {
    const left: Rect = { x: -1920, y: -200, width: 1920, height: 1080 };
    const saved = { x: -1800, y: -100, width: 1200, height: 800, maximized: false };
    expect(restoreWindowState(saved, [laptop, left])).toEqual(saved);
  });
  it('works with no display information at all', () => {
    expect(restoreWindowState({ x: 5, y: 5, width: 900, height: 600, maximized: false }, [])).toEqual({ width: 900, height: 600, maximized: false });
  });
});
