// Draws resources/icons/icon.png (1024x1024): a newsroom page on a blue tile. Pure Node (zlib),
// so the icon can be regenerated anywhere: node resources/icons/generate-icon.mjs
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const SIZE = 1024;
const SS = 4; // supersamples per axis, for smooth edges

/** Shapes painted in order; each: rounded rect [x0, y0, x1, y1, radius, [r, g, b]]. */
const SHAPES = [
  [40, 40, 984, 984, 200, [22, 50, 79]],
  [262, 176, 762, 848, 40, [250, 250, 247]],
  [330, 270, 410, 340, 10, [214, 40, 40]],
  [430, 270, 694, 340, 10, [22, 50, 79]],
  [330, 400, 694, 428, 14, [138, 155, 176]],
  [330, 470, 694, 498, 14, [138, 155, 176]],
  [330, 540, 640, 568, 14, [138, 155, 176]],
  [330, 620, 694, 760, 16, [214, 226, 238]],
];

function inside([x0, y0, x1, y1, r], x, y) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

const rows = Buffer.alloc((SIZE * 4 + 1) * SIZE);
for (let py = 0; py < SIZE; py++) {
  rows[py * (SIZE * 4 + 1)] = 0; // filter: none
  for (let px = 0; px < SIZE; px++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const x = px + (sx + 0.5) / SS;
        const y = py + (sy + 0.5) / SS;
        let color = null;
        for (const shape of SHAPES) if (inside(shape, x, y)) color = shape[5];
        if (color) {
          r += color[0]; g += color[1]; b += color[2]; a += 1;
        }
      }
    }
    const o = py * (SIZE * 4 + 1) + 1 + px * 4;
    if (a > 0) {
      rows[o] = Math.round(r / a); rows[o + 1] = Math.round(g / a); rows[o + 2] = Math.round(b / a);
    }
    rows[o + 3] = Math.round((a / (SS * SS)) * 255);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(rows, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(fileURLToPath(new URL('./icon.png', import.meta.url)), png);
console.log(`icon.png: ${SIZE}x${SIZE}, ${png.length} bytes`);
