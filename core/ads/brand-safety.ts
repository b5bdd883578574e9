import { tagKey } from '../article/primitives';
import type { BrandSafetyRule, CampaignCategory } from './model';

/** The article fields brand safety looks at. */
export interface BrandSafetySubject {
  tags: readonly string[];
  section: string;
}

/** The first rule that keeps `category` off this article, or null when it may run. */
export function brandSafetyConflict(
  subject: BrandSafetySubject,
  category: CampaignCategory,
  rules: readonly BrandSafetyRule[],
): { rule: BrandSafetyRule; matched: string } | null {
  const tags = new Map(subject.tags.map((t) => [tagKey(t), t]));
  const section = tagKey(subject.section);
  for (const rule of rules) {
    if (!rule.excludedCategories.includes(category)) continue;
    const tag = rule.tags.find((t) => tags.has(tagKey(t)));
    if (tag !== undefined) return { rule, matched: tags.get(tagKey(tag)) ?? tag };
    if (section && rule.sections.some((s) => tagKey(s) === section)) return { rule, matched: subject.section };
  }
  return null;
}
