import { z } from 'zod';
import { articleFieldsSchema, idSchema } from '../../article/article';
import { call, noArgs as none } from '../call-spec';
import { roleSchema } from '../../workflow/roles';

const siteUrlSchema = z.string().trim().min(1).max(500);

/**
 * The host names that never leave the machine: 127.0.0.0/8, ::1 and "localhost". Takes a
 * URL's `hostname` as the WHATWG parser gives it (IPv4 forms like 127.1 already spelled out,
 * IPv6 in brackets).
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * True when a site address is plain http to a host other than this machine: the credentials
 * (WordPress application password, reference-site token) would cross the network unencrypted.
 * Such a site is added only with `allowInsecureHttp` (sites.add); addresses that are no URL
 * at all are false here (sites.add refuses them for that).
 */
export function isUnencryptedRemoteUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return false;
  }
  return url.protocol === 'http:' && !isLoopbackHost(url.hostname);
}

/**
 * "Allow unencrypted http": the explicit choice to add a site on plain http off this machine
 * (test sites). Optional; without it such a site is refused (INVALID_ARGUMENT).
 */
const allowInsecureHttpSchema = z.boolean().optional();

export const siteSchema = z.object({
  id: z.string(),
  kind: z.enum(['reference-site', 'wordpress']),
  url: z.string(),
  /** The account name on the site (WordPress: the user name). */
  user: z.string(),
  /** The role the app acts with on this site. */
  role: roleSchema,
  /** The embedded site started with the app (it cannot be removed). */
  builtIn: z.boolean(),
  connection: z.enum(['unknown', 'online', 'offline', 'auth_failed', 'forbidden']),
  lastError: z.string().nullable(),
  lastSyncAt: z.string().nullable(),
  /** Articles waiting in the outbox. */
  queued: z.number().int().nonnegative(),
  /**
   * The site is on plain http off this machine, so its credentials travel unencrypted (added
   * with "Allow unencrypted http"). Optional: absent reads as false.
   */
  insecure: z.boolean().optional(),
  /**
   * What waits because the site refused it or could not be reached, with the reason (at most
   * 20, one per article). Optional: absent reads as none.
   */
  failures: z
    .array(
      z.object({
        articleId: z.string().nullable(),
        reason: z.string(),
        /** When it is tried again by itself; null: only on "Sync now" (Retry) or a new edit. */
        nextAttemptAt: z.string().nullable(),
      }),
    )
    .optional(),
});
export type SiteView = z.infer<typeof siteSchema>;

/** How a WordPress site wants ads marked and unpublished articles kept. */
export const wordpressSiteOptionsSchema = z
  .object({
    /** An HTML comment marker, or the Advanced Ads placement shortcode. */
    adMarker: z.enum(['comment', 'advanced-ads']),
    /** What "unpublished" and "archived" become in WordPress. */
    unpublishedAs: z.enum(['draft', 'private']),
  })
  .strict();
export type WordPressSiteOptions = z.infer<typeof wordpressSiteOptionsSchema>;

export const siteInputSchema = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('reference-site'), url: siteUrlSchema, token: z.string().trim().min(1).max(500), allowInsecureHttp: allowInsecureHttpSchema })
    .strict(),
  z
    .object({
      kind: z.literal('wordpress'),
      url: siteUrlSchema,
      user: z.string().trim().min(1).max(200),
      appPassword: z.string().trim().min(1).max(200),
      options: wordpressSiteOptionsSchema.optional(),
      allowInsecureHttp: allowInsecureHttpSchema,
    })
    .strict(),
]);

export const syncStateSchema = z.enum(['synced', 'pending', 'conflict', 'failed']);
export type SyncState = z.infer<typeof syncStateSchema>;

export const articleSyncStatusSchema = z.object({ state: syncStateSchema, reason: z.string().nullable() });

export const syncStatusSchema = z.object({
  running: z.boolean(),
  /** Articles pushed so far in the running round(s), of how many. */
  progress: z.object({ done: z.number().int(), total: z.number().int(), phase: z.enum(['receiving', 'sending']).optional() }),
  /** Per article id. Articles missing here are not known to any site (no site added). */
  articles: z.record(z.string(), articleSyncStatusSchema),
  /** Articles with a conflict waiting for the user. */
  conflicts: z.array(idSchema),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

const bodyBlockSchema = z.record(z.string(), z.unknown());
/** One thing both sides changed differently: a field, or a run of body blocks. */
export const conflictItemSchema = z.discriminatedUnion('kind', [
  z.object({ key: z.string(), kind: z.literal('field'), field: z.string(), base: z.unknown(), local: z.unknown(), remote: z.unknown() }),
  z.object({ key: z.string(), kind: z.literal('block'), base: z.array(bodyBlockSchema), local: z.array(bodyBlockSchema), remote: z.array(bodyBlockSchema) }),
]);
export type ConflictItem = z.infer<typeof conflictItemSchema>;

const choiceSchema = z.enum(['local', 'remote']);

/** Sites (sync targets), sync status and conflicts (issue: sync to the site). */
export const syncCalls = {
  'sites.list': call({
    doc: 'The sites articles sync to, with connection state and the role the app acts with.',
    args: none,
    result: z.array(siteSchema),
    errors: [],
  }),
  'sites.add': call({
    doc: 'Adds a site after checking its address and credentials; the credentials are stored sealed. Plain http off this machine is refused (INVALID_ARGUMENT, before any request) unless allowInsecureHttp is true.',
    args: siteInputSchema,
    result: siteSchema,
    errors: ['INVALID_ARGUMENT', 'UNAUTHORIZED', 'FORBIDDEN', 'UNAVAILABLE', 'CONFLICT', 'STORAGE_FAILED'],
  }),
  'sites.remove': call({
    doc: 'Removes a site and its sync state (the articles stay, here and on the site).',
    args: z.object({ id: z.string().max(100) }).strict(),
    result: z.object({ id: z.string() }),
    errors: ['NOT_FOUND', 'FORBIDDEN', 'STORAGE_FAILED'],
  }),
  'sync.now': call({
    doc: 'Syncs every site now: pulls the changes, merges, pushes the outbox (retries at once).',
    args: none,
    result: z.object({ pushed: z.number().int(), pulled: z.number().int(), conflicts: z.number().int(), failed: z.number().int() }),
    errors: ['UNAVAILABLE'],
  }),
  'sync.status': call({
    doc: 'Sync state of every article (synced, pending, conflict, failed with reason) and the progress of a running sync.',
    args: none,
    result: syncStatusSchema,
    errors: [],
  }),
  'sync.conflict': call({
    doc: 'One conflicting article: base, local and the site’s version, and what differs per field/block.',
    args: z.object({ id: idSchema }).strict(),
    result: z.object({
      id: idSchema,
      siteId: z.string(),
      base: articleFieldsSchema,
      local: articleFieldsSchema,
      remote: articleFieldsSchema,
      conflicts: z.array(conflictItemSchema),
    }),
    errors: ['NOT_FOUND'],
  }),
  'sync.resolve': call({
    doc: 'Resolves a conflict with a choice per field/block ("local" keeps mine, "remote" takes the site’s); saves and syncs.',
    args: z.object({ id: idSchema, choices: z.record(z.string().max(100), choiceSchema) }).strict(),
    result: z.object({ rev: z.number().int() }),
    errors: ['NOT_FOUND', 'CONFLICT', 'STORAGE_FAILED'],
  }),
} as const;
