/** Workflow, review comments, revisions, checklist and schedule (issue: editorial workflow). */
export const workflowCalls = {} as const;
