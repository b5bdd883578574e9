import type { Editor } from '@tiptap/react';
import { createContext, useContext } from 'react';
import type { Article, ArticleFields } from '../../../core/article/article';
import type { SaveState } from './use-autosave';

/**
 * What the panels beside the editor (preview, checklist, comments, history) and the workflow
 * bar see of the article being edited: the stored article, the live draft as typed, the body
 * editor, the save state, and ways to save now or reload after a change made elsewhere.
 */
export interface EditorSession {
  article: Article;
  draft: ArticleFields;
  editor: Editor | null;
  saveState: SaveState;
  /** Changes one field of the draft, exactly as typing in its input would (autosaved). */
  update<K extends keyof ArticleFields>(key: K, value: ArticleFields[K]): void;
  /** Resolves once everything typed so far is durably saved. */
  flush(): Promise<void>;
  /** Reopens the article from the back end (after a status change, a restore, …). */
  reload(): Promise<void>;
}

export const EditorSessionContext = createContext<EditorSession | null>(null);

export function useEditorSession(): EditorSession {
  const session = useContext(EditorSessionContext);
  if (!session) throw new Error('useEditorSession outside the article editor');
  return session;
}
