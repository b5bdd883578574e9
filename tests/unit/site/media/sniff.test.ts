import { describe, expect, it } from 'vitest';
import { sniffImageMime } from '../../../../site/media/sniff';

const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('sniffImageMime', () => {
  it('recognises PNG, JPEG, GIF and WebP by their magic bytes', () => {
    expect(sniffImageMime(bytes([0x89], 'PNG\r\n\x1a\n', 'rest'))).toBe('image/png');
    expect(sniffImageMime(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffImageMime(bytes('GIF89a...'))).toBe('image/gif');
    expect(sniffImageMime(bytes('GIF87a...'))).toBe('image/gif');
    expect(sniffImageMime(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe('image/webp');
  });

  it('refuses everything else, including look-alikes and truncated headers', () => {
    expect(sniffImageMime(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffImageMime(bytes('RIFF', [1, 2, 3, 4], 'WAVE'))).toBeNull();
    expect(sniffImageMime(bytes([0x89], 'PN'))).toBeNull();
    expect(sniffImageMime(new Uint8Array())).toBeNull();
  });
});
