import { z } from 'zod';
import { statusSchema } from '../article/primitives';
import { workflowActionSchema } from './actions';
import { actorSchema } from './roles';
import { scheduleSchema, utcInstantSchema } from './schedule';

export const NOTE_MAX_LENGTH = 2000;

/** One recorded status change: who, when, from what to what, and the optional note. */
export const statusHistoryEntrySchema = z.object({
  action: workflowActionSchema,
  from: statusSchema,
  to: statusSchema,
  actor: actorSchema,
  at: utcInstantSchema,
  note: z.string().max(NOTE_MAX_LENGTH).optional(),
  /** The schedule in force after a 'schedule' action. */
  schedule: scheduleSchema.optional(),
});
export type StatusHistoryEntry = z.infer<typeof statusHistoryEntrySchema>;
