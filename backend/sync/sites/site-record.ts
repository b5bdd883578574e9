import path from 'node:path';
import { z } from 'zod';
import { isUnencryptedRemoteUrl } from '../../../core/contract/calls/sync';
import { AppError } from '../../../core/contract/result';
import { siteAccountSchema } from '../../../core/sync/reference-site-api';
import { roleSchema } from '../../../core/workflow/roles';
import { createJsonDocument } from '../../storage/json-document';
import { SITE_KINDS, TARGET_KINDS, type SiteKind } from '../targets/registry';
import type { TargetKind, TargetSite } from '../targets/target-kind';
import type { SyncEngine } from '../engine/sync-engine';
import type { SiteAccount } from '../../../core/sync/reference-site-api';
import type { Role } from '../../../core/workflow/roles';

const baseRecordSchema = z.object({
  id: z.string(),
  kind: z.enum(SITE_KINDS),
  url: z.string(),
  /** The account name on the site (the user name where the site has one). */
  user: z.string(),
  role: roleSchema,
  /** The sealed credentials: a token, an application password, or (embedded site) JSON of one token per role. */
  sealed: z.string(),
  builtIn: z.boolean(),
  addedAt: z.string(),
  /** The user ticked "Allow unencrypted http" when adding this plain-http site (absent: not). */
  allowInsecureHttp: z.boolean().optional(),
  /** The account the token belongs to, as the site answered GET /me (absent: stored before accounts). */
  account: siteAccountSchema.optional(),
  /** The built-in site: its demo team, one account per role (the profile's role picks the one acting). */
  demoAccounts: z.object({ editor: siteAccountSchema, reviewer: siteAccountSchema, publisher: siteAccountSchema }).partial().optional(),
});

/** A site as sites.json keeps it; a kind's own settings sit under the kind's name ("<kind>": {…}). */
export type SiteRecord = z.infer<typeof baseRecordSchema> & Partial<Record<SiteKind, unknown>>;

// The settings of each kind that has some, validated by the kind's schema.
const kindOptionsShape = Object.fromEntries(
  (TARGET_KINDS as readonly TargetKind[]).flatMap((k) => (k.optionsSchema ? [[k.kind, k.optionsSchema.optional()]] : [])),
) as Record<string, z.ZodOptional<z.ZodType>>;
// Typed by hand: zod cannot infer a shape built from the registry at run time.
const siteRecordSchema = baseRecordSchema.extend(kindOptionsShape) as unknown as z.ZodType<SiteRecord>;
const sitesFileSchema = z.object({ version: z.literal(1), sites: z.array(siteRecordSchema) });

/** <dataDir>/sites.json: the sites, in order (the built-in one first). */
export const openSitesFile = (dataDir: string) =>
  createJsonDocument({ file: path.join(dataDir, 'sites.json'), schema: sitesFileSchema, defaults: { version: 1 as const, sites: [] } });

/** What a site's target is built from (the kind's settings under its name). */
export const targetSiteOf = (site: SiteRecord): TargetSite<unknown> => ({ url: site.url, user: site.user, options: site[site.kind] });

/** The site address as stored: origin and path without a trailing slash; only http(s). */
export function normalizeUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new AppError('INVALID_ARGUMENT', 'The site address is not a URL (e.g. https://www.example.de).');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new AppError('INVALID_ARGUMENT', 'The site address must start with http:// or https://.');
  return url.origin + url.pathname.replace(/\/+$/, '');
}

/**
 * The account a site acts with: the built-in site's demo account of the profile's role, else
 * the stored one (a record from before accounts: its user name and role). Null when unknown.
 */
export function accountOf(site: SiteRecord, profileRole: Role): SiteAccount | null {
  if (site.builtIn) return site.demoAccounts?.[profileRole] ?? null;
  return site.account ?? (site.user ? { id: site.user, name: site.user, role: site.role } : null);
}

/** A site as sites.list shows it, with its engine's connection when it has one: the person's display name as `user`, and their role. */
export const siteViewOf = (site: SiteRecord, info: ReturnType<SyncEngine['info']> | undefined, profileRole: Role) => ({
  id: site.id,
  kind: site.kind,
  url: site.url,
  // WordPress keeps the login name it signs in with; a team site shows the person's display name.
  user: site.kind === 'wordpress' ? site.user : (accountOf(site, profileRole)?.name ?? site.user),
  role: accountOf(site, profileRole)?.role ?? (site.builtIn ? profileRole : site.role),
  builtIn: site.builtIn,
  connection: info?.connection ?? 'unknown',
  lastError: info?.lastError ?? null,
  lastSyncAt: info?.lastSyncAt ? new Date(info.lastSyncAt).toISOString() : null,
  queued: info?.queued ?? 0,
  failures: (info?.failures ?? []).map((f) => ({ ...f, nextAttemptAt: f.nextAttemptAt === null ? null : new Date(f.nextAttemptAt).toISOString() })),
  // From the address, so a plain-http site stored before the rule is marked too.
  insecure: isUnencryptedRemoteUrl(site.url),
});
