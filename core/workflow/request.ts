import { z } from 'zod';
import { CORRECTION_MAX_LENGTH } from '../article/article';
import { idSchema } from '../article/primitives';
import { workflowActionSchema } from './actions';
import { NOTE_MAX_LENGTH } from './history';
import { scheduleSchema } from './schedule';

/**
 * Arguments of a status change as they cross the contract (app IPC and site API alike). The
 * actor is never part of the request: the main process and the site take it from the session.
 * `baseRev` guards against acting on a version the user has not seen.
 */
export const transitionRequestSchema = z
  .object({
    id: idSchema,
    baseRev: z.number().int().nonnegative(),
    action: workflowActionSchema.exclude(['auto_publish', 'auto_unpublish', 'auto_hold']),
    note: z.string().max(NOTE_MAX_LENGTH).optional(),
    /** update_live only: a dated correction note printed under the article. */
    correction: z.string().trim().min(1).max(CORRECTION_MAX_LENGTH).optional(),
    schedule: scheduleSchema.optional(),
  })
  .strict();
export type TransitionRequest = z.infer<typeof transitionRequestSchema>;
