import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');

/**
 * Where a spec's screenshot goes: docs/screenshots/ when COPYDESK_SCREENSHOTS=1 (taking the
 * pictures for the docs on purpose), test-results/screenshots/ otherwise, so `npm test` never
 * rewrites tracked files.
 */
export function docShot(name: string): string {
  const dir = process.env.COPYDESK_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots';
  return path.join(root, dir, name);
}
