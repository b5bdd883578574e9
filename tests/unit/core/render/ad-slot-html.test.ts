// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../../../core/ads/model';
import type { Placement } from '../../../../core/ads/placement-types';
import { SAMPLE_CAMPAIGNS } from '../../../../core/ads/samples';
import { renderAdSlot } from '../../../../core/render/ad-slot-html';
import { parse, text } from './helpers';

const casino = SAMPLE_CAMPAIGNS.find((c) => c.category === 'casino') as Campaign;
const house = SAMPLE_CAMPAIGNS.find((c) => c.category === 'house') as Campaign;
const base: Placement = { slotId: 'mid', position: { kind: 'afterBlock', blockIndex: 2 }, source: 'rule', size: '300x250', label: '', campaign: casino, reasons: [] };
const slotOf = (p: Placement, lang: 'de' | 'en' = 'de') => parse(renderAdSlot(p, lang)).querySelector('aside.ad-slot')!;

describe('renderAdSlot', () => {
  it('renders the aside with slot id, source, size and the language\'s label', () => {
    const el = slotOf(base);
    expect(el.getAttribute('data-slot-id')).toBe('mid');
    expect(el.getAttribute('data-source')).toBe('rule');
    expect(el.getAttribute('data-size')).toBe('300x250');
    expect(el.getAttribute('aria-label')).toBe('Anzeige');
    expect(el.firstElementChild?.className).toBe('ad-label');
    expect(text(slotOf(base, 'en').querySelector('.ad-label'))).toBe('Advertisement');
  });

  it('frames an HTML creative in its size, with its own script-free CSP inside', () => {
    const frame = slotOf(base).querySelector('iframe')!;
    expect(frame.getAttribute('width')).toBe('300');
    expect(frame.getAttribute('height')).toBe('250');
    expect(frame.getAttribute('title')).toBe('Anzeige: Royal Nord Casino');
    const inner = parse(frame.getAttribute('srcdoc') ?? '');
    expect(inner.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
    expect(text(inner.body)).toContain('Royal Nord Casino');
  });

  it('renders an image creative as a sponsored link without a frame', () => {
    const el = slotOf({ ...base, size: '728x90', campaign: house });
    expect(el.querySelector('iframe')).toBeNull();
    const img = el.querySelector('a.ad-link > img')!;
    expect(img.getAttribute('alt')).toBe(house.creative.kind === 'image' ? house.creative.alt : '');
    expect(img.getAttribute('width')).toBe('728');
  });

  it('keeps an image creative with a bad click URL but drops its link', () => {
    const bad: Campaign = { ...house, creative: { kind: 'image', imageUrl: 'https://a.example/x.png', clickUrl: 'javascript:alert(1)', alt: 'x' } };
    const el = slotOf({ ...base, campaign: bad });
    expect(el.querySelector('a')).toBeNull();
    expect(el.querySelector('img')?.getAttribute('src')).toBe('https://a.example/x.png');
  });
});
