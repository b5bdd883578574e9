import { describe, expect, it } from 'vitest';
import type { StatusHistoryEntry } from '../../../../core/workflow/history';
import { commentItem, statusItem } from '../../../../backend/team/inbox-items';
import { createSuggestion } from '../../../../core/comments/suggestion';

const article = { id: 'a1', headline: 'Hafen wächst' };
const entry = (over: Partial<StatusHistoryEntry>): StatusHistoryEntry => ({
  action: 'publish_now',
  from: 'approved',
  to: 'published',
  actor: { id: 'u1', name: 'Dana Publisher', role: 'publisher' },
  at: '2026-12-02T09:00:00.000Z',
  ...over,
});

describe('inbox lines of status changes', () => {
  it('says an update of a live article is an update, not a second publication', () => {
    const published = statusItem(article, entry({}));
    const updated = statusItem(article, entry({ action: 'update_live', from: 'published' }));
    expect(published.text.en).toBe('Dana Publisher: "Hafen wächst" is now Published.');
    expect(updated.text.en).toBe('Dana Publisher updated the live article "Hafen wächst".');
    expect(updated.text.de).toBe('Dana Publisher hat den Live-Artikel „Hafen wächst“ aktualisiert.');
    expect(updated.id).not.toBe(published.id);
  });

  it('carries the reviewer’s note with a change request, and names an edit after approval', () => {
    const asked = statusItem(article, entry({ action: 'request_changes', from: 'in_review', to: 'changes_requested', note: 'Quelle fehlt', actor: { name: 'Clara Prüferin', role: 'reviewer' } }));
    expect(asked.text.de).toBe('Clara Prüferin fordert Änderungen an „Hafen wächst“: Quelle fehlt');
    const back = statusItem(article, entry({ action: 'return_to_review', from: 'approved', to: 'in_review', actor: { name: 'Anna Editor', role: 'editor' } }));
    expect(back.text.en).toBe('Anna Editor edited "Hafen wächst" after approval: back in review.');
  });
});

describe('inbox lines of suggestions', () => {
  it('says a suggestion suggests, with the change', () => {
    const s = createSuggestion({ kind: 'body', from: 15, to: 22, quote: 'Hamburg' }, { id: 'sugg-in1', author: 'Clara Prüferin', now: new Date('2026-12-02T09:00:00.000Z'), insert: 'Bremen' });
    expect(commentItem(article, s).text).toEqual({
      de: 'Clara Prüferin schlägt eine Änderung vor in „Hafen wächst“: “Hamburg” → “Bremen”',
      en: 'Clara Prüferin suggested a change in "Hafen wächst": “Hamburg” → “Bremen”',
    });
  });
});
