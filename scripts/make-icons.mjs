// Draws the toolbar and store icons (idle and "focus block running") as PNGs, with no dependencies.
// Run: node scripts/make-icons.mjs  (writes public/icons/*.png)
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
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

/** Encodes RGBA pixels as a PNG. */
function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel(x + 0.5, y + 0.5), 1 + x * 4);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const clamp = (v) => Math.max(0, Math.min(1, v));
const mix = (a, b, t) => a.map((v, i) => Math.round(v + (b[i] - v) * t));

/**
 * A disc (the "head") with a horizontal visor band: idle is a slate disc with a white band;
 * focusing is an amber disc with a dark band and a solid dot, so the state reads at 16 px.
 */
function icon(size, focusing) {
  const bg = focusing ? [245, 158, 11, 255] : [51, 65, 85, 255];
  const band = focusing ? [17, 24, 39, 255] : [255, 255, 255, 255];
  const c = size / 2;
  const r = size * 0.47;
  const aa = 1; // one pixel of anti-aliasing
  return png(size, (x, y) => {
    const d = Math.hypot(x - c, y - c);
    const inDisc = clamp((r - d) / aa + 0.5);
    if (inDisc <= 0) return [0, 0, 0, 0];
    const bandHalf = size * 0.11;
    const bandLeft = c - r * 0.62;
    const bandRight = c + r * 0.62;
    const inBand =
      clamp((bandHalf - Math.abs(y - (c - size * 0.04))) / aa + 0.5) *
      clamp((x - bandLeft) / aa + 0.5) *
      clamp((bandRight - x) / aa + 0.5);
    const dotR = size * 0.1;
    const inDot = focusing ? clamp((dotR - Math.hypot(x - c, y - (c + size * 0.26))) / aa + 0.5) : 0;
    const color = mix(bg, band, Math.max(inBand, inDot));
    return [color[0], color[1], color[2], Math.round(255 * inDisc)];
  });
}

mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  writeFileSync(`public/icons/${size}.png`, icon(size, false));
  writeFileSync(`public/icons/focus-${size}.png`, icon(size, true));
}
console.log('icons written to public/icons');
