import { useEffect, useState } from 'react';
import type { Settings } from '../../../core/contract/contract';
import type { Client } from '../client/client';
import { useClient } from '../client/context';

type Listener = (settings: Settings) => void;
const listeners = new Set<Listener>();
let latest: Settings | null = null;

/** Tells every open screen and panel that the settings (profile, time zone) changed. */
export function publishSettings(settings: Settings): void {
  latest = settings;
  for (const l of listeners) l(settings);
}

async function load(client: Client): Promise<Settings | null> {
  const result = await client.call('settings.get', {});
  if (result.ok) publishSettings(result.value);
  return result.ok ? result.value : null;
}

/** The current settings, kept fresh when the Settings screen saves; null while loading. */
export function useSettings(): Settings | null {
  const client = useClient();
  const [settings, setSettings] = useState<Settings | null>(latest);
  useEffect(() => {
    listeners.add(setSettings);
    void load(client);
    return () => {
      listeners.delete(setSettings);
    };
  }, [client]);
  return settings;
}
