import type { ArticleFields } from '../article/article';
import { CHECKS, type CheckContext } from './checks';
import { CHECKLIST_ITEM_IDS, DEFAULT_CHECKLIST_LEVELS, type ChecklistConfig, type ChecklistItem } from './items';

/** Everything runChecklist needs besides the article. */
export interface ChecklistContext extends CheckContext {
  config?: ChecklistConfig;
}

/**
 * Runs the pre-flight checklist: one item per check that is not switched off, each with its
 * status, whether it is required, and a German and English message. `otherSlugs` are the
 * slugs of every other article; `policyFindings` come from the ad policy checks for the
 * scheduled time (missing findings make the ad item warn, never pass silently).
 */
export function runChecklist(article: ArticleFields, ctx: ChecklistContext): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  for (const id of CHECKLIST_ITEM_IDS) {
    const level = ctx.config?.levels[id] ?? DEFAULT_CHECKLIST_LEVELS[id];
    if (level === 'off') continue;
    items.push({ id, required: level === 'required', ...CHECKS[id](article, ctx) });
  }
  return items;
}

/** The required items that fail; approval (and scheduling, publishing) waits for them. */
export function blockingItems(items: readonly ChecklistItem[]): ChecklistItem[] {
  return items.filter((item) => item.required && item.status === 'fail');
}

/** True while any required item fails. Warnings and recommended items never block. */
export function blocksApproval(items: readonly ChecklistItem[]): boolean {
  return blockingItems(items).length > 0;
}
