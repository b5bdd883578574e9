import { z } from 'zod';
import type { Localized } from '../time/localized';

/** A UTC instant as stored: ISO 8601 with "Z". Shown and entered in the site's zone (core/time). */
export const utcInstantSchema = z.iso.datetime();

const at = (iso: string | undefined) => (iso === undefined ? undefined : Date.parse(iso));

/** The fields of a schedule. */
export type ScheduleField = 'publishAt' | 'embargoUntil' | 'expireAt';

/** A rule of order a schedule breaks, pinned to the field the user should change. */
export interface ScheduleProblem {
  field: ScheduleField;
  message: Localized;
}

/**
 * The order rules: the embargo may not end after the publish time, and expiry must come after
 * both, so a schedule can never describe an article that is due and forbidden at once.
 */
export function scheduleOrderProblems(s: { publishAt?: string; embargoUntil?: string; expireAt?: string }): ScheduleProblem[] {
  const [publish, embargo, expire] = [at(s.publishAt), at(s.embargoUntil), at(s.expireAt)];
  const problems: ScheduleProblem[] = [];
  if (publish !== undefined && embargo !== undefined && embargo > publish) {
    problems.push({
      field: 'embargoUntil',
      message: { de: 'Die Sperrfrist endet nach dem Veröffentlichungszeitpunkt.', en: 'The embargo ends after the publish time.' },
    });
  }
  if (expire !== undefined && publish !== undefined && expire <= publish) {
    problems.push({
      field: 'expireAt',
      message: { de: 'Das Ablaufdatum muss nach dem Veröffentlichungszeitpunkt liegen.', en: 'Expiry must come after the publish time.' },
    });
  }
  if (expire !== undefined && embargo !== undefined && expire <= embargo) {
    problems.push({
      field: 'expireAt',
      message: { de: 'Das Ablaufdatum muss nach dem Ende der Sperrfrist liegen.', en: 'Expiry must come after the embargo ends.' },
    });
  }
  return problems;
}

/** When an article goes live and comes down: publish at, embargo (not before), expiry (unpublish at). */
export const scheduleSchema = z
  .object({
    publishAt: utcInstantSchema.optional(),
    embargoUntil: utcInstantSchema.optional(),
    expireAt: utcInstantSchema.optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    for (const problem of scheduleOrderProblems(s)) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message.en });
  });
export type Schedule = z.infer<typeof scheduleSchema>;

/** The earliest instant an article may go live under its schedule (publish time or embargo end). */
export function earliestGoLive(schedule: Schedule): number | undefined {
  const times = [at(schedule.publishAt), at(schedule.embargoUntil)].filter((t): t is number => t !== undefined);
  return schedule.publishAt === undefined ? undefined : Math.max(...times);
}
