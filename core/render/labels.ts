/** The page's fixed words, by site language. */
export const PAGE_TEXT = {
  de: {
    adLabel: 'Anzeige',
    by: 'Von',
    on: 'am',
    imageCredit: 'Bild-Quelle:',
    tags: 'Tags:',
    source: 'Quelle:',
    correctionOf: 'Korrektur vom',
    noArticles: 'Noch keine Artikel.',
    tagTitle: 'Artikel zum Thema',
    latest: 'Aktuelle News',
    home: 'Startseite',
  },
  en: {
    adLabel: 'Advertisement',
    by: 'By',
    on: '',
    imageCredit: 'Image source:',
    tags: 'Tags:',
    source: 'Source:',
    correctionOf: 'Correction of',
    noArticles: 'No articles yet.',
    tagTitle: 'Articles tagged',
    latest: 'Latest news',
    home: 'Home',
  },
} as const;

export type PageText = (typeof PAGE_TEXT)['de' | 'en'];

/** The page words for a site language; anything but 'en' gets German, the site's default. */
export const pageText = (language: string): PageText => (language === 'en' ? PAGE_TEXT.en : PAGE_TEXT.de);
