// @vitest-environment jsdom
import { act } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { SplitHandle } from '../../../../renderer/src/editor/SplitHandle';
import { setupI18n } from '../../../../renderer/src/i18n/setup';
import { fakeClient, render, settingsAs } from '../workflow/render-helpers';

beforeAll(async () => {
  await setupI18n('de');
});

describe('the split handle', () => {
  it('is a vertical separator whose value is the editor width, named and described in the UI language', async () => {
    const onWidth = vi.fn();
    const onReset = vi.fn();
    const { client } = fakeClient({}, settingsAs('editor'));
    const view = await render(<SplitHandle width={600} workspacePx={1400} controls="side-panel" onWidth={onWidth} onReset={onReset} />, client);
    const handle = view.container.querySelector<HTMLElement>('[role="separator"]')!;
    expect(handle.getAttribute('aria-orientation')).toBe('vertical');
    expect(handle.getAttribute('aria-label')).toBe('Breite von Editor und Vorschau ändern');
    expect(handle.getAttribute('aria-valuetext')).toBe('Vorschau 600 px breit');
    // 1400 - 600 - the 20 px track; at least 380 for the editor, at most what leaves the panel 320.
    expect([handle.getAttribute('aria-valuenow'), handle.getAttribute('aria-valuemin'), handle.getAttribute('aria-valuemax')]).toEqual(['780', '380', '1060']);
    expect(handle.tabIndex).toBe(0);
    expect(handle.getAttribute('aria-controls')).toBe('side-panel');

    const press = (key: string) => act(() => void handle.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })));
    press('ArrowLeft');
    press('ArrowRight');
    press('Home');
    press('End');
    press('Tab');
    expect(onWidth.mock.calls.map((c) => c[0])).toEqual([640, 560, 1000, 320]);
    act(() => void handle.dispatchEvent(new MouseEvent('dblclick', { bubbles: true })));
    expect(onReset).toHaveBeenCalledTimes(1);
    view.unmount();
  });

  it('is no separator before the workspace is measured', async () => {
    const { client } = fakeClient({}, settingsAs('editor'));
    const view = await render(<SplitHandle width={null} workspacePx={0} controls="side-panel" onWidth={() => {}} onReset={() => {}} />, client);
    expect(view.container.querySelector('[role="separator"]')).toBeNull();
    view.unmount();
  });
});
