import { isGambling, type AdConfig } from '../../core/ads/model';
import type { adCalls } from '../../core/contract/calls/ads';
import { AppError } from '../../core/contract/result';
import type { SiteAdKind } from '../../core/sync/reference-site-api';
import type { BackendDeps, BackendModule } from '../backend-deps';
import { evaluateArticleAds } from '../../core/policy/evaluate-article-ads';
import { refusal } from '../team/acting-actor';
import { tellTeam } from '../team/tell-team';

/** ads.* and preview.* calls. */
export function adsModule(deps: BackendDeps): BackendModule<keyof typeof adCalls> {
  const { adConfig, articles, settings } = deps;
  const upsert = <T extends { id: string }>(list: readonly T[], item: T): T[] =>
    list.some((x) => x.id === item.id) ? list.map((x) => (x.id === item.id ? item : x)) : [...list, item];
  const without = <T extends { id: string }>(list: readonly T[], id: string, what: string): T[] => {
    if (!list.some((x) => x.id === id)) throw new AppError('NOT_FOUND', `There is no ${what} with the id "${id}".`);
    return list.filter((x) => x.id !== id);
  };

  /**
   * One inventory write: while a site is connected only a publisher may make it (the site keeps
   * the one inventory), and it travels as the document put or deleted.
   */
  async function change(edit: (config: AdConfig) => AdConfig, travel: { adKind: SiteAdKind; adId: string; doc: (saved: AdConfig) => unknown | null }): Promise<AdConfig> {
    const actor = await deps.actor.current();
    if (deps.actor.connected() && actor.role !== 'publisher') {
      throw refusal('Only publishers change the ad inventory; it is the site’s and shared by the team.', 'Nur Veröffentlicher ändern das Anzeigen-Inventar; es gehört der Website und dem ganzen Team.');
    }
    const saved = await adConfig.update(edit);
    const doc = travel.doc(saved);
    const { adKind, adId } = travel;
    await tellTeam(deps.team, doc === null ? { kind: 'ad.delete', adKind, adId } : { kind: 'ad.put', adKind, adId, doc }, actor);
    return saved;
  }

  return {
    handlers: {
      'ads.config.get': () => adConfig.get(),
      'ads.slots.save': ({ slot }) =>
        change((c) => ({ ...c, slots: upsert(c.slots, slot) }), { adKind: 'slots', adId: slot.id, doc: (c) => c.slots.find((s) => s.id === slot.id) }),
      'ads.slots.delete': ({ id }) => change((c) => ({ ...c, slots: without(c.slots, id, 'ad slot') }), { adKind: 'slots', adId: id, doc: () => null }),
      'ads.campaigns.save': ({ campaign }) => {
        if (isGambling(campaign.category) && campaign.licence === 'unknown') {
          throw new AppError('INVALID_ARGUMENT', 'A gambling campaign needs its German licence status (GGL whitelist): licensed or unlicensed.', [
            { path: ['campaign', 'licence'], message: 'licence status is required for gambling categories' },
          ]);
        }
        return change((c) => ({ ...c, campaigns: upsert(c.campaigns, campaign) }), {
          adKind: 'campaigns',
          adId: campaign.id,
          doc: (c) => c.campaigns.find((x) => x.id === campaign.id),
        });
      },
      'ads.campaigns.delete': ({ id }) => change((c) => ({ ...c, campaigns: without(c.campaigns, id, 'campaign') }), { adKind: 'campaigns', adId: id, doc: () => null }),
      'ads.settings.save': ({ settings: next }) => change((c) => ({ ...c, settings: next }), { adKind: 'settings', adId: 'default', doc: (c) => c.settings }),
      'preview.evaluate': async ({ id, at, fields }) => {
        const stored = await articles.get(id);
        const article = fields ? { ...stored, ...fields } : stored;
        const { siteTimeZone } = await settings.get();
        const when = at ? new Date(at) : deps.now();
        return evaluateArticleAds(article, await adConfig.get(), when, siteTimeZone);
      },
    },
  };
}
