import type { ComponentType } from 'react';
import { PreviewPanel } from '../preview/PreviewPanel';
import { ChecklistPanel } from '../workflow/ChecklistPanel';
import { CommentsPanel } from '../workflow/CommentsPanel';
import { HistoryPanel } from '../workflow/HistoryPanel';

/** The tabs beside the editor; each panel reads the article through useEditorSession(). */
export const SIDE_PANELS: Array<{ id: string; labelKey: string; Component: ComponentType }> = [
  { id: 'preview', labelKey: 'panels.preview', Component: PreviewPanel },
  { id: 'checklist', labelKey: 'panels.checklist', Component: ChecklistPanel },
  { id: 'comments', labelKey: 'panels.comments', Component: CommentsPanel },
  { id: 'history', labelKey: 'panels.history', Component: HistoryPanel },
];
