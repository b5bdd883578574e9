import { type AdConfig, type AdSlot, type Campaign, DEFAULT_AD_SETTINGS } from './model';

/** Sample creatives are inline SVG, so a new installation shows its sample ads without the network. */
const svgCreative = (svg: string): string => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

const HOUSE_AD_728x90 = svgCreative(
  '<svg xmlns="http://www.w3.org/2000/svg" width="728" height="90" viewBox="0 0 728 90">' +
    '<rect width="728" height="90" fill="#b3121f"/>' +
    '<text x="32" y="42" font-family="Georgia,serif" font-size="26" font-weight="700" fill="#fff">Copydesk News – die App</text>' +
    '<text x="32" y="70" font-family="sans-serif" font-size="16" fill="#fde8e8">Eilmeldungen, Lokales, Sport: jetzt kostenlos laden</text>' +
    '<rect x="560" y="26" width="140" height="38" rx="19" fill="#fff"/>' +
    '<text x="630" y="51" text-anchor="middle" font-family="sans-serif" font-size="16" font-weight="700" fill="#b3121f">Laden</text></svg>',
);

const SPORTS_AD_300x250 = svgCreative(
  '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="250" viewBox="0 0 300 250">' +
    '<rect width="300" height="250" fill="#0f5132"/>' +
    '<circle cx="240" cy="60" r="34" fill="#fff" opacity=".15"/>' +
    '<text x="24" y="70" font-family="sans-serif" font-size="28" font-weight="800" fill="#fff">Anpfiff</text>' +
    '<text x="24" y="100" font-family="sans-serif" font-size="20" fill="#d1f2e0">Sportwetten</text>' +
    '<text x="24" y="160" font-family="sans-serif" font-size="15" fill="#fff">Bundesliga live wetten</text>' +
    '<text x="24" y="222" font-family="sans-serif" font-size="11" fill="#d1f2e0">18+ | Glücksspiel kann süchtig machen | buwei.de</text></svg>',
);

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
      imageUrl: HOUSE_AD_728x90,
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
      imageUrl: SPORTS_AD_300x250,
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
