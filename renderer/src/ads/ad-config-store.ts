import { useCallback, useEffect, useState } from 'react';
import type { AdConfig } from '../../../core/ads/model';
import type { Client } from '../client/client';

type Listener = (config: AdConfig) => void;
const listeners = new Set<Listener>();

/** Tells every open view (the preview, the ad screens) that the ad configuration changed. */
export function publishAdConfig(config: AdConfig): void {
  for (const listener of listeners) listener(config);
}

/** The ad configuration from the back end, kept current when a screen of this window changes it. */
export function useAdConfig(client: Client): { config: AdConfig | null; error: string | null; publish(config: AdConfig): void } {
  const [config, setConfig] = useState<AdConfig | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    listeners.add(setConfig);
    void client.call('ads.config.get', {}).then((r) => {
      if (!live) return;
      if (r.ok) setConfig(r.value);
      else setError(r.error.message);
    });
    return () => {
      live = false;
      listeners.delete(setConfig);
    };
  }, [client]);
  const publish = useCallback((next: AdConfig) => publishAdConfig(next), []);
  return { config, error, publish };
}
