/** The sync state of one article in the list ("Synced", "Pending", "Conflict", "Failed: …"). */
export function SyncBadge(_props: { articleId: string }) {
  return null;
}
