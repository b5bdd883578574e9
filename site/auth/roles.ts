import { z } from 'zod';

/** The roles a site user can have; the same three as in the app. */
export const SITE_ROLES = ['editor', 'reviewer', 'publisher'] as const;
export const siteRoleSchema = z.enum(SITE_ROLES);
export type SiteRole = z.infer<typeof siteRoleSchema>;
