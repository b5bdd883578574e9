import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { installErrorHandling } from './api/errors';
import { installJsonBodyLimits, JSON_BODY_LIMIT } from './api/json-body';
import { registerApi } from './api/register-api';
import type { Clock } from './clock';
import type { SiteContext, SiteIdentity } from './context';
import type { OpenDatabase } from './db/connect';
import { installHostCheck } from './host-check';
import { startHousekeeping } from './housekeeping';
import { registerAssetRoutes } from './public/asset-routes';
import { registerFeedRoutes } from './public/feed-routes';
import { registerPageRoutes } from './public/page-routes';
import { installSecurityHeaders } from './public/security-headers';
import { createScheduler, type SiteScheduler } from './scheduler/scheduler';

export const DEFAULT_IDENTITY: SiteIdentity = {
  siteName: 'Copydesk News',
  siteUrl: 'http://127.0.0.1:4400',
  siteLanguage: 'de',
  timeZone: 'Europe/Berlin',
};

export interface SiteServerOptions {
  db: OpenDatabase;
  clock: Clock;
  /** true for Fastify's default logger, a logger instance, or nothing (silent). */
  logger?: boolean | FastifyBaseLogger;
  identity?: Partial<SiteIdentity>;
  /** Host headers accepted besides the site URL's host and loopback on the listening port (COPYDESK_SITE_HOSTS). */
  allowedHosts?: readonly string[];
  /** Scheduler tick in ms (default 1000); false runs no timer (tests call `siteScheduler.tick()`). */
  schedulerIntervalMs?: number | false;
}

/** The site server: Fastify with the scheduler attached, which starts when the server is ready and stops on close. */
export type SiteServer = FastifyInstance & { siteScheduler: SiteScheduler };

/**
 * Builds the reference site: public pages, feed, sitemap, media, the /api/v1 sync API and the
 * publishing scheduler. Call `listen` to serve, or `inject` in tests. Closing the server stops
 * the scheduler but leaves the database open (its owner closes it).
 */
export async function createSiteServer(options: SiteServerOptions): Promise<SiteServer> {
  const logger = options.logger ?? false;
  const app = Fastify({
    ...(typeof logger === 'boolean' ? { logger } : { loggerInstance: logger }),
    bodyLimit: JSON_BODY_LIMIT,
    // JSON carrying __proto__ or constructor.prototype is refused, never merged into objects.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
  });
  const site: SiteContext = { db: options.db, clock: options.clock, identity: { ...DEFAULT_IDENTITY, ...options.identity } };
  const scheduler = createScheduler({
    db: options.db,
    clock: options.clock,
    intervalMs: options.schedulerIntervalMs || undefined,
    onError: (err) => app.log.error({ err }, 'scheduler tick failed'),
  });

  installErrorHandling(app);
  installHostCheck(app, site.identity.siteUrl, options.allowedHosts ?? []);
  installSecurityHeaders(app);
  installJsonBodyLimits(app);
  await registerApi(app, site);
  registerPageRoutes(app, site);
  registerFeedRoutes(app, site);
  registerAssetRoutes(app, site);

  let stopHousekeeping = () => {};
  if (options.schedulerIntervalMs !== false) {
    app.addHook('onReady', async () => {
      scheduler.start();
      stopHousekeeping = startHousekeeping(options.db, options.clock, (err) => app.log.error({ err }, 'pruning idempotency records failed'));
    });
  }
  app.addHook('onClose', async () => {
    stopHousekeeping();
    await scheduler.stop();
  });
  return Object.assign(app as FastifyInstance, { siteScheduler: scheduler });
}
