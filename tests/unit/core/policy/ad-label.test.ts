import { describe, expect, it } from 'vitest';
import { checkAdLabels } from '../../../../core/policy/ad-label';
import { sampleArticle } from '../ads/fixtures';
import { at, ctx, result } from './helpers';

describe('checkAdLabels', () => {
  const article = sampleArticle();
  it('accepts "Anzeige", "Werbung" and "Advertisement"', () => {
    expect(checkAdLabels(result(at(0, null, { label: 'Anzeige' }), at(3, null, { label: 'Werbung' }), at(5, null, { label: 'Advertisement' })), article, ctx())).toEqual([]);
  });
  it('flags a missing label as an error naming the slot, in German and English', () => {
    const [finding, ...rest] = checkAdLabels(result(at(0), at(3, null, { label: '  ' })), article, ctx());
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ code: 'AD_LABEL_MISSING', severity: 'error', slotId: 's3' });
    expect(finding?.message.de).toContain('Anzeige');
    expect(finding?.message.en).toContain('label');
  });
  it('warns about a label readers may not take for advertising', () => {
    expect(checkAdLabels(result(at(0, null, { label: 'Tipp der Redaktion' })), article, ctx())[0]).toMatchObject({ code: 'AD_LABEL_UNCLEAR', severity: 'warning' });
  });
});
