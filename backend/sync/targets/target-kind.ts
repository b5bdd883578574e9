import type { z } from 'zod';
import type { siteInputSchema } from '../../../core/contract/calls/sync';
import type { SyncTarget } from '../../../core/sync/sync-target';
import type { SyncedBase } from '../engine/sync-engine';
import type { LoadMedia } from '../engine/types';

/** What "add site" sends (the sites.add input of the contract), per kind. */
export type SiteInput = z.infer<typeof siteInputSchema>;
/** The kinds the contract knows. */
export type SiteInputKind = SiteInput['kind'];

/** What every kind may build its target with: the host's HTTP settings and the local images. */
export interface TargetDeps {
  fetch?: typeof fetch;
  timeoutMs?: number;
  loadMedia?: LoadMedia;
  /** The article as last synced with this site: what a target reads the fields it cannot hold from. */
  syncedBase?: (articleId: string) => Promise<SyncedBase | null>;
  /** What the target kept of its own in the site's sync folder (e.g. WordPress's media mapping), as saved last. */
  savedState?: unknown;
  /** Keeps the target's own state durably in the site's sync folder, for the next start. */
  saveState?: (state: unknown) => void;
}

/** A stored site as its kind sees it: the address, the account name and the kind's own settings. */
export interface TargetSite<O> {
  url: string;
  user: string;
  options: O | undefined;
}

/** The opened credentials, or a function opening them now (asked before every request). */
export type Secret = string | (() => Promise<string>);

/** What "add site" makes of an input: the secret to seal and the record's kind-specific parts. */
export interface SiteFromInput<O> {
  secret: string;
  /** The account name to store ('' to take the one the site reports). */
  user: string;
  options?: O;
}

/**
 * One kind of site the app syncs to. The service knows kinds only through this; the registry
 * lists them. `O` is the kind's own settings, kept in sites.json under the kind's name.
 */
export interface TargetKind<K extends SiteInputKind = SiteInputKind, O = unknown> {
  readonly kind: K;
  /** The kind's settings as stored with the site (none when undefined). */
  readonly optionsSchema?: z.ZodType<O>;
  /** The engine uploads the images an article uses before pushing it (else the target does it itself). */
  readonly uploadsMediaBeforePush: boolean;
  /**
   * The target asks for its secret before every request (then the built-in site's token follows
   * the profile's role); otherwise it gets it opened once, when it is built.
   */
  readonly secretPerRequest: boolean;
  /** Checks and normalises an "add site" input of this kind. */
  fromInput(input: Extract<SiteInput, { kind: K }>): SiteFromInput<O>;
  /** Builds the target of a site (the probe of "add site" too). */
  createTarget(site: TargetSite<O>, secret: Secret, deps: TargetDeps): SyncTarget;
}

/** Declares a kind (checks it against TargetKind, keeps its literal kind). */
export const defineTargetKind = <K extends SiteInputKind, O>(kind: TargetKind<K, O>): TargetKind<K, O> => kind;
