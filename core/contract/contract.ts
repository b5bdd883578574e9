import type { z } from 'zod';
import { adCalls } from './calls/ads';
import { appCalls } from './calls/app';
import { articleCalls } from './calls/articles';
import { syncCalls } from './calls/sync';
import { teamCalls } from './calls/team';
import { workflowCalls } from './calls/workflow';

export type { CallSpec } from './call-spec';
export * from './calls/app';
export * from './calls/articles';
export * from './calls/ads';
export * from './calls/workflow';
export * from './calls/sync';
export * from './calls/team';

/**
 * Every call between the UI and the back end. The Electron registrar, the preload bridge,
 * the web shell's HTTP routes and the renderer's client are all generated from this table.
 * Each domain keeps its calls in calls/<domain>.ts; adding a call means adding one entry
 * there and one handler in electron/main/handlers/<domain>.ts.
 */
export const contract = {
  ...appCalls,
  ...articleCalls,
  ...adCalls,
  ...workflowCalls,
  ...syncCalls,
  ...teamCalls,
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallArgs<N extends CallName> = z.input<Contract[N]['args']>;
export type CallResult<N extends CallName> = z.output<Contract[N]['result']>;
export const CALL_NAMES = Object.keys(contract) as CallName[];

export const isCallName = (name: string): name is CallName => Object.prototype.hasOwnProperty.call(contract, name);
