import { AppError } from '../../../core/contract/result';
import { referenceSiteKind } from './reference-site/kind';
import type { TargetKind } from './target-kind';
import { wordpressKind } from './wordpress/kind';

/** Every kind of site the app syncs to. A new target: its folder with a kind.ts, and one line here. */
export const TARGET_KINDS = [referenceSiteKind, wordpressKind] as const;

/** A kind's name, as stored in sites.json. */
export type SiteKind = (typeof TARGET_KINDS)[number]['kind'];

/** The names of all kinds. */
export const SITE_KINDS = TARGET_KINDS.map((k) => k.kind) as [SiteKind, ...SiteKind[]];

/** The kind of the embedded site the hosts start (one token per role). */
export const BUILT_IN_KIND: SiteKind = referenceSiteKind.kind;

/** The definition of a kind. */
export function targetKind(kind: string): TargetKind {
  const found = (TARGET_KINDS as readonly TargetKind[]).find((k) => k.kind === kind);
  if (!found) throw new AppError('INVALID_ARGUMENT', `Unknown kind of site: ${kind}`);
  return found;
}
