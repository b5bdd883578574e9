/** Tells the toolbar that suggesting mode held a change back (formatting, a new paragraph, a drop), so the person learns why nothing happened. */
const listeners = new Set<() => void>();

export function notifyHeldBack(): void {
  for (const l of listeners) l();
}

export function onHeldBack(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
