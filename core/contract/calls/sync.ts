/** Sites (sync targets), sync status and conflicts (issue: sync to the site). */
export const syncCalls = {} as const;
