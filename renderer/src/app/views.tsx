import type { ComponentType } from 'react';
import { AdSlotsScreen } from '../ads/AdSlotsScreen';
import { CampaignsScreen } from '../ads/CampaignsScreen';
import { CalendarScreen } from '../calendar/CalendarScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { SitesScreen } from '../sync/SitesScreen';
import { ReviewQueueScreen } from '../workflow/ReviewQueueScreen';
import type { ViewProps } from './view-props';

export type ViewId = 'articles' | 'review' | 'calendar' | 'adSlots' | 'campaigns' | 'sites' | 'settings';

/** The screens besides the article editor, in the order of the navigation. */
export const SCREENS: Array<{ id: Exclude<ViewId, 'articles'>; labelKey: string; Component: ComponentType<ViewProps> }> = [
  { id: 'review', labelKey: 'nav.review', Component: ReviewQueueScreen },
  { id: 'calendar', labelKey: 'nav.calendar', Component: CalendarScreen },
  { id: 'adSlots', labelKey: 'nav.adSlots', Component: AdSlotsScreen },
  { id: 'campaigns', labelKey: 'nav.campaigns', Component: CampaignsScreen },
  { id: 'sites', labelKey: 'nav.sites', Component: SitesScreen },
  { id: 'settings', labelKey: 'nav.settings', Component: SettingsScreen },
];
