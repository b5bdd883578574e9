import { z } from 'zod';

/** A UTC instant as stored: ISO 8601 with "Z". Shown and entered in the site's zone (core/time). */
export const utcInstantSchema = z.iso.datetime();

const at = (iso: string | undefined) => (iso === undefined ? undefined : Date.parse(iso));

/**
 * When an article goes live and comes down: publish at, embargo (not before), expiry
 * (unpublish at). The embargo may not lie after the publish time and expiry must come after
 * both, so a schedule can never describe an article that is due and forbidden at once.
 */
export const scheduleSchema = z
  .object({
    publishAt: utcInstantSchema.optional(),
    embargoUntil: utcInstantSchema.optional(),
    expireAt: utcInstantSchema.optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    const [publish, embargo, expire] = [at(s.publishAt), at(s.embargoUntil), at(s.expireAt)];
    if (publish !== undefined && embargo !== undefined && embargo > publish) {
      ctx.addIssue({ code: 'custom', path: ['embargoUntil'], message: 'the embargo ends after the publish time' });
    }
    if (expire !== undefined && publish !== undefined && expire <= publish) {
      ctx.addIssue({ code: 'custom', path: ['expireAt'], message: 'expiry must come after the publish time' });
    }
    if (expire !== undefined && embargo !== undefined && expire <= embargo) {
      ctx.addIssue({ code: 'custom', path: ['expireAt'], message: 'expiry must come after the embargo ends' });
    }
  });
export type Schedule = z.infer<typeof scheduleSchema>;

/** The earliest instant an article may go live under its schedule (publish time or embargo end). */
export function earliestGoLive(schedule: Schedule): number | undefined {
  const times = [at(schedule.publishAt), at(schedule.embargoUntil)].filter((t): t is number => t !== undefined);
  return schedule.publishAt === undefined ? undefined : Math.max(...times);
}
