import { tagKey } from '../article/primitives';
import { brandSafetyConflict, type BrandSafetySubject } from './brand-safety';
import { berlinClock, isBannedAt, lacksGermanLicence } from './gambling-rules';
import type { AdSettings, Campaign, LocalizedText } from './model';
import type { SkipCode } from './placement-types';

/** Why a campaign may not run on this page at this time. */
export interface Rejection {
  code: SkipCode;
  message: LocalizedText;
}

/** The article fields targeting looks at. */
export type TargetingSubject = BrandSafetySubject;

/**
 * Checks the page-wide rules for one campaign (not the slot's size or categories):
 * flight, targeting, excluded tags, brand safety, German licence, gambling hours.
 * Returns the first reason it may not run, or null.
 */
export function rejectCampaign(campaign: Campaign, subject: TargetingSubject, settings: AdSettings, now: Date): Rejection | null {
  const t = now.getTime();
  if (!(Date.parse(campaign.flightStart) <= t && t < Date.parse(campaign.flightEnd))) {
    return {
      code: 'FLIGHT_NOT_ACTIVE',
      message: {
        de: `Kampagne „${campaign.advertiser}“ läuft nicht zu dieser Zeit (${campaign.flightStart} – ${campaign.flightEnd}).`,
        en: `Campaign "${campaign.advertiser}" is not running at this time (${campaign.flightStart} – ${campaign.flightEnd}).`,
      },
    };
  }
  if (lacksGermanLicence(campaign)) {
    return {
      code: 'GAMBLING_UNLICENSED',
      message: {
        de: `„${campaign.advertiser}“ steht nicht als lizenzierter Anbieter auf der GGL-Whitelist (Status: ${campaign.licence}); Glücksspielwerbung nur mit deutscher Lizenz.`,
        en: `"${campaign.advertiser}" is not a licensed operator on the GGL whitelist (status: ${campaign.licence}); gambling ads need a German licence.`,
      },
    };
  }
  if (isBannedAt(campaign.category, now)) {
    const clock = berlinClock(now);
    return {
      code: 'GAMBLING_HOURS',
      message: {
        de: `Werbung für Online-Casino, virtuelle Automaten und Poker ist zwischen 06:00 und 21:00 Uhr verboten (jetzt ${clock} Uhr Berlin, GlüStV 2021 §5).`,
        en: `Ads for online casino, virtual slots and poker are banned between 06:00 and 21:00 (now ${clock} Berlin time, GlüStV 2021 §5).`,
      },
    };
  }
  const tagKeys = new Set(subject.tags.map(tagKey));
  const excluded = campaign.excludedTags.find((t) => tagKeys.has(tagKey(t)));
  if (excluded !== undefined) {
    return {
      code: 'EXCLUDED_TAG',
      message: {
        de: `„${campaign.advertiser}“ schließt das Schlagwort „${excluded}“ aus.`,
        en: `"${campaign.advertiser}" excludes the tag "${excluded}".`,
      },
    };
  }
  const sectionOk = campaign.targetSections.length === 0 || campaign.targetSections.some((s) => tagKey(s) === tagKey(subject.section));
  const tagsOk = campaign.targetTags.length === 0 || campaign.targetTags.some((tag) => tagKeys.has(tagKey(tag)));
  if (!sectionOk || !tagsOk) {
    return {
      code: 'TARGETING_MISMATCH',
      message: {
        de: `„${campaign.advertiser}“ zielt auf andere Ressorts oder Schlagwörter.`,
        en: `"${campaign.advertiser}" targets other sections or tags.`,
      },
    };
  }
  const conflict = brandSafetyConflict(subject, campaign.category, settings.brandSafety);
  if (conflict) {
    return {
      code: 'BRAND_SAFETY',
      message: {
        de: `Markensicherheit: keine Werbung der Kategorie „${campaign.category}“ neben Artikeln zu „${conflict.matched}“ (Regel ${conflict.rule.id}).`,
        en: `Brand safety: no "${campaign.category}" ads next to articles about "${conflict.matched}" (rule ${conflict.rule.id}).`,
      },
    };
  }
  return null;
}
