import { describe, expect, it } from 'vitest';
import { clampPanelWidth, defaultPanelWidth, maxPanelWidth, MIN_EDITOR_PX, MIN_PANEL_PX, panelWidthForKey, readStoredWidth, SPLIT_HANDLE_PX, SPLIT_STEP_PX } from '../../../../renderer/src/editor/split-geometry';

describe('the split between editor and side panel', () => {
  const ws = 1360;

  it('starts where the fixed layout was (44 %) and keeps the editor its minimum', () => {
    expect(defaultPanelWidth(ws)).toBe(Math.round(ws * 0.44));
    expect(maxPanelWidth(ws)).toBe(ws - MIN_EDITOR_PX - SPLIT_HANDLE_PX);
    expect(clampPanelWidth(5000, ws)).toBe(maxPanelWidth(ws));
    expect(clampPanelWidth(10, ws)).toBe(MIN_PANEL_PX);
    // A window too narrow for both: the panel keeps its own minimum.
    expect(clampPanelWidth(900, 500)).toBe(MIN_PANEL_PX);
    expect(clampPanelWidth(Number.NaN, ws)).toBe(defaultPanelWidth(ws));
  });

  it('moves by a step per arrow key, Left widening the panel, and to the ends with Home and End', () => {
    expect(panelWidthForKey('ArrowLeft', 600, ws)).toBe(600 + SPLIT_STEP_PX);
    expect(panelWidthForKey('ArrowRight', 600, ws)).toBe(600 - SPLIT_STEP_PX);
    expect(panelWidthForKey('ArrowRight', MIN_PANEL_PX + 5, ws)).toBe(MIN_PANEL_PX);
    expect(panelWidthForKey('ArrowLeft', maxPanelWidth(ws) - 5, ws)).toBe(maxPanelWidth(ws));
    expect(panelWidthForKey('Home', 600, ws)).toBe(maxPanelWidth(ws));
    expect(panelWidthForKey('End', 600, ws)).toBe(MIN_PANEL_PX);
    expect(panelWidthForKey('Enter', 600, ws)).toBeNull();
    expect(panelWidthForKey('a', 600, ws)).toBeNull();
  });

  it('reads back only a sensible remembered width', () => {
    expect(readStoredWidth('640')).toBe(640);
    for (const bad of [null, '', 'wide', '-4', '0', 'Infinity', '1e9']) expect(readStoredWidth(bad)).toBeNull();
  });
});
