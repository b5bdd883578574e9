import type { Role } from '../../../core/workflow/index';
import type { ArticleStore } from '../../articles/store/article-store';
import type { SecretBox } from '../../storage/secret-box';
import type { FieldSaver } from '../engine/sync-engine';
import type { LoadMedia } from '../engine/types';
import type { TeamSink } from '../team/team-port';

/** What a host hands the sync domain (see README: the embedded site and the secret box). */
export interface SyncHostOptions {
  /** Electron: the safeStorage box; the web shell: the 0600 file box (the default). */
  secretBox?: SecretBox;
  /** The embedded reference site, registered as the default site. */
  embeddedSite?: { url: string; tokens: Record<Role, string> };
}

/** What the sync service is built from. */
export interface SyncServiceDeps {
  dataDir: string;
  store: ArticleStore;
  articles: FieldSaver;
  secretBox: SecretBox;
  /** The Settings profile's role: the embedded site acts with the token of this role. */
  profileRole: () => Promise<Role>;
  now?: () => Date;
  /** The bytes of a local image (media store), so pushes can upload the images an article uses. */
  loadMedia?: LoadMedia;
  /**
   * Where the team parts of every team site's feed go (threads, inventory, presence, taken and
   * deleted articles, refused ops); wired by backend.ts. Without it only ops are sent.
   */
  team?: TeamSink;
  engineOptions?: { debounceMs?: number; tickMs?: number; pullEveryMs?: number; fetch?: typeof fetch; timeoutMs?: number };
}
