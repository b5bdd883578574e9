import { describe, expect, it } from 'vitest';
import { newArticleFields, type Article } from '../../../../../core/article/article';
import { damagedSummary, summarize } from '../../../../../backend/articles/store/article-summary';

const article: Article = {
  ...newArticleFields('de', 'Lokales'),
  id: 'summary-1',
  rev: 4,
  bodySchema: 1,
  status: 'in_review',
  schedule: null,
  statusHistory: [],
  createdAt: '2026-01-01T08:00:00.000Z',
  updatedAt: '2026-01-02T09:30:00.000Z',
  headline: 'Neue Brücke eröffnet',
  tags: ['Verkehr'],
  body: {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Zwei Wörter' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Die Brücke ist fertig.' }] },
      { type: 'blockquote', attrs: { attribution: 'Bürgermeisterin' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Endlich!' }] }] },
    ],
  },
};

describe('summarize', () => {
  it('carries what the list shows and counts body words including quotes and their attribution', () => {
    expect(summarize(article)).toEqual({
      id: 'summary-1',
      rev: 4,
      headline: 'Neue Brücke eröffnet',
      teaser: '',
      section: 'Lokales',
      author: '',
      tags: ['Verkehr'],
      slug: '',
      language: 'de',
      status: 'in_review',
      updatedAt: '2026-01-02T09:30:00.000Z',
      wordCount: 8,
      damaged: null,
    });
  });
});

describe('damagedSummary', () => {
  it('marks the entry damaged with the reason and whether a backup can be restored', () => {
    const summary = damagedSummary('broken-1', 'not valid JSON', true, new Date('2026-03-04T05:06:07Z'));
    expect(summary).toMatchObject({ id: 'broken-1', updatedAt: '2026-03-04T05:06:07.000Z', damaged: { reason: 'not valid JSON', hasBackup: true } });
  });
});
