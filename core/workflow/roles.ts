import { z } from 'zod';

/** People's roles. A publisher may also review; an editor may neither approve nor schedule. */
export const ROLES = ['editor', 'reviewer', 'publisher'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Who performs a transition: a person's role, or the scheduler acting on its own. */
export const performerSchema = z.enum([...ROLES, 'system']);
export type Performer = z.infer<typeof performerSchema>;

/** The person (or the scheduler) behind a status change, as recorded in the history. */
export const actorSchema = z.object({
  id: z.string().max(100).optional(),
  name: z.string().min(1).max(200),
  role: performerSchema,
});
export type Actor = z.infer<typeof actorSchema>;

/** The actor the app's and the site's schedulers record for automatic publishing and expiry. */
export const SYSTEM_ACTOR: Actor = { id: 'system', name: 'Scheduler', role: 'system' };
