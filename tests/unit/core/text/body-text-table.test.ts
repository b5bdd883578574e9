import { describe, expect, it } from 'vitest';
import { bodyPlainText, countWords } from '../../../../core/text/body-text';
import { bodyWithTable } from '../article/table-fixture';

describe('body text of a table', () => {
  it('gives one line per row with the cells apart, never "Zelle 1Zelle 2"', () => {
    expect(bodyPlainText(bodyWithTable).split('\n')).toEqual(['Das Ergebnis:', 'Partei | Prozent', 'CDU | 30,2', '<script>alert(1)</script> |', 'Vorläufiges Ergebnis', 'Danach.']);
  });

  it('counts the words of the cells', () => {
    expect(countWords(bodyPlainText(bodyWithTable))).toBe(13);
  });
});
