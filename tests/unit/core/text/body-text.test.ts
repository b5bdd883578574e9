import { describe, expect, it } from 'vitest';
import type { BodyDoc } from '../../../../core/article/body-schema';
import { bodyPlainText, countWords, readingMinutes } from '../../../../core/text/body-text';

const doc: BodyDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Was sich ändert' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'Die Preise bleiben ' }, { type: 'text', text: 'stabil', marks: [{ type: 'bold' }] }, { type: 'text', text: '.' }] },
    { type: 'blockquote', attrs: { attribution: 'Petra Lange' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Wir halten Wort.' }] }] },
    { type: 'figure', attrs: { caption: 'Der Hafen', credit: 'dpa' } },
  ],
};

describe('body text', () => {
  it('gives one line per block, with quote attributions and captions', () => {
    expect(bodyPlainText(doc).split('\n')).toEqual(['Was sich ändert', 'Die Preise bleiben stabil.', 'Wir halten Wort. Petra Lange', 'Der Hafen']);
  });

  it('counts German words, including umlauts and hyphenated compounds', () => {
    expect(countWords('Die Stadtwerke-Übernahme ist für 12.000 Kunden wichtig.')).toBe(7);
    expect(countWords('')).toBe(0);
  });

  it('estimates reading time at 200 words a minute, at least one minute', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(1500)).toBe(8);
  });
});
