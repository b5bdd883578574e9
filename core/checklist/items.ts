import { z } from 'zod';
import type { Localized } from '../time/localized';

/** Every pre-flight check, in the order the checklist panel lists them. */
export const CHECKLIST_ITEM_IDS = [
  'headline',
  'teaser',
  'author',
  'leadImageCredit',
  'source',
  'tags',
  'slug',
  'links',
  'seoDescription',
  'adPolicy',
] as const;
export const checklistItemIdSchema = z.enum(CHECKLIST_ITEM_IDS);
export type ChecklistItemId = z.infer<typeof checklistItemIdSchema>;

/** Required items block approval when they fail; recommended ones only inform; off hides the item. */
export const checklistLevelSchema = z.enum(['required', 'recommended', 'off']);
export type ChecklistLevel = z.infer<typeof checklistLevelSchema>;

/** What a newsroom gets before anyone configures anything. */
export const DEFAULT_CHECKLIST_LEVELS: Record<ChecklistItemId, ChecklistLevel> = {
  headline: 'required',
  teaser: 'required',
  author: 'required',
  leadImageCredit: 'required',
  source: 'required',
  tags: 'recommended',
  slug: 'required',
  links: 'required',
  seoDescription: 'recommended',
  adPolicy: 'required',
};

/** Site configuration: a level per item; items not listed keep their default level. */
export const checklistConfigSchema = z.object({ levels: z.partialRecord(checklistItemIdSchema, checklistLevelSchema) }).strict();
export type ChecklistConfig = z.infer<typeof checklistConfigSchema>;

export const checklistStatusSchema = z.enum(['pass', 'warn', 'fail']);
export type ChecklistStatus = z.infer<typeof checklistStatusSchema>;

/** One line of the pre-flight checklist as the UI shows it. */
export interface ChecklistItem {
  id: ChecklistItemId;
  status: ChecklistStatus;
  required: boolean;
  message: Localized;
}

export const checklistItemSchema = z.object({
  id: checklistItemIdSchema,
  status: checklistStatusSchema,
  required: z.boolean(),
  message: z.object({ de: z.string(), en: z.string() }),
});

/** A finding of the ad policy checks (core/ads) for the time the article goes live. */
export interface PolicyFinding {
  severity: 'error' | 'warning';
  message: string;
}
