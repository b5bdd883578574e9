import { useCallback, useEffect, useState } from 'react';
import type { SiteView } from '../../../core/contract/contract';
import type { Client } from '../client/client';

/** The site list, polled every 3 s while the screen shows (connection, queue and failures change on their own). */
export function useSites(client: Client): { sites: SiteView[] | null; reload(): Promise<void> } {
  const [sites, setSites] = useState<SiteView[] | null>(null);
  const reload = useCallback(async () => {
    const result = await client.call('sites.list', {});
    if (result.ok) setSites(result.value);
  }, [client]);
  useEffect(() => {
    void reload();
    const timer = setInterval(() => void reload(), 3000);
    return () => clearInterval(timer);
  }, [reload]);
  return { sites, reload };
}

/** Headlines of the given articles, read once per set of ids (for conflicts and failures). */
export function useHeadlines(client: Client, ids: readonly string[]): Record<string, string> {
  const [headlines, setHeadlines] = useState<Record<string, string>>({});
  const key = [...ids].sort().join(',');
  useEffect(() => {
    if (!key) return;
    void (async () => {
      const result = await client.call('articles.list', { limit: 500 });
      if (result.ok) setHeadlines(Object.fromEntries(result.value.items.map((a) => [a.id, a.headline])));
    })();
  }, [client, key]);
  return headlines;
}
