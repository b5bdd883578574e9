/** Tables of the team protocol (docs/team-sync.md): ad documents, comment threads, replies, presence. */

export interface AdDocumentsTable {
  kind: string;
  id: string;
  /** The document as JSON; `null` (as JSON) once deleted. */
  doc: string;
  updated_at: string;
  change_seq: number;
  deleted_at: string | null;
}

export interface CommentThreadsTable {
  id: string;
  article_id: string;
  /** The account that opened the thread: a retry by it is a replay, anyone else's is a conflict. */
  author_id: string;
  change_seq: number;
  updated_at: string;
  /** core's CommentThread as JSON. */
  doc: string;
}

export interface CommentRepliesTable {
  id: string;
  thread_id: string;
  author_id: string;
  created_at: string;
}

export interface PresenceTable {
  article_id: string;
  user_id: string;
  name: string;
  until: string;
}
