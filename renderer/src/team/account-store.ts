import { useEffect, useState } from 'react';
import type { TeamAccount } from '../../../core/contract/calls/team';
import type { Role } from '../../../core/workflow/roles';
import type { Client } from '../client/client';
import { useClient } from '../client/context';
import { useSettings } from '../settings/profile-store';

type Listener = (account: TeamAccount) => void;
const listeners = new Set<Listener>();
let latest: TeamAccount | null = null;

/** Tells every screen that the acting account changed (after a demo-team switch). */
export function publishTeamAccount(account: TeamAccount): void {
  latest = account;
  for (const l of listeners) l(account);
}

async function load(client: Client): Promise<void> {
  const result = await client.call('team.account', {});
  if (result.ok) publishTeamAccount(result.value);
}

/** The account the app acts as (from the connected site); null while loading. */
export function useTeamAccount(): TeamAccount | null {
  const client = useClient();
  const [account, setAccount] = useState<TeamAccount | null>(latest);
  useEffect(() => {
    listeners.add(setAccount);
    void load(client);
    return () => {
      listeners.delete(setAccount);
    };
  }, [client]);
  return account;
}

/** The person the app acts as: a connected site's account wins over the Settings profile. */
export interface Acting {
  name: string;
  role: Role;
  /** True when name and role come from a site account (not self-declared). */
  fromSite: boolean;
}

/** Who is acting right now, or null while neither the account nor the settings are loaded. */
export function useActing(): Acting | null {
  const account = useTeamAccount();
  const settings = useSettings();
  if (account?.account) return { name: account.account.name, role: account.account.role, fromSite: true };
  if (settings) return { name: settings.profile.name, role: settings.profile.role, fromSite: false };
  return null;
}
