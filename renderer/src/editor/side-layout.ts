import { createContext, useContext } from 'react';

/** How the side panel sits in the workspace: beside the editor, or over all of it (full-width preview). */
export interface SideLayout {
  full: boolean;
  setFull(full: boolean): void;
}

/** The preview's "Full width" button, where focus returns when the full-width preview closes. */
export const FULL_WIDTH_BUTTON_ID = 'preview-full-width';

export const SideLayoutContext = createContext<SideLayout | null>(null);

/** Null outside the editor's side panel (the standalone preview has no workspace to fill). */
export const useSideLayout = (): SideLayout | null => useContext(SideLayoutContext);
