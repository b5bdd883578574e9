import { useTranslation } from 'react-i18next';
import { EditingNotice } from '../team/EditingNotice';
import { PresenceNote } from '../team/PresenceNote';
import { WorkflowBar } from '../workflow/WorkflowBar';
import { FindBar } from './find/FindBar';
import { MoreMenu } from './MoreMenu';
import { SaveStatus } from './SaveStatus';
import type { SaveState } from './use-autosave';
import { ViewOnSite } from './ViewOnSite';
import './editor-header.css';

interface Props {
  articleId: string;
  saveState: SaveState;
  onRetry(): void;
  /** Null where the person may not delete (a reviewer). */
  onDelete: (() => void) | null;
  editing: boolean;
  onError(message: string): void;
}

/**
 * The editor's header, laid out so nothing jumps: status and workflow actions have the first
 * row to themselves; the save state, "View on site" and "More" (pinned to the far end) share
 * the second. Grid areas in editor-header.css.
 */
export function EditorHeader({ articleId, saveState, onRetry, onDelete, editing, onError }: Props) {
  const { t } = useTranslation();
  return (
    <div className="editor-header">
      <WorkflowBar
        end={(workflowItems) => {
          const items = onDelete ? [...workflowItems, { label: t('editor.deleteArticle'), danger: true, onSelect: onDelete }] : workflowItems;
          return (
            <div className="editor-header-end">
              <ViewOnSite onError={onError} />
              {items.length > 0 ? <MoreMenu items={items} /> : null}
            </div>
          );
        }}
      />
      <SaveStatus state={saveState} onRetry={onRetry} />
      <div className="editor-header-notes">
        <EditingNotice />
        <PresenceNote articleId={articleId} editing={editing} />
      </div>
      <FindBar />
    </div>
  );
}
