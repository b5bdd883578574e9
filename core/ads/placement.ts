import { adSizeSchema, type AdSlot, type Campaign, DEFAULT_AD_LABEL } from './model';
import { describeBlocks, isRulePositionAllowed, nestedAdSlots, paragraphsBetween, totalWords, type BlockInfo } from './body-blocks';
import { rejectCampaign } from './campaign-eligibility';
import { chooseCampaign } from './campaign-choice';
import { ruleTargets } from './rule-targets';
import type { Placement, PlacementInput, PlacementPosition, PlacementResult, Skipped } from './placement-types';

/**
 * In-body ads allowed for an article of this many words: maxAdsPer1000Words scaled to the
 * length, rounded down, but at least one for any article with text.
 */
export function maxBodyAds(words: number, maxAdsPer1000Words: number): number {
  if (words <= 0 || maxAdsPer1000Words <= 0) return 0;
  return Math.max(1, Math.floor((words * maxAdsPer1000Words) / 1000));
}

const ORDER: Record<PlacementPosition['kind'], number> = { top: 0, afterBlock: 1, end: 2, sidebar: 3 };

/** Page order: top, body ads by block, end, sidebar. */
function byPageOrder(a: { position: PlacementPosition }, b: { position: PlacementPosition }): number {
  return ORDER[a.position.kind] - ORDER[b.position.kind] || (a.position.blockIndex ?? 0) - (b.position.blockIndex ?? 0);
}

function effectiveSlots(input: PlacementInput): AdSlot[] {
  const overrides = new Map((input.overrides ?? []).map((o) => [o.slotId, o]));
  return input.slots.map((slot) => {
    const o = overrides.get(slot.id);
    if (!o) return slot;
    return { ...slot, enabled: o.enabled ?? slot.enabled, position: o.position ?? slot.position };
  });
}

/**
 * Places ads for one article, deterministically: the editor's adSlot markers first (they always
 * stay), then the inventory's rules (top, after paragraph N, every N paragraphs or words, end,
 * sidebar) under the spacing rules, then a campaign for each slot chosen by flight, targeting,
 * exclusions, brand safety, German gambling law, priority and seeded weight.
 */
export function placeAds(input: PlacementInput): PlacementResult {
  const { article, settings, now, seed } = input;
  const skipped: Skipped[] = [];
  if (article.noAds) {
    skipped.push({
      code: 'NO_ADS_ARTICLE',
      slotId: null,
      campaignId: null,
      message: { de: 'Der Artikel ist auf „Keine Werbung“ gestellt.', en: 'The article is set to "No ads".' },
    });
    return { placements: [], skipped };
  }

  const blocks = describeBlocks(article.body);
  const slots = effectiveSlots(input);
  const slotById = new Map(slots.map((s) => [s.id, s]));
  const defaultLabel = DEFAULT_AD_LABEL[article.language];
  const labelOf = (slot: AdSlot | undefined) => slot?.label.trim() || defaultLabel;

  const eligible: Campaign[] = [];
  // By id, so the order campaigns arrive in never changes the page.
  const campaigns = [...input.campaigns].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const campaign of campaigns) {
    const rejection = rejectCampaign(campaign, article, settings, now);
    if (rejection) skipped.push({ ...rejection, slotId: null, campaignId: campaign.id });
    else eligible.push(campaign);
  }

  type Draft = Omit<Placement, 'campaign' | 'size'> & { sizes: string[]; allowedCategories: AdSlot['allowedCategories'] };
  const drafts: Draft[] = [];

  // Manual markers: the editor's choice wins over every rule.
  for (const nested of nestedAdSlots(article.body)) {
    skipped.push({
      code: 'MANUAL_NOT_TOP_LEVEL',
      slotId: typeof nested.slotId === 'string' ? nested.slotId : null,
      campaignId: null,
      blockIndex: nested.blockIndex,
      message: {
        de: 'Ein Werbeplatz innerhalb eines Zitats oder einer Liste wird nicht ausgespielt.',
        en: 'An ad marker inside a quote or list is not shown.',
      },
    });
  }
  article.body.content.forEach((node, index) => {
    if (node.type !== 'adSlot') return;
    const slotId = typeof node.attrs?.slotId === 'string' && node.attrs.slotId ? node.attrs.slotId : 'manual';
    const slot = slotById.get(slotId);
    if (slot && !slot.enabled) {
      skipped.push({
        code: 'SLOT_DISABLED',
        slotId,
        campaignId: null,
        blockIndex: index,
        message: { de: `Werbeplatz „${slot.name}“ ist abgeschaltet.`, en: `Ad slot "${slot.name}" is switched off.` },
      });
      return;
    }
    const reasons = [`manual ad marker at block ${index}`];
    const requested = adSizeSchema.safeParse(node.attrs?.size);
    let sizes = slot?.sizes ?? ['300x250'];
    if (!slot) reasons.push(`slot "${slotId}" is not in the inventory`);
    if (requested.success && (!slot || slot.sizes.includes(requested.data))) sizes = [requested.data];
    else if (requested.success) reasons.push(`size ${requested.data} is not allowed in this slot; using ${sizes.join(', ')}`);
    drafts.push({
      slotId,
      position: { kind: 'afterBlock', blockIndex: index },
      source: 'manual',
      label: labelOf(slot),
      reasons,
      sizes,
      allowedCategories: slot?.allowedCategories ?? [],
    });
  });

  const limit = maxBodyAds(totalWords(blocks), settings.maxAdsPer1000Words);
  const bodyAdAt: number[] = drafts.map((d) => d.position.blockIndex as number);
  for (const slot of slots) {
    if (!slot.enabled) {
      skipped.push({
        code: 'SLOT_DISABLED',
        slotId: slot.id,
        campaignId: null,
        message: { de: `Werbeplatz „${slot.name}“ ist abgeschaltet.`, en: `Ad slot "${slot.name}" is switched off.` },
      });
      continue;
    }
    const base = { slotId: slot.id, source: 'rule' as const, label: labelOf(slot), sizes: slot.sizes, allowedCategories: slot.allowedCategories };
    const kind = slot.position.kind;
    if (kind === 'top' || kind === 'end' || kind === 'sidebar') {
      drafts.push({ ...base, position: { kind }, reasons: [`inventory rule: ${kind}`] });
      continue;
    }
    for (const target of ruleTargets(slot.position, blocks)) {
      const at = firstAllowedFrom(blocks, target);
      const skip = (code: Skipped['code'], de: string, en: string) =>
        skipped.push({ code, slotId: slot.id, campaignId: null, blockIndex: at ?? target, message: { de, en } });
      if (at === null) {
        skip('NO_VALID_POSITION', `Kein zulässiger Platz für „${slot.name}“ nach Block ${target + 1} (nicht neben Zitat, Liste oder Bild).`, `No allowed position for "${slot.name}" after block ${target + 1} (not next to a quote, list or image).`);
        continue;
      }
      const min = settings.minParagraphsBetweenAds;
      if (bodyAdAt.some((other) => other === at || paragraphsBetween(blocks, other, at) < min)) {
        skip('TOO_CLOSE', `„${slot.name}“ wäre näher als ${min} Absätze an einer anderen Anzeige.`, `"${slot.name}" would be closer than ${min} paragraphs to another ad.`);
        continue;
      }
      if (bodyAdAt.length >= limit) {
        skip('MAX_ADS_REACHED', `Höchstzahl von ${limit} Anzeigen im Text für diese Artikellänge erreicht.`, `Maximum of ${limit} in-text ads for this article length reached.`);
        break;
      }
      bodyAdAt.push(at);
      drafts.push({ ...base, position: { kind: 'afterBlock', blockIndex: at }, reasons: [`inventory rule: ${describeRule(slot)}`] });
    }
  }

  drafts.sort(byPageOrder);
  const used = new Set<string>();
  const placements = drafts.map(({ sizes, allowedCategories, ...draft }): Placement => {
    const key = `${seed}|${draft.slotId}|${draft.position.kind}|${draft.position.blockIndex ?? ''}`;
    const choice = chooseCampaign(eligible, sizes, allowedCategories, key, used);
    if (!choice) {
      return { ...draft, size: sizes[0] as string, campaign: null, reasons: [...draft.reasons, 'no eligible campaign for this slot'] };
    }
    used.add(choice.campaign.id);
    return {
      ...draft,
      size: choice.size,
      campaign: choice.campaign,
      reasons: [...draft.reasons, `campaign "${choice.campaign.id}" (priority ${choice.campaign.priority}, weight ${choice.campaign.weight})`],
    };
  });
  return { placements, skipped };
}

function firstAllowedFrom(blocks: readonly BlockInfo[], from: number): number | null {
  for (let i = from; i < blocks.length; i++) if (isRulePositionAllowed(blocks, i)) return i;
  return null;
}

function describeRule(slot: AdSlot): string {
  const p = slot.position;
  if (p.kind === 'afterParagraph') return `after paragraph ${p.paragraph}`;
  if (p.kind === 'everyParagraphs') return `every ${p.paragraphs} paragraphs`;
  if (p.kind === 'everyWords') return `every ${p.words} words`;
  return p.kind;
}
