import type { Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { COMMENTABLE_FIELDS, type CommentAnchor } from '../../../../core/comments/thread';
import { requestComment } from './comment-request';

type Field = (typeof COMMENTABLE_FIELDS)[number];
const FIELD_OF_INPUT: Record<string, Field> = {
  'field-seo-title': 'seo',
  'field-seo-description': 'seo',
  'field-lead-image': 'leadImage',
  'field-lead-alt': 'leadImage',
  'field-image-credit': 'leadImage',
};

/** The field an input of the article editor belongs to (its id is field-<name>), if it is commentable. */
export function fieldOfElement(element: Element | null): Field | null {
  const id = element?.closest('[id^="field-"]')?.id ?? '';
  if (FIELD_OF_INPUT[id]) return FIELD_OF_INPUT[id];
  const name = id.slice('field-'.length);
  return (COMMENTABLE_FIELDS as readonly string[]).includes(name) ? (name as Field) : null;
}

/** What Ctrl+Alt+M comments on: the focused field, else the body's selection; null when nothing is selected. */
export function commentTarget(editor: Editor | null, focused: Element | null): CommentAnchor | null {
  const inBody = editor && !editor.isDestroyed && focused !== null && editor.view.dom.contains(focused);
  const field = inBody ? null : fieldOfElement(focused);
  if (field) return { kind: 'field', field };
  if (!editor || editor.isDestroyed) return null;
  const { from, to, empty } = editor.state.selection;
  if (empty) return null;
  return { kind: 'body', from, to, quote: editor.state.doc.textBetween(from, to, ' ').slice(0, 4000) };
}

/**
 * Ctrl+Alt+M, whatever side panel is showing: opens a new comment on the body selection or
 * the focused field in the Comments tab. The key never reaches the body (no text is replaced).
 */
export function useCommentShortcut(editor: Editor | null): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey && e.altKey && !e.metaKey && (e.code === 'KeyM' || e.key.toLowerCase() === 'm'))) return;
      const anchor = commentTarget(editor, document.activeElement);
      e.preventDefault();
      e.stopPropagation();
      if (anchor) requestComment(anchor);
    };
    // Capture: seen before the body's own key handling.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [editor]);
}
