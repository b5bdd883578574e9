import { berlinClock, isBannedAt, lacksGermanLicence } from '../ads/gambling-rules';
import type { Policy, PolicyFinding } from './types';

/**
 * German gambling rules (GlüStV 2021): only operators with a German licence (GGL whitelist) may
 * advertise, and online casino, virtual slots and poker not between 06:00 and 21:00 Berlin time.
 */
export const checkGamblingRules: Policy = (result, _article, ctx) => {
  const findings: PolicyFinding[] = [];
  for (const p of result.placements) {
    const c = p.campaign;
    if (!c) continue;
    if (lacksGermanLicence(c)) {
      findings.push({
        code: 'GAMBLING_UNLICENSED',
        severity: 'error',
        slotId: p.slotId,
        campaignId: c.id,
        message: {
          de: `„${c.advertiser}“ hat keine deutsche Glücksspiellizenz (GGL-Whitelist: ${c.licence}).`,
          en: `"${c.advertiser}" has no German gambling licence (GGL whitelist: ${c.licence}).`,
        },
      });
    }
    if (isBannedAt(c.category, ctx.now)) {
      const clock = berlinClock(ctx.now);
      findings.push({
        code: 'GAMBLING_HOURS',
        severity: 'error',
        slotId: p.slotId,
        campaignId: c.id,
        message: {
          de: `Werbung für „${c.advertiser}“ (${c.category}) ist zwischen 06:00 und 21:00 Uhr verboten; jetzt ist es ${clock} Uhr in Berlin.`,
          en: `Ads for "${c.advertiser}" (${c.category}) are banned between 06:00 and 21:00; it is ${clock} in Berlin.`,
        },
      });
    }
  }
  return findings;
};
