import type { ChecklistItem } from '../../core/checklist/items';
import { NOTE_MAX_LENGTH } from '../../core/workflow/history';

/** The note of an auto_hold, in German (the site's language): which required checks fail. */
export function heldNote(blocking: readonly ChecklistItem[]): string {
  const note = `Veröffentlichung angehalten, Pflichtprüfungen schlagen fehl: ${blocking.map((i) => i.message.de).join(' ')}`;
  return note.length > NOTE_MAX_LENGTH ? `${note.slice(0, NOTE_MAX_LENGTH - 1)}…` : note;
}
