// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { BodyDoc } from '../../../../core/article/body-schema';
import type { Placement } from '../../../../core/ads/placement-types';
import { renderBodyHtml } from '../../../../core/render/body-html';
import { para } from '../ads/fixtures';
import { parse, text } from './helpers';

const opts = { language: 'de' as const, mediaUrl: (id: string) => `/media/${id}` };
const render = (body: BodyDoc, placements: Placement[] = []) => parse(`<div id="b">${renderBodyHtml(body, placements, opts)}</div>`).getElementById('b')!;
const ad = (blockIndex: number | undefined, slotId = `s${blockIndex}`): Placement => ({
  slotId,
  position: { kind: 'afterBlock', blockIndex },
  source: 'rule',
  size: '300x250',
  label: '',
  campaign: null,
  reasons: [],
});

describe('renderBodyHtml', () => {
  it('nests marks consistently and turns hard breaks into <br>', () => {
    const el = render({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a', marks: [{ type: 'italic' }, { type: 'link', attrs: { href: 'mailto:x@example.org' } }, { type: 'bold' }] }, { type: 'hardBreak' }, { type: 'text', text: 'b' }] }],
    });
    expect(el.innerHTML).toBe('<p><a href="mailto:x@example.org" rel="noopener noreferrer"><strong><em>a</em></strong></a><br>b</p>');
  });

  it('skips empty paragraphs and renders ordered lists from their start number', () => {
    const el = render({ type: 'doc', content: [{ type: 'paragraph' }, { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [para('drei')] }] }] });
    expect(el.querySelectorAll('p')).toHaveLength(1);
    expect(el.querySelector('ol')?.getAttribute('start')).toBe('3');
  });

  it('takes figure images from mediaUrl first, an http(s) src second, nothing else', () => {
    const el = render({
      type: 'doc',
      content: [
        { type: 'figure', attrs: { mediaId: 'm1', src: 'https://x.example/a.jpg', alt: 'A', caption: 'Eins' } },
        { type: 'figure', attrs: { src: 'https://x.example/b.jpg', alt: 'B' } },
        { type: 'figure', attrs: { src: 'javascript:alert(1)', caption: 'Nur Text', credit: 'dpa' } },
      ],
    });
    expect([...el.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual(['/media/m1', 'https://x.example/b.jpg']);
    expect(text(el.querySelectorAll('figure')[2])).toBe('Nur Text Bild-Quelle: dpa');
  });

  it('puts in-body ads after their block, clamping positions outside the body', () => {
    const el = render({ type: 'doc', content: [para('eins'), para('zwei')] }, [ad(0), ad(-5, 'before'), ad(99, 'after'), ad(undefined, 'none')]);
    const order = [...el.children].map((c) => c.getAttribute('data-slot-id') ?? text(c));
    expect(order).toEqual(['before', 'eins', 's0', 'zwei', 'after', 'none']);
  });

  it('renders nothing for the ad markers themselves', () => {
    const el = render({ type: 'doc', content: [para('eins'), { type: 'adSlot', attrs: { slotId: 'x' } }] });
    expect(el.children).toHaveLength(1);
  });
});
