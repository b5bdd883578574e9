import { isGambling } from '../../core/ads/model';
import type { adCalls } from '../../core/contract/calls/ads';
import { AppError } from '../../core/contract/result';
import type { BackendDeps, BackendModule } from '../backend-deps';
import { evaluateArticleAds } from '../../core/policy/evaluate-article-ads';

/** ads.* and preview.* calls. */
export function adsModule(deps: BackendDeps): BackendModule<keyof typeof adCalls> {
  const { adConfig, articles, settings } = deps;
  const change = adConfig.update;
  const upsert = <T extends { id: string }>(list: readonly T[], item: T): T[] =>
    list.some((x) => x.id === item.id) ? list.map((x) => (x.id === item.id ? item : x)) : [...list, item];
  const without = <T extends { id: string }>(list: readonly T[], id: string, what: string): T[] => {
    if (!list.some((x) => x.id === id)) throw new AppError('NOT_FOUND', `There is no ${what} with the id "${id}".`);
    return list.filter((x) => x.id !== id);
  };

  return {
    handlers: {
      'ads.config.get': () => adConfig.get(),
      'ads.slots.save': ({ slot }) => change((c) => ({ ...c, slots: upsert(c.slots, slot) })),
      'ads.slots.delete': ({ id }) => change((c) => ({ ...c, slots: without(c.slots, id, 'ad slot') })),
      'ads.campaigns.save': ({ campaign }) => {
        if (isGambling(campaign.category) && campaign.licence === 'unknown') {
          throw new AppError('INVALID_ARGUMENT', 'A gambling campaign needs its German licence status (GGL whitelist): licensed or unlicensed.', [
            { path: ['campaign', 'licence'], message: 'licence status is required for gambling categories' },
          ]);
        }
        return change((c) => ({ ...c, campaigns: upsert(c.campaigns, campaign) }));
      },
      'ads.campaigns.delete': ({ id }) => change((c) => ({ ...c, campaigns: without(c.campaigns, id, 'campaign') })),
      'ads.settings.save': ({ settings: next }) => change((c) => ({ ...c, settings: next })),
      'preview.evaluate': async ({ id, at, fields, measuredDensity }) => {
        const stored = await articles.get(id);
        const article = fields ? { ...stored, ...fields } : stored;
        const { siteTimeZone } = await settings.get();
        const when = at ? new Date(at) : deps.now();
        return evaluateArticleAds(article, await adConfig.get(), when, siteTimeZone, measuredDensity);
      },
    },
  };
}
