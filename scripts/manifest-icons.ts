/**
 * Draws the add-in's ribbon and store icons (addin/assets/icon-N.png): a white
 * flag over a ledger line on a red square. Run once with `tsx`; the PNGs are
 * committed. PNG encoded by hand (fflate's zlib) to need no image library.
 */
import { writeFileSync } from 'node:fs';
import { zlibSync } from 'fflate';

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;
const RED = [0xc8, 0x10, 0x2e] as const;
const WHITE = [0xff, 0xff, 0xff] as const;
const GOLD = [0xff, 0xd7, 0x00] as const;

/** Colour at (x, y) in a unit square: pole, waving flag with a star, ledger lines below. */
function pixel(u: number, v: number): readonly [number, number, number] {
  if (u >= 0.22 && u < 0.29 && v >= 0.14 && v < 0.86) return WHITE;
  const wave = 0.03 * Math.sin((u - 0.29) * 12);
  if (u >= 0.29 && u < 0.82 && v >= 0.16 + wave && v < 0.5 + wave) {
    const dx = u - 0.43;
    const dy = v - (0.3 + wave);
    return dx * dx + dy * dy < 0.004 ? GOLD : WHITE;
  }
  for (const line of [0.64, 0.76]) if (u >= 0.36 && u < 0.82 && v >= line && v < line + 0.05) return WHITE;
  return RED;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

export function iconPng(size: number): Uint8Array {
  const raw = new Uint8Array(size * (size * 3 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 3 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel((x + 0.5) / size, (y + 0.5) / size), y * (size * 3 + 1) + 1 + x * 3);
  }
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, size);
  view.setUint32(4, size);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlibSync(raw, { level: 9 })), chunk('IEND', new Uint8Array())];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    png.set(p, at);
    at += p.length;
  }
  return png;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const size of ICON_SIZES) writeFileSync(new URL(`../addin/assets/icon-${size}.png`, import.meta.url), iconPng(size));
  console.log(`wrote ${ICON_SIZES.map((s) => `icon-${s}.png`).join(', ')}`);
}
