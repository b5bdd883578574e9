import type { CommentAnchor } from '../../../../core/comments/thread';

/**
 * Ctrl+Alt+M from anywhere in the editor: the side panel switches to the Comments tab and the
 * comments panel opens its new-comment form on `anchor`. The panel may not be mounted yet
 * (another tab is showing), so the request waits here until it takes it.
 */
type Listener = () => void;
const panelListeners = new Set<(id: string) => void>();
const commentListeners = new Set<Listener>();
let pending: { anchor: CommentAnchor; seq: number } | null = null;
let seq = 0;

export function requestComment(anchor: CommentAnchor): void {
  pending = { anchor, seq: ++seq };
  for (const l of panelListeners) l('comments');
  for (const l of commentListeners) l();
}

/** The waiting request (taken once), with a number that changes with every request. */
export function takeCommentRequest(): { anchor: CommentAnchor; seq: number } | null {
  const taken = pending;
  pending = null;
  return taken;
}

export function onCommentRequest(listener: Listener): () => void {
  commentListeners.add(listener);
  return () => void commentListeners.delete(listener);
}

/** The side panel listens here to show the tab a shortcut asks for. */
export function onPanelRequest(listener: (id: string) => void): () => void {
  panelListeners.add(listener);
  return () => void panelListeners.delete(listener);
}
