/** The UI languages the menu speaks. */
export type MenuLanguage = 'de' | 'en';

/** Every menu label, in German and English. Roles get explicit labels: Electron only localises them on macOS. */
export const MENU_LABELS = {
  de: {
    file: 'Datei',
    newArticle: 'Neuer Artikel',
    save: 'Speichern',
    close: 'Fenster schließen',
    quit: 'Beenden',
    edit: 'Bearbeiten',
    undo: 'Rückgängig',
    redo: 'Wiederholen',
    cut: 'Ausschneiden',
    copy: 'Kopieren',
    paste: 'Einfügen',
    selectAll: 'Alles auswählen',
    find: 'Suchen …',
    view: 'Ansicht',
    reload: 'Neu laden',
    toggleDevTools: 'Entwicklerwerkzeuge',
    resetZoom: 'Originalgröße',
    zoomIn: 'Vergrößern',
    zoomOut: 'Verkleinern',
    toggleFullScreen: 'Vollbild',
    window: 'Fenster',
    minimize: 'Minimieren',
    zoom: 'Zoomen',
    help: 'Hilfe',
    about: 'Über Copydesk',
  },
  en: {
    file: 'File',
    newArticle: 'New Article',
    save: 'Save',
    close: 'Close Window',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    find: 'Find…',
    view: 'View',
    reload: 'Reload',
    toggleDevTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Full Screen',
    window: 'Window',
    minimize: 'Minimize',
    zoom: 'Zoom',
    help: 'Help',
    about: 'About Copydesk',
  },
} as const satisfies Record<MenuLanguage, Record<string, string>>;

export type MenuLabels = (typeof MENU_LABELS)[MenuLanguage];

/**
 * The menu's language: COPYDESK_LANG first, then the user's setting, then the OS locale
 * (German for any de-*, English otherwise).
 */
export function menuLanguage(forced: MenuLanguage | null, setting: 'system' | MenuLanguage | undefined, systemLocale: string): MenuLanguage {
  if (forced) return forced;
  if (setting === 'de' || setting === 'en') return setting;
  return systemLocale.toLowerCase().startsWith('de') ? 'de' : 'en';
}
