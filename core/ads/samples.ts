import { type AdConfig, type AdSlot, type Campaign, DEFAULT_AD_SETTINGS } from './model';

/**
 * Sample inventory matching the real page: a house ad for the site's own app at the top,
 * paid ads in the body and at the end, and a sidebar slot for wide screens.
 */
export const SAMPLE_SLOTS: AdSlot[] = [
  { id: 'top', name: 'Top (App-Werbung)', position: { kind: 'top' }, sizes: ['728x90', '320x50'], label: '', enabled: true, allowedCategories: ['house'] },
  { id: 'in-article', name: 'Im Artikel', position: { kind: 'everyParagraphs', paragraphs: 4 }, sizes: ['300x250'], label: '', enabled: true, allowedCategories: [] },
  { id: 'end', name: 'Artikelende', position: { kind: 'end' }, sizes: ['300x250', '728x90'], label: '', enabled: true, allowedCategories: [] },
  { id: 'sidebar', name: 'Seitenleiste', position: { kind: 'sidebar' }, sizes: ['300x250'], label: '', enabled: true, allowedCategories: [] },
];

/** Sample campaigns: the house app ad, a licensed casino brand and a licensed sports-betting brand. */
export const SAMPLE_CAMPAIGNS: Campaign[] = [
  {
    id: 'house-app',
    advertiser: 'Copydesk News App',
    category: 'house',
    creative: {
      kind: 'image',
      imageUrl: 'https://static.example.org/ads/app-728x90.png',
      clickUrl: 'https://www.example.org/app',
      alt: 'Unsere News-App: jetzt kostenlos laden',
    },
    sizes: ['728x90', '320x50', '300x250'],
    flightStart: '2026-01-01T00:00:00Z',
    flightEnd: '2027-12-31T23:59:59Z',
    targetSections: [],
    targetTags: [],
    excludedTags: [],
    priority: 1,
    weight: 1,
    licence: 'unknown',
  },
  {
    id: 'casino-royal-nord',
    advertiser: 'Royal Nord Casino',
    category: 'casino',
    creative: {
      kind: 'html',
      html: '<div style="font:16px sans-serif;padding:12px;background:#102040;color:#fff">Royal Nord Casino – 18+, Glücksspiel kann süchtig machen. Hilfe: <a href="https://www.check-dein-spiel.de" target="_blank">check-dein-spiel.de</a></div>',
    },
    sizes: ['300x250', '728x90'],
    flightStart: '2026-01-01T00:00:00Z',
    flightEnd: '2027-12-31T23:59:59Z',
    targetSections: [],
    targetTags: [],
    excludedTags: ['Politik'],
    priority: 10,
    weight: 2,
    licence: 'licensed',
  },
  {
    id: 'sportwetten-anpfiff',
    advertiser: 'Anpfiff Sportwetten',
    category: 'sports_betting',
    creative: {
      kind: 'image',
      imageUrl: 'https://static.example.org/ads/anpfiff-300x250.png',
      clickUrl: 'https://www.example.com/anpfiff',
      alt: 'Anpfiff Sportwetten – 18+, Glücksspiel kann süchtig machen',
    },
    sizes: ['300x250'],
    flightStart: '2026-01-01T00:00:00Z',
    flightEnd: '2027-12-31T23:59:59Z',
    targetSections: [],
    targetTags: [],
    excludedTags: [],
    priority: 10,
    weight: 1,
    licence: 'licensed',
  },
];

/** The sample inventory and campaigns with the default German rules, ready for a demo site. */
export const SAMPLE_AD_CONFIG: AdConfig = { slots: SAMPLE_SLOTS, campaigns: SAMPLE_CAMPAIGNS, settings: DEFAULT_AD_SETTINGS };
