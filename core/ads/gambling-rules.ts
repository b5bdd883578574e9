import { TZDate } from '@date-fns/tz';
import { DAYTIME_BANNED_CATEGORIES, type Campaign, type CampaignCategory, isGambling } from './model';

/** The GlüStV applies German time, whatever zone the site is set to. */
export const GAMBLING_TIME_ZONE = 'Europe/Berlin';
/** Online casino, slots and poker may not be advertised from 06:00 until 21:00 (GlüStV 2021 §5 (3)). */
export const GAMBLING_BAN_START_HOUR = 6;
export const GAMBLING_BAN_END_HOUR = 21;

/** Wall-clock time in Berlin as "HH:MM", for messages. */
export function berlinClock(now: Date): string {
  const t = new TZDate(now.getTime(), GAMBLING_TIME_ZONE);
  return `${String(t.getHours()).padStart(2, '0')}:${String(t.getMinutes()).padStart(2, '0')}`;
}

/** Whether `now` falls in the daytime ban (06:00 inclusive to 21:00 exclusive, Berlin time). */
export function isGamblingBanHour(now: Date): boolean {
  const hour = new TZDate(now.getTime(), GAMBLING_TIME_ZONE).getHours();
  return hour >= GAMBLING_BAN_START_HOUR && hour < GAMBLING_BAN_END_HOUR;
}

/** Whether this category may not be shown at `now` because of the daytime ban. */
export const isBannedAt = (category: CampaignCategory, now: Date): boolean =>
  DAYTIME_BANNED_CATEGORIES.includes(category) && isGamblingBanHour(now);

/** Gambling campaigns need an operator on the GGL whitelist; 'unknown' is not good enough. */
export const lacksGermanLicence = (campaign: Pick<Campaign, 'category' | 'licence'>): boolean =>
  isGambling(campaign.category) && campaign.licence !== 'licensed';
