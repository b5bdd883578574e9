import { z } from 'zod';
import { articleSchema, idSchema, isoDateTimeSchema } from '../../article/article';
import { siteAccountSchema } from '../../sync/reference-site-api';
import { roleSchema } from '../../workflow/roles';
import { call, noArgs as none } from '../call-spec';
import { fieldDiffSchema, revisionInfoSchema } from './workflow';

const localized = z.object({ de: z.string(), en: z.string() });

/** Who the app acts as: the connected site's account, or the settings profile when no site is connected. */
export const teamAccountSchema = z.object({
  account: siteAccountSchema.nullable(),
  /** Address of the site the account belongs to. */
  siteUrl: z.string().nullable(),
  /** The embedded site's demo team: switching the role means switching to that demo account. */
  demo: z.boolean(),
  demoAccounts: z.array(z.object({ role: roleSchema, name: z.string() })),
});
export type TeamAccount = z.infer<typeof teamAccountSchema>;

/** Something a person should hear about on their own machine (survives restarts). */
export const inboxItemSchema = z.object({
  id: z.string().max(200),
  at: isoDateTimeSchema,
  articleId: idSchema,
  headline: z.string(),
  kind: z.enum(['status', 'comment', 'reply', 'refused', 'held', 'deleted']),
  actorName: z.string(),
  /** The line the inbox shows, in both UI languages. */
  text: localized,
  read: z.boolean(),
});
export type InboxItem = z.infer<typeof inboxItemSchema>;

export const trashItemSchema = z.object({ id: idSchema, headline: z.string(), deletedAt: isoDateTimeSchema, deletedBy: z.string() });

/** The team: account, inbox, presence, deleted articles, and the reviewer's "changed since". */
export const teamCalls = {
  'team.account': call({ doc: 'The account the app acts as (from the site: GET /me), and the demo team of the embedded site.', args: none, result: teamAccountSchema, errors: [] }),
  'team.useDemoAccount': call({
    doc: 'Embedded site only: act as its demo account of this role (FORBIDDEN for a real site).',
    args: z.object({ role: roleSchema }).strict(),
    result: teamAccountSchema,
    errors: ['FORBIDDEN', 'STORAGE_FAILED'],
  }),
  'inbox.list': call({ doc: 'Notifications, newest first, with the unread count.', args: none, result: z.object({ items: z.array(inboxItemSchema), unread: z.number().int() }), errors: ['STORAGE_FAILED'] }),
  'inbox.markRead': call({
    doc: 'Marks notifications read (all when `ids` is absent).',
    args: z.object({ ids: z.array(z.string().max(200)).max(1000).optional() }).strict(),
    result: z.object({ unread: z.number().int() }),
    errors: ['STORAGE_FAILED'],
  }),
  'presence.set': call({ doc: 'This person has the article open for editing (heartbeat) or closed it.', args: z.object({ id: idSchema, editing: z.boolean() }).strict(), result: z.object({ ok: z.literal(true) }), errors: [] }),
  'presence.list': call({ doc: 'Other people editing the article right now.', args: z.object({ id: idSchema }).strict(), result: z.object({ editors: z.array(z.object({ name: z.string(), until: isoDateTimeSchema })) }), errors: [] }),
  'articles.trash': call({ doc: 'Deleted articles that can be restored, newest first.', args: none, result: z.array(trashItemSchema), errors: ['STORAGE_FAILED'] }),
  'articles.restore': call({ doc: 'Restores a deleted article (here and, when synced, on the site).', args: z.object({ id: idSchema }).strict(), result: articleSchema, errors: ['NOT_FOUND', 'FORBIDDEN', 'STORAGE_FAILED'] }),
  'workflow.sinceMyRequest': call({
    doc: 'What changed since the acting person last requested changes on the article: that revision and a word diff to now (null when they never did).',
    args: z.object({ id: idSchema }).strict(),
    result: z.object({ since: revisionInfoSchema.nullable(), requestedAt: isoDateTimeSchema.nullable(), diff: z.array(fieldDiffSchema) }),
    errors: ['NOT_FOUND'],
  }),
} as const;
