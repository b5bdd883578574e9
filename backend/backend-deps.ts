import type { CallName } from '../core/contract/contract';
import type { Handlers } from '../core/contract/dispatch';
import type { BackendOptions } from './backend-types';
import type { MediaStore } from './articles/media/media-store';
import type { AdConfigService } from './ads/ad-config-service';
import type { ArticleService } from './articles/article-service';
import type { Trash } from './articles/trash';
import type { SettingsService } from './app/settings-service';
import type { ArticleStore } from './articles/store/article-store';
import type { TeamChannel, TeamSink } from './sync/team/team-port';
import type { ActingActor } from './team/acting-actor';
import type { InboxStore } from './team/inbox-store';
import type { CommentStore } from './workflow/comment-store';
import type { RevisionStore } from './workflow/revision-store';

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
  /** Review comments and kept revisions (the workflow's stores; the team sink writes them too). */
  comments: CommentStore;
  revisions: RevisionStore;
  /** Deleted articles that can be restored. */
  trash: Trash;
  /** This person's notifications. */
  inbox: InboxStore;
  /**
   * True while a connected site publishes scheduled articles itself (the reference site, or
   * WordPress via wp-cron); the app's own scheduler then stands back and shows the site's state.
   */
  sitePublishesOnSchedule(): Promise<boolean>;
  /**
   * Late-bound: the sync module's channel to the connected site (its account, the team outbox,
   * presence). Without a site its account is null and enqueueing does nothing.
   */
  team: TeamChannel;
  /** Late-bound: what the sync engine hands team data to (built by the team module). */
  teamSink: TeamSink;
  /** Who acts: the site's account while one is connected, else the settings profile. */
  actor: ActingActor;
}

/** One domain of the back end: the handlers of its calls, and what to stop at shutdown. */
export interface BackendModule<K extends CallName> {
  handlers: Pick<Handlers, K>;
  /** Starts background work (timers), after every module exists. */
  start?(): void;
  close?(): Promise<void>;
}
