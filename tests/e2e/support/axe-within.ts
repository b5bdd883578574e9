import { createRequire } from 'node:module';
import type { Locator } from '@playwright/test';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Serious and critical axe-core violations inside one element (needs `bypassCSP: true`, like seriousViolations). */
export async function seriousViolationsWithin(target: Locator): Promise<string[]> {
  await target.page().addScriptTag({ path: axePath });
  const violations = await target.evaluate(async (el) => {
    const axe = (window as unknown as { axe: { run(ctx: Element, opts: object): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe;
    return (await axe.run(el, { resultTypes: ['violations'] })).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}) ×${v.nodes.length}`);
}
