import type { Article } from '../../core/article/article';
import type { CommentReply, CommentThread } from '../../core/comments/thread';
import type { StatusHistoryEntry } from '../../core/workflow/history';
import { STATUS_LABELS } from '../../core/workflow/labels';
import type { PlainRefusal } from '../sync/team/team-port';
import type { NewInboxItem } from './inbox-store';

type About = Pick<Article, 'id' | 'headline'>;
const title = (a: About) => a.headline.trim() || '(ohne Titel)';
const titleEn = (a: About) => a.headline.trim() || '(untitled)';

/** What the line says for actions whose new status alone would mislead ("is now Published" after an update). */
function statusLine(entry: StatusHistoryEntry, de: string, en: string): { de: string; en: string } {
  const who = entry.actor.name;
  const note = entry.note?.trim();
  switch (entry.action) {
    case 'update_live':
      return { de: `${who} hat den Live-Artikel „${de}“ aktualisiert.`, en: `${who} updated the live article "${en}".` };
    case 'return_to_review':
      return { de: `${who} hat „${de}“ nach der Freigabe geändert: zurück in der Prüfung.`, en: `${who} edited "${en}" after approval: back in review.` };
    case 'request_changes':
      return { de: `${who} fordert Änderungen an „${de}“${note ? `: ${note}` : '.'}`, en: `${who} requested changes to "${en}"${note ? `: ${note}` : '.'}` };
    default: {
      const to = STATUS_LABELS[entry.to];
      return { de: `${who}: „${de}“ ist jetzt ${to.de}.`, en: `${who}: "${en}" is now ${to.en}.` };
    }
  }
}

/** Someone moved an article to another status. */
export function statusItem(article: About, entry: StatusHistoryEntry): NewInboxItem {
  return {
    id: `status:${article.id}:${entry.at}:${entry.action}`,
    at: entry.at,
    articleId: article.id,
    headline: article.headline,
    kind: 'status',
    actorName: entry.actor.name,
    text: statusLine(entry, title(article), titleEn(article)),
  };
}

/** The scheduler held a release because required checks failed (for publishers). */
export function heldItem(article: About, entry: StatusHistoryEntry): NewInboxItem {
  return {
    id: `held:${article.id}:${entry.at}`,
    at: entry.at,
    articleId: article.id,
    headline: article.headline,
    kind: 'held',
    actorName: entry.actor.name,
    text: { de: `„${title(article)}“ wurde nicht veröffentlicht: ${entry.note ?? 'Pflichtprüfungen schlagen fehl.'}`, en: `"${titleEn(article)}" was held, not published: required checks fail.` },
  };
}

/** A thread or a reply: who said what, when. */
type Said = Pick<CommentReply, 'id' | 'createdAt' | 'author' | 'text'>;

function saidItem(kind: 'comment' | 'reply', article: About, said: Said, de: string, en: string): NewInboxItem {
  return {
    id: `${kind}:${said.id}`,
    at: said.createdAt,
    articleId: article.id,
    headline: article.headline,
    kind,
    actorName: said.author,
    text: { de: `${said.author} ${de} „${title(article)}“: ${said.text}`, en: `${said.author} ${en} "${titleEn(article)}": ${said.text}` },
  };
}

/** A new thread by someone else (a suggestion says so: its text is the change). */
export const commentItem = (article: About, thread: CommentThread): NewInboxItem =>
  thread.suggestion ? saidItem('comment', article, thread, 'schlägt eine Änderung vor in', 'suggested a change in') : saidItem('comment', article, thread, 'kommentiert', 'commented on');

/** A new reply by someone else. */
export const replyItem = (article: About, reply: CommentReply): NewInboxItem => saidItem('reply', article, reply, 'antwortet zu', 'replied on');

/** The site refused something this person did, for good. */
export function refusedItem(opId: string, article: About, by: string, reason: PlainRefusal, at: Date): NewInboxItem {
  return { id: `refused:${opId}`, at: at.toISOString(), articleId: article.id, headline: article.headline, kind: 'refused', actorName: by, text: { de: reason.de, en: reason.en } };
}

/** The site deleted an article this person worked on. */
export function deletedItem(article: About, deletedAt: string, byName: string): NewInboxItem {
  return {
    id: `deleted:${article.id}:${deletedAt}`,
    at: deletedAt,
    articleId: article.id,
    headline: article.headline,
    kind: 'deleted',
    actorName: byName,
    text: byName
      ? { de: `${byName} hat „${title(article)}“ gelöscht (im Papierkorb wiederherstellbar).`, en: `${byName} deleted "${titleEn(article)}" (it can be restored from the trash).` }
      : { de: `„${title(article)}“ wurde gelöscht (im Papierkorb wiederherstellbar).`, en: `"${titleEn(article)}" was deleted (it can be restored from the trash).` },
  };
}
