import type { FastifyInstance } from 'fastify';
import type { SiteContext } from '../context';
import { registerAdRoutes } from './ads-routes';
import { registerArticleDeletionRoutes } from './article-deletion-routes';
import { registerArticleRoutes } from './articles-routes';
import { registerChangesRoutes } from './changes-routes';
import { registerCommentRoutes } from './comments-routes';
import { registerMediaRoutes } from './media-routes';
import { registerMeRoutes } from './me-routes';
import { registerPresenceRoutes } from './presence-routes';
import { registerTagRoutes } from './tags-routes';

/** Every route of the /api/v1 sync API (site/README.md lists them). */
export async function registerApi(app: FastifyInstance, site: SiteContext): Promise<void> {
  registerMeRoutes(app, site);
  registerArticleRoutes(app, site);
  registerArticleDeletionRoutes(app, site);
  registerCommentRoutes(app, site);
  registerPresenceRoutes(app, site);
  registerChangesRoutes(app, site);
  registerTagRoutes(app, site);
  registerAdRoutes(app, site);
  await registerMediaRoutes(app, site);
}
