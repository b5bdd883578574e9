import type { ComponentType } from 'react';
import { AdSlotsScreen } from '../ads/AdSlotsScreen';
import { CampaignsScreen } from '../ads/CampaignsScreen';
import { CalendarScreen } from '../calendar/CalendarScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { SitesScreen } from '../sync/SitesScreen';
import { InboxScreen } from '../team/InboxScreen';
import { TrashScreen } from '../team/TrashScreen';
import { ReviewQueueScreen } from '../workflow/ReviewQueueScreen';
import type { ViewProps } from './view-props';

export type ViewId = 'articles' | 'review' | 'calendar' | 'adSlots' | 'campaigns' | 'sites' | 'settings' | 'trash' | 'inbox';

/**
 * The screens besides the article editor, in the order of the navigation; `inNav: false`
 * screens are reached otherwise (the Inbox by the bell in the header).
 */
export const SCREENS: Array<{ id: Exclude<ViewId, 'articles'>; labelKey: string; Component: ComponentType<ViewProps>; inNav?: false }> = [
  { id: 'review', labelKey: 'nav.review', Component: ReviewQueueScreen },
  { id: 'calendar', labelKey: 'nav.calendar', Component: CalendarScreen },
  { id: 'adSlots', labelKey: 'nav.adSlots', Component: AdSlotsScreen },
  { id: 'campaigns', labelKey: 'nav.campaigns', Component: CampaignsScreen },
  { id: 'trash', labelKey: 'nav.trash', Component: TrashScreen },
  { id: 'sites', labelKey: 'nav.sites', Component: SitesScreen },
  { id: 'settings', labelKey: 'nav.settings', Component: SettingsScreen },
  { id: 'inbox', labelKey: 'nav.inbox', Component: InboxScreen, inNav: false },
];
