import { useTranslation } from 'react-i18next';
import type { Localized } from '../../../core/time/localized';

/** The UI language as core's labels and date patterns name it. */
export function useUiLang(): 'de' | 'en' {
  const { i18n } = useTranslation();
  return i18n.language?.startsWith('de') ? 'de' : 'en';
}

export const pick = (text: Localized, lang: 'de' | 'en') => text[lang];

/** A refusal in the UI language: the back end's German text (details.messageDe) when the UI speaks German. */
export function refusalText(error: { message: string; details?: unknown }, lang: 'de' | 'en'): string {
  const de = (error.details as { messageDe?: unknown } | undefined)?.messageDe;
  return lang === 'de' && typeof de === 'string' && de ? de : error.message;
}
