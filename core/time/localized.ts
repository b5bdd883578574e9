/** A sentence in both UI languages; the UI picks one, logs and the site may show both. */
export interface Localized {
  de: string;
  en: string;
}
