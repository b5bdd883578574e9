import { z } from 'zod';
import { campaignCategorySchema } from '../../ads/model';
import { articleSchema, articleSummarySchema, idSchema, statusSchema } from '../../article/article';
import { checklistItemSchema } from '../../checklist/items';
import { suggestionChangeSchema } from '../../comments/suggestion-change';
import { commentAnchorSchema, commentThreadSchema, COMMENT_MAX_LENGTH } from '../../comments/thread';
import { revisionSchema } from '../../revisions/revision';
import { transitionRequestSchema } from '../../workflow/request';
import { utcInstantSchema } from '../../workflow/schedule';
import { call, noArgs as none } from '../call-spec';

const articleRef = z.object({ id: idSchema }).strict();
const threadRef = z.object({ id: idSchema, threadId: idSchema }).strict();
const commentText = z.string().trim().min(1).max(COMMENT_MAX_LENGTH);

/** An article in a queue, with the time it entered its current status. */
export const queueItemSchema = articleSummarySchema.extend({ since: z.string() });
export type QueueItem = z.infer<typeof queueItemSchema>;

/** A revision without its snapshot, as the history list shows it. */
export const revisionInfoSchema = revisionSchema.omit({ snapshot: true });
export type RevisionInfo = z.infer<typeof revisionInfoSchema>;

export const fieldDiffSchema = z.object({
  field: z.string(),
  label: z.object({ de: z.string(), en: z.string() }),
  kind: z.enum(['text', 'list', 'flag']),
  changed: z.boolean(),
  before: z.string(),
  after: z.string(),
  parts: z.array(z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() })),
});

/** One article on the schedule calendar: when it goes live (or went live) and when it expires. */
export const calendarArticleSchema = z.object({
  id: idSchema,
  rev: z.number().int(),
  headline: z.string(),
  section: z.string(),
  status: statusSchema,
  kind: z.enum(['publish', 'published', 'expire']),
  at: utcInstantSchema,
});
export type CalendarArticle = z.infer<typeof calendarArticleSchema>;

export const calendarFlightSchema = z.object({
  id: z.string(),
  advertiser: z.string(),
  category: campaignCategorySchema,
  start: z.string(),
  end: z.string(),
});
export type CalendarFlight = z.infer<typeof calendarFlightSchema>;

/** A status change the acting profile should hear about (an article they wrote or acted on). */
export const statusEventSchema = z.object({
  seq: z.number().int(),
  id: idSchema,
  headline: z.string(),
  from: statusSchema,
  to: statusSchema,
  actorName: z.string(),
  at: utcInstantSchema,
});
export type StatusEvent = z.infer<typeof statusEventSchema>;

/** Workflow, review comments, revisions, checklist and schedule (issue: editorial workflow). */
export const workflowCalls = {
  'workflow.transition': call({
    doc: 'Moves an article to another status as the acting person (the site account, else the profile); refusals change nothing; with a site the action is queued for it.',
    args: transitionRequestSchema,
    result: articleSchema,
    errors: ['INVALID_ARGUMENT', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'STORAGE_FAILED'],
  }),
  'workflow.reschedule': call({
    doc: 'Moves the publish time of a scheduled article (calendar drag or "Move to…").',
    args: z.object({ id: idSchema, baseRev: z.number().int().nonnegative(), publishAt: utcInstantSchema }).strict(),
    result: articleSchema,
    errors: ['INVALID_ARGUMENT', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'STORAGE_FAILED'],
  }),
  'workflow.checklist': call({
    doc: 'The pre-flight checklist of the stored article, with the ad policy at its scheduled time; `slug` is the draft\'s, asked about too.',
    args: z.object({ id: idSchema, slug: z.string().max(1000).optional() }).strict(),
    result: z.object({
      items: z.array(checklistItemSchema),
      /** Of the stored slug and `slug`, those another article holds: what the renderer needs to run the same checklist live on the draft. */
      takenSlugs: z.array(z.string()),
      policyFindings: z.array(z.object({ severity: z.enum(['error', 'warning']), message: z.object({ de: z.string(), en: z.string() }) })),
    }),
    errors: ['NOT_FOUND', 'DAMAGED'],
  }),
  'workflow.queues': call({
    doc: 'Articles in review (oldest first), the drafts of the acting profile, and approved articles waiting for a time.',
    args: none,
    result: z.object({ review: z.array(queueItemSchema), myDrafts: z.array(queueItemSchema), approved: z.array(queueItemSchema) }),
    errors: [],
  }),
  'workflow.events': call({
    doc: 'Status changes since `after` of articles the acting profile wrote or acted on, by others.',
    args: z.object({ after: z.number().int().min(-1) }).strict(),
    result: z.object({ cursor: z.number().int(), events: z.array(statusEventSchema) }),
    errors: [],
  }),
  'comments.list': call({
    doc: 'Every comment thread of an article, oldest first.',
    args: articleRef,
    result: z.array(commentThreadSchema),
    errors: ['STORAGE_FAILED'],
  }),
  'comments.add': call({
    doc: 'Starts a thread on a body range, a field or an ad slot.',
    args: z.object({ id: idSchema, anchor: commentAnchorSchema, text: commentText }).strict(),
    result: commentThreadSchema,
    errors: ['INVALID_ARGUMENT', 'NOT_FOUND', 'STORAGE_FAILED'],
  }),
  'comments.reply': call({
    doc: 'Adds a reply (reopens a resolved thread).',
    args: threadRef.extend({ text: commentText }).strict(),
    result: commentThreadSchema,
    errors: ['INVALID_ARGUMENT', 'NOT_FOUND', 'STORAGE_FAILED'],
  }),
  'comments.resolve': call({ doc: 'Marks a thread resolved.', args: threadRef, result: commentThreadSchema, errors: ['NOT_FOUND', 'STORAGE_FAILED'] }),
  'comments.reopen': call({ doc: 'Opens a resolved thread again.', args: threadRef, result: commentThreadSchema, errors: ['NOT_FOUND', 'STORAGE_FAILED'] }),
  'comments.remapAnchors': call({
    doc: 'Stores body anchors moved by edits (mapped in the editor).',
    args: z
      .object({ id: idSchema, anchors: z.array(z.object({ threadId: idSchema, anchor: commentAnchorSchema })).max(1000) })
      .strict(),
    result: z.array(commentThreadSchema),
    errors: ['INVALID_ARGUMENT', 'STORAGE_FAILED'],
  }),
  'suggestions.save': call({
    doc: 'Stores a suggested change of a body range (new under its id, or revised while its author keeps typing); the body itself is not changed.',
    args: threadRef.extend(suggestionChangeSchema.shape).strict(),
    result: commentThreadSchema,
    errors: ['INVALID_ARGUMENT', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'STORAGE_FAILED'],
  }),
  'suggestions.settle': call({
    doc: 'Accepts (editors and publishers; the editor applies the change to the body as an edit) or rejects a suggestion; it is resolved with its outcome.',
    args: threadRef.extend({ outcome: z.enum(['accepted', 'rejected']) }).strict(),
    result: commentThreadSchema,
    errors: ['INVALID_ARGUMENT', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'STORAGE_FAILED'],
  }),
  'revisions.list': call({
    doc: 'Kept revisions of an article, newest first, without their content.',
    args: articleRef,
    result: z.array(revisionInfoSchema),
    errors: ['STORAGE_FAILED'],
  }),
  'revisions.get': call({
    doc: 'One revision with its content.',
    args: z.object({ id: idSchema, revisionId: idSchema }).strict(),
    result: revisionSchema,
    errors: ['NOT_FOUND'],
  }),
  'revisions.diff': call({
    doc: 'Field-by-field word diff between two revisions (from = older).',
    args: z.object({ id: idSchema, from: idSchema, to: idSchema }).strict(),
    result: z.array(fieldDiffSchema),
    errors: ['NOT_FOUND'],
  }),
  'revisions.restore': call({
    doc: 'Brings back the content of a revision as a new revision; the status is kept.',
    args: z.object({ id: idSchema, revisionId: idSchema }).strict(),
    result: articleSchema,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'STORAGE_FAILED'],
  }),
  'calendar.entries': call({
    doc: 'Scheduled and published articles and ad campaign flights between two UTC instants.',
    args: z.object({ from: utcInstantSchema, to: utcInstantSchema }).strict(),
    result: z.object({
      articles: z.array(calendarArticleSchema),
      flights: z.array(calendarFlightSchema),
      /** The back end's clock, which decides what is due ("today" on the calendar). */
      now: utcInstantSchema,
    }),
    errors: ['INVALID_ARGUMENT'],
  }),
} as const;
