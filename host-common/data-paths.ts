import os from 'node:os';
import path from 'node:path';

/**
 * The default data directory, the same one Electron's app.getPath('userData') + '/data' gives,
 * computed without Electron so that the web shell and the desktop app open the same articles.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.COPYDESK_DATA_DIR) return path.resolve(env.COPYDESK_DATA_DIR);
  const home = os.homedir();
  const base =
    platform === 'win32'
      ? (env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? path.join(home, '.config'));
  return path.join(base, 'Copydesk', 'data');
}

/** COPYDESK_LANG=de|en forces the UI language; anything else is ignored. */
export function forcedLanguage(env: NodeJS.ProcessEnv = process.env): 'de' | 'en' | null {
  const lang = env.COPYDESK_LANG?.toLowerCase();
  return lang === 'de' || lang === 'en' ? lang : null;
}
