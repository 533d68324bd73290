// The toolbar and store icon, drawn from its description: a green shield with a white tick, 4×4
// supersampled so small sizes keep smooth edges. The PNGs under public/icons/ are made from this by
// scripts/make-icons.ts; test/build/icons.test.ts checks that they still are.
import { deflateSync, inflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];

const GREEN: Rgba = [22, 128, 78, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** The shield in the unit square: a flat top, sides curving to a point at the bottom. */
function shield(x: number, y: number): boolean {
  if (y < 0.08 || y > 0.95) return false;
  const half = y < 0.55 ? 0.4 : 0.4 * Math.cos(((y - 0.55) / 0.4) * (Math.PI / 2));
  return Math.abs(x - 0.5) <= half;
}

/** Whether (x, y) lies within `w` of the segment a–b. */
function nearSegment(x: number, y: number, [ax, ay, bx, by]: number[], w: number): boolean {
  const dx = bx! - ax!;
  const dy = by! - ay!;
  const t = Math.max(0, Math.min(1, ((x - ax!) * dx + (y - ay!) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax! + t * dx), y - (ay! + t * dy)) < w;
}

function tick(x: number, y: number): boolean {
  return nearSegment(x, y, [0.3, 0.48, 0.45, 0.64], 0.06) || nearSegment(x, y, [0.45, 0.64, 0.71, 0.32], 0.06);
}

function pixel(x: number, y: number): Rgba {
  if (!shield(x, y)) return CLEAR;
  return tick(x, y) ? WHITE : GREEN;
}

/**
 * The icon's rows as PNG scanlines (filter byte 0, then RGBA). `inset`: transparent margin on each
 * side, in pixels (the store's 128 px icon keeps its artwork within the middle 96×96).
 */
export function iconScanlines(size: number, inset = 0): Buffer {
  const art = size - 2 * inset;
  const rows = Buffer.alloc(size * (1 + size * 4));
  for (let j = 0; j < size; j++) {
    const row = j * (1 + size * 4);
    for (let i = 0; i < size; i++) {
      const acc = [0, 0, 0, 0];
      for (let sj = 0; sj < 4; sj++)
        for (let si = 0; si < 4; si++) {
          const p = pixel((i - inset + (si + 0.5) / 4) / art, (j - inset + (sj + 0.5) / 4) / art);
          for (let k = 0; k < 4; k++) acc[k]! += p[k]!;
        }
      for (let k = 0; k < 4; k++) rows[row + 1 + i * 4 + k] = Math.floor(acc[k]! / 16);
    }
  }
  return rows;
}

function crc32(bytes: Buffer): number {
  let c = ~0;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(kind: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(kind, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** An 8-bit RGBA PNG of `size`×`size` from its scanlines. */
export function encodePng(size: number, scanlines: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The scanlines of a PNG written by encodePng (its size from IHDR, its pixels from IDAT). */
export function decodePng(png: Buffer): { size: number; scanlines: Buffer } {
  let at = SIGNATURE.length;
  let size = 0;
  const data: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const kind = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (kind === 'IHDR') size = body.readUInt32BE(0);
    if (kind === 'IDAT') data.push(body);
    at += 12 + length;
  }
  return { size, scanlines: inflateSync(Buffer.concat(data)) };
}

/** Every icon the manifest names, with the transparent margin each keeps. */
export const ICONS: { size: number; inset: number }[] = [
  { size: 16, inset: 0 },
  { size: 32, inset: 0 },
  { size: 48, inset: 0 },
  { size: 128, inset: 16 },
];
