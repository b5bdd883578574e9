import type { Settings } from '../../core/contract/contract';
import { ROLE_LABELS } from '../../core/workflow/labels';
import type { Actor } from '../../core/workflow/roles';

/** The person behind a call: the settings profile (no site is connected, so there is no login). */
export function actorOf(profile: Settings['profile']): Actor {
  return { name: profile.name.trim() || ROLE_LABELS[profile.role].en, role: profile.role };
}
