import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { mergeLocaleFiles } from './merge-locales';

/**
 * Each feature keeps its strings in resources/locales/<lang>/<feature>.json (one owner per
 * file); they are merged into one translation per language at build time.
 */
const files = import.meta.glob<Record<string, unknown>>('../../../resources/locales/*/*.json', { eager: true, import: 'default' });
export const translations = mergeLocaleFiles(files);

export type UiLanguage = 'de' | 'en';

/**
 * Which language the UI speaks: COPYDESK_LANG (forced) wins, then the choice in the app,
 * then the system's language (German for any de-* locale, English otherwise).
 */
export function pickUiLanguage(forced: UiLanguage | null, chosen: 'system' | UiLanguage, system: string): UiLanguage {
  if (forced) return forced;
  if (chosen !== 'system') return chosen;
  return system.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export async function setupI18n(language: UiLanguage): Promise<i18n> {
  await i18next.use(initReactI18next).init({
    resources: { de: { translation: translations.de ?? {} }, en: { translation: translations.en ?? {} } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  document.documentElement.lang = language;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return i18next;
}

/** Dates as the UI language writes them: 26.08.2016 in German, 26/08/2016 in (British) English, as the typed date fields. */
export function formatDate(iso: string, language: string, withTime = false): string {
  const date = new Date(iso);
  const locale = language === 'de' ? 'de-DE' : 'en-GB';
  const options: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric' };
  if (withTime) Object.assign(options, { hour: '2-digit', minute: '2-digit' });
  return new Intl.DateTimeFormat(locale, options).format(date);
}
