import { useEffect, useState } from 'react';
import type { Client } from '../client/client';

/** This person's "I have it open" heartbeat. */
export const PRESENCE_HEARTBEAT_MS = 20_000;
/** How often the others' presence is read. */
export const PRESENCE_POLL_MS = 10_000;

/**
 * While an article is open for editing (`announce`): says so every 20 s (editing: true) and
 * once more on close (editing: false). Someone who only reads it (a reviewer) announces
 * nothing, so nobody is told she "is editing". Either way it reads every 10 s who else is
 * editing it, and returns their names.
 */
export function usePresence(client: Client, articleId: string, announce = true): string[] {
  const [editors, setEditors] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    const beat = () => void (announce ? client.call('presence.set', { id: articleId, editing: true }).catch(() => null) : null);
    const read = async () => {
      const result = await client.call('presence.list', { id: articleId }).catch(() => null);
      if (live && result?.ok) setEditors(result.value.editors.map((e) => e.name));
    };
    const leave = () => void (announce ? client.call('presence.set', { id: articleId, editing: false }).catch(() => null) : null);
    beat();
    void read();
    const heartbeat = setInterval(beat, PRESENCE_HEARTBEAT_MS);
    const poll = setInterval(() => void read(), PRESENCE_POLL_MS);
    // Closing the window or reloading unmounts nothing: say goodbye then too (best effort; the site forgets after 60 s anyway).
    window.addEventListener('pagehide', leave);
    return () => {
      live = false;
      clearInterval(heartbeat);
      clearInterval(poll);
      window.removeEventListener('pagehide', leave);
      setEditors([]);
      leave();
    };
  }, [client, articleId, announce]);
  return editors;
}
