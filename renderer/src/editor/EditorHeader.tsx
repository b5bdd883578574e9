import { useTranslation } from 'react-i18next';
import { readingMinutes } from '../../../core/text/body-text';
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
  words: number;
  /** Null where the person may not delete (a reviewer). */
  onDelete: (() => void) | null;
  editing: boolean;
  onError(message: string): void;
}

/**
 * The editor's header, laid out so nothing jumps: status and workflow actions on the first
 * row with "View on site" and "More" pinned to its end; the save state (in a slot of its own
 * width) and the counts on the second.
 */
export function EditorHeader({ articleId, saveState, onRetry, words, onDelete, editing, onError }: Props) {
  const { t } = useTranslation();
  return (
    <div className="editor-header">
      <div className="editor-header-row">
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
      </div>
      <div className="editor-header-row meta">
        <SaveStatus state={saveState} onRetry={onRetry} />
        <span className="muted counts" aria-live="off">
          {t('editor.wordCount', { count: words })}
          {words > 0 ? ` · ${t('editor.readingTime', { minutes: readingMinutes(words) })}` : ''}
        </span>
      </div>
      <div className="editor-header-notes">
        <EditingNotice />
        <PresenceNote articleId={articleId} editing={editing} />
      </div>
      <FindBar />
    </div>
  );
}
