import type { CallName } from '../core/contract/contract';
import type { Handlers } from '../core/contract/dispatch';
import type { BackendOptions } from './backend-types';
import type { MediaStore } from './articles/media/media-store';
import type { AdConfigService } from './ads/ad-config-service';
import type { ArticleService } from './articles/article-service';
import type { SettingsService } from './app/settings-service';
import type { ArticleStore } from './articles/store/article-store';

/** The shared services every domain module of the back end may use. */
export interface BackendDeps {
  options: BackendOptions;
  dataDir: string;
  now: () => Date;
  store: ArticleStore;
  articles: ArticleService;
  settings: SettingsService;
  media: MediaStore;
  adConfig: AdConfigService;
  /**
   * True while a connected site publishes scheduled articles itself (the reference site, or
   * WordPress via wp-cron); the app's own scheduler then stands back and shows the site's state.
   */
  sitePublishesOnSchedule(): Promise<boolean>;
}

/** One domain of the back end: the handlers of its calls, and what to stop at shutdown. */
export interface BackendModule<K extends CallName> {
  handlers: Pick<Handlers, K>;
  /** Starts background work (timers), after every module exists. */
  start?(): void;
  close?(): Promise<void>;
}
