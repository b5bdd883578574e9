import { blockingItems } from '../../core/checklist/index';
import { NOTE_MAX_LENGTH, SYSTEM_ACTOR, type DueTransition } from '../../core/workflow/index';
import { checklistFor } from '../articles/checklist';
import type { SiteArticle } from '../articles/site-article';
import type { SiteExecutor } from '../db/schema';
import { transitionArticle } from '../workflow/transitions';

/** The German note of a held release: every failing required item, one after the other. */
export function holdNote(failing: ReadonlyArray<{ message: { de: string } }>): string {
  const note = `Automatische Veröffentlichung angehalten. Pflichtprüfungen schlagen fehl: ${failing.map((i) => i.message.de).join(' ')}`;
  return note.length <= NOTE_MAX_LENGTH ? note : `${note.slice(0, NOTE_MAX_LENGTH - 1)}…`;
}

/**
 * The article after the scheduler's due action. Before publishing, core's required checklist
 * runs on the stored article, as for publish_now; when an item fails the release is held
 * (auto_hold: back to approved, with a note listing what fails) instead of going out.
 */
export async function applyDueAction(trx: SiteExecutor, current: SiteArticle, due: DueTransition, now: Date): Promise<SiteArticle> {
  if (due.action !== 'auto_publish') return transitionArticle(current, due.action, SYSTEM_ACTOR, now, {});
  const checklist = await checklistFor(trx, current);
  const failing = blockingItems(checklist);
  if (failing.length) return transitionArticle(current, 'auto_hold', SYSTEM_ACTOR, now, { note: holdNote(failing) });
  return transitionArticle(current, 'auto_publish', SYSTEM_ACTOR, now, { checklist });
}
