import type { AdSlot, Campaign } from './model';
import { seededUnit } from './seeded-random';

/** The campaign chosen for one placement and the size it runs in. */
export interface Choice {
  campaign: Campaign;
  size: string;
}

/**
 * Picks a campaign among those allowed on the page: it must fit one of `sizes` and the slot's
 * categories; the highest priority wins; within it, campaigns not yet on the page come first,
 * then weight decides with a random number fixed by `key`.
 */
export function chooseCampaign(
  eligible: readonly Campaign[],
  sizes: readonly string[],
  allowedCategories: AdSlot['allowedCategories'],
  key: string,
  usedIds: ReadonlySet<string>,
): Choice | null {
  const fitting = eligible.filter(
    (c) => c.sizes.some((s) => sizes.includes(s)) && (allowedCategories.length === 0 || allowedCategories.includes(c.category)),
  );
  if (fitting.length === 0) return null;
  const top = Math.max(...fitting.map((c) => c.priority));
  const tier = fitting.filter((c) => c.priority === top);
  const fresh = tier.filter((c) => !usedIds.has(c.id));
  // Sorted so the input order of campaigns does not change the page.
  const pool = (fresh.length > 0 ? fresh : tier).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const total = pool.reduce((sum, c) => sum + c.weight, 0);
  let r = seededUnit(key) * total;
  let picked = pool[pool.length - 1] as Campaign;
  for (const c of pool) {
    r -= c.weight;
    if (r < 0) {
      picked = c;
      break;
    }
  }
  const size = sizes.find((s) => picked.sizes.includes(s)) as string;
  return { campaign: picked, size };
}
