import type { AdSlot, SlotOverride, SlotPosition } from '../../../core/ads/model';

const samePosition = (a: SlotPosition, b: SlotPosition): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The slot as this article gets it: its inventory settings with the article's override applied. */
export function effectiveSlot(slot: AdSlot, overrides: readonly SlotOverride[]): { enabled: boolean; position: SlotPosition; overridden: boolean } {
  const o = overrides.find((x) => x.slotId === slot.id);
  return { enabled: o?.enabled ?? slot.enabled, position: o?.position ?? slot.position, overridden: !!o };
}

/**
 * The article's overrides after switching `slot` on or off or moving it. Values equal to the
 * inventory are dropped, so an override exists only while it changes something.
 */
export function withOverride(overrides: readonly SlotOverride[], slot: AdSlot, change: { enabled?: boolean; position?: SlotPosition }): SlotOverride[] {
  const current = effectiveSlot(slot, overrides);
  const enabled = change.enabled ?? current.enabled;
  const position = change.position ?? current.position;
  const next: SlotOverride = { slotId: slot.id };
  if (enabled !== slot.enabled) next.enabled = enabled;
  if (!samePosition(position, slot.position)) next.position = position;
  const rest = overrides.filter((o) => o.slotId !== slot.id);
  return next.enabled === undefined && next.position === undefined ? rest : [...rest, next];
}

/** Drops the override of one slot (back to the inventory's settings). */
export const withoutOverride = (overrides: readonly SlotOverride[], slotId: string): SlotOverride[] => overrides.filter((o) => o.slotId !== slotId);
