import path from 'node:path';
import { forcedLanguage } from '../../host-common/data-paths';

/** How this launch is configured, read from the environment before the app is ready. */
export interface HostConfig {
  /** The articles, settings and media: COPYDESK_DATA_DIR or <userData>/data. */
  dataDir: string;
  /** COPYDESK_LANG=de|en, else null. */
  forcedLanguage: 'de' | 'en' | null;
  /**
   * COPYDESK_PROFILE_DIR replaces Electron's userData (Chromium profile, window state, the
   * single-instance lock), so tests can run beside a user's own Copydesk.
   */
  profileDir: string | null;
}

/** COPYDESK_PROFILE_DIR, resolved; needed before 'ready', before the rest can be read. */
export function profileDirFromEnv(env: NodeJS.ProcessEnv): string | null {
  return env.COPYDESK_PROFILE_DIR ? path.resolve(env.COPYDESK_PROFILE_DIR) : null;
}

/** Reads the host configuration; `userDataDir` is app.getPath('userData') after any profile override. */
export function readHostConfig(env: NodeJS.ProcessEnv, userDataDir: string): HostConfig {
  return {
    dataDir: env.COPYDESK_DATA_DIR ? path.resolve(env.COPYDESK_DATA_DIR) : path.join(userDataDir, 'data'),
    forcedLanguage: forcedLanguage(env),
    profileDir: profileDirFromEnv(env),
  };
}
