import { describe, expect, it } from 'vitest';
import { queryTerms } from '../../../../../backend/articles/search/german-terms';
import { markMatches, snippetOf } from '../../../../../backend/articles/search/text-match';

const marked = (text: string, ranges: Array<[number, number]>) => ranges.map(([a, b]) => text.slice(a, b));

describe('search marks and snippets', () => {
  it('marks every spelling of a German word, by word start while typing', () => {
    const text = 'Die STRASSE, die Straße und der Straßenbau; Müller und Mueller.';
    expect(marked(text, markMatches(text, queryTerms('strasse')))).toEqual(['STRASSE', 'Straße', 'Straßenbau']);
    expect(marked(text, markMatches(text, queryTerms('mueller')))).toEqual(['Müller', 'Mueller']);
  });

  it('cuts a snippet around the first match at word boundaries, with its ranges relative to the snippet', () => {
    const body = `${'Vorher kommt viel Text. '.repeat(20)}Hier spricht der Kämmerer über den Haushalt. ${'Danach noch mehr. '.repeat(20)}`;
    const snippet = snippetOf(body, queryTerms('kammerer haushalt'), 160, true)!;
    expect(snippet.text.startsWith('… ')).toBe(true);
    expect(snippet.text.endsWith(' …')).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(170);
    expect(marked(snippet.text, snippet.ranges)).toEqual(['Kämmerer', 'Haushalt']);
  });

  it('keeps hostile markup as plain text: ranges only point into it', () => {
    const text = '<img src=x onerror=alert(1)> Wahl <script>';
    const snippet = snippetOf(text, queryTerms('wahl'))!;
    expect(snippet.text).toBe(text);
    expect(marked(snippet.text, snippet.ranges)).toEqual(['Wahl']);
  });

  it('finds nothing to show when no word matches', () => {
    expect(snippetOf('Sonne und Wolken.', queryTerms('Regen'))).toBeNull();
  });
});
