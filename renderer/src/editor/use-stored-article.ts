import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article } from '../../../core/article/article';
import type { Client } from '../client/client';

/** A save can change these articles' status or pending update (return to review, pending update of a live article). */
const saveMayMove = (a: Article) => a.status === 'approved' || a.status === 'scheduled' || (a.status === 'published' && !a.pendingUpdate);

/**
 * The stored article as the header and panels should show it. The first save of an approved,
 * scheduled or live article changes its status or marks a pending update: the article is read
 * again then, without remounting the editor (the cursor stays where it is).
 */
export function useStoredArticle(client: Client, article: Article): { stored: Article; afterSave(): void; takeStored(next: Article): void } {
  const [stored, setStored] = useState(article);
  const storedRef = useRef(article);
  storedRef.current = stored;
  useEffect(() => setStored(article), [article]);
  const afterSave = useCallback(() => {
    if (!saveMayMove(storedRef.current)) return;
    void client.call('articles.get', { id: storedRef.current.id }).then((r) => {
      if (r.ok && r.value.id === storedRef.current.id) setStored(r.value);
    });
  }, [client]);
  /** The stored article as sync left it (a colleague's change followed while open). */
  const takeStored = useCallback((next: Article) => setStored(next), []);
  return { stored, afterSave, takeStored };
}
