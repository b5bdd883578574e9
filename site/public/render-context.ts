import type { RenderContext } from '../../core/render/index';
import type { SiteIdentity } from '../context';
import { mediaPath, tagPath } from './urls';

/** Path of the theme stylesheet the pages link to. */
export const THEME_CSS_PATH = '/theme/site.css';

/** The renderer's context for one request at `now`. */
export function renderContextFor(identity: SiteIdentity, now: Date): RenderContext {
  return {
    siteName: identity.siteName,
    siteLanguage: identity.siteLanguage === 'en' ? 'en' : 'de',
    timeZone: identity.timeZone,
    now,
    mediaUrl: mediaPath,
    tagUrl: tagPath,
    themeCssHref: THEME_CSS_PATH,
  };
}
