import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

/**
 * The app's root folder (the one with package.json) above a module: the same from the sources
 * (web-shell/main.ts, run by tsx) and from the bundle (build/web-shell/main.mjs).
 */
export function appRootAbove(moduleUrl: string): string {
  let dir = path.dirname(fileURLToPath(moduleUrl));
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}
