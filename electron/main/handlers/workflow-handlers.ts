import type { workflowCalls } from '../../../core/contract/calls/workflow';
import type { BackendDeps, BackendModule } from '../backend-deps';

/** workflow.*, comments.*, revisions.* and schedule calls, plus the local scheduler. */
export function workflowModule(_deps: BackendDeps): BackendModule<keyof typeof workflowCalls> {
  return { handlers: {} };
}
