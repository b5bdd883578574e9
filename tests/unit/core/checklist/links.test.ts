import { describe, expect, it } from 'vitest';
import { bodyLinks, isValidHttpUrl } from '../../../../core/checklist/links';
import { linkPara, para } from './article-fixture';

describe('links', () => {
  it('collects link targets in document order, including nested ones', () => {
    const doc = {
      type: 'doc' as const,
      content: [linkPara('a', 'https://a.example'), para('kein Link'), { type: 'bulletList', content: [{ type: 'listItem', content: [linkPara('b', 'http://b.example')] }] }],
    };
    expect(bodyLinks(doc)).toEqual(['https://a.example', 'http://b.example']);
  });

  it('accepts absolute http(s) URLs only', () => {
    expect(isValidHttpUrl('https://www.example.de/artikel?id=1#x')).toBe(true);
    expect(isValidHttpUrl('http://example.de')).toBe(true);
    for (const bad of ['', '/pfad', 'www.example.de', 'mailto:a@b.de', 'javascript:alert(1)', 'https://', 'https://exa mple.de', ' https://example.de']) {
      expect(isValidHttpUrl(bad), bad).toBe(false);
    }
  });
});
