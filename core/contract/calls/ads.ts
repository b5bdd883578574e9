/** Ad inventory, campaigns, settings and the preview's placement/policy result (issue: preview with ad slots). */
export const adCalls = {} as const;
