import { describe, expect, it } from 'vitest';
import { articleQuotesOrCites, textQuotesOrCites } from '../../../../core/checklist/quotes';

describe('quotation and citation detection', () => {
  it.each([
    '„Das ist ein guter Tag“, so der Minister.',
    'Er nannte es "einen Durchbruch".',
    'Sie sprach von “Chaos”.',
    'Ein »historischer« Moment.',
    'Die Polizei sagte am Abend, es gebe keine Verletzten.',
    'Laut Polizei gab es keine Verletzten.',
    'Dem Bericht zufolge sinken die Preise.',
    'According to the police, nobody was hurt.',
  ])('detects: %s', (text) => {
    expect(textQuotesOrCites(text)).toBe(true);
  });

  it.each([
    'Der Stadtrat beschließt einen Radweg.',
    'Die Musik war sehr laut.',
    'Es gibt keine Aussage zur Lautstärke.',
    "Peter's Café öffnet wieder.",
  ])('does not flag: %s', (text) => {
    expect(textQuotesOrCites(text)).toBe(false);
  });

  it('treats a blockquote in the body as a quotation even without quote marks', () => {
    const body = {
      type: 'doc' as const,
      content: [{ type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Wir schaffen das.' }] }] }],
    };
    expect(articleQuotesOrCites(body, 'Wir schaffen das.')).toBe(true);
    expect(articleQuotesOrCites({ type: 'doc', content: [] }, 'Wir schaffen das.')).toBe(false);
  });
});
