import { ROLES, roleSchema, type Role } from '../../core/workflow/index';

/** Site users have the app's three roles (core/workflow), so one role table governs both. */
export const SITE_ROLES = ROLES;
export const siteRoleSchema = roleSchema;
export type SiteRole = Role;
