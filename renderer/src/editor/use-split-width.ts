import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';
import { clampPanelWidth, defaultPanelWidth, readStoredWidth } from './split-geometry';

export const SPLIT_WIDTH_KEY = 'copydesk.sidePanelWidth';

/**
 * The side panel's width: remembered across launches (localStorage), held to the workspace as
 * the window changes, the default (44 %) until someone drags. `panelRef` is the side panel; its
 * parent is the workspace.
 */
export function useSplitWidth(panelRef: RefObject<HTMLElement | null>) {
  const [workspacePx, setWorkspacePx] = useState(0);
  const [stored, setStored] = useState(() => readStoredWidth(window.localStorage.getItem(SPLIT_WIDTH_KEY)));

  useLayoutEffect(() => {
    const workspace = panelRef.current?.parentElement;
    if (!workspace) return;
    const measure = () => setWorkspacePx(workspace.clientWidth);
    measure();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(measure);
    observer.observe(workspace);
    return () => observer.disconnect();
  }, [panelRef]);

  const width = workspacePx > 0 ? (stored === null ? defaultPanelWidth(workspacePx) : clampPanelWidth(stored, workspacePx)) : null;

  const setWidth = useCallback(
    (px: number) => {
      const next = clampPanelWidth(px, workspacePx);
      window.localStorage.setItem(SPLIT_WIDTH_KEY, String(next));
      setStored(next);
    },
    [workspacePx],
  );
  const reset = useCallback(() => {
    window.localStorage.removeItem(SPLIT_WIDTH_KEY);
    setStored(null);
  }, []);

  return { width, workspacePx, setWidth, reset };
}
