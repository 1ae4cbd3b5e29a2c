/**
 * `npm run icons`: draws the app icons into public/icons/ — the weightling of the favicon (a sun
 * blob with two eyes and blue and orange weight spots, on the night-navy pond) as PNGs at 192 and
 * 512 px, plus a 512 px "maskable" one whose creature stays inside the safe circle. No image
 * library: shapes are tested per sub-pixel (4×4 supersampling) and written with a tiny PNG encoder
 * (zlib from Node, CRC-32 below). The same input always gives the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];
const NAVY: Rgb = [0x14, 0x21, 0x3d];
const SUN: Rgb = [0xff, 0xb7, 0x03];
const CREAM: Rgb = [0xfd, 0xf6, 0xe3];
const BLUE: Rgb = [0x3b, 0x82, 0xf6];
const ORANGE: Rgb = [0xe8, 0x71, 0x0a];

/** One shape in the unit square (0…1, y down): a test for a point and its colour. Later shapes paint over earlier ones. */
interface Shape {
  readonly colour: Rgb;
  inside(x: number, y: number): boolean;
}

const ellipse = (cx: number, cy: number, rx: number, ry: number, colour: Rgb): Shape => ({
  colour,
  inside: (x, y) => ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1,
});

const roundRect = (inset: number, radius: number, colour: Rgb): Shape => ({
  colour,
  inside: (x, y) => {
    const lo = inset + radius;
    const hi = 1 - inset - radius;
    const dx = Math.max(lo - x, 0, x - hi);
    const dy = Math.max(lo - y, 0, y - hi);
    return x >= inset && x <= 1 - inset && y >= inset && y <= 1 - inset && dx * dx + dy * dy <= radius * radius;
  },
});

/** The weightling, centred at (0.5, 0.56) with size `s` (1 = the favicon's proportions). */
function creature(s: number): Shape[] {
  const at = (v: number, c: number): number => c + (v - c) * s;
  const e = (cx: number, cy: number, rx: number, ry: number, colour: Rgb): Shape =>
    ellipse(at(cx, 0.5), at(cy, 0.5), rx * s, ry * s, colour);
  const body = e(0.5, 0.5625, 0.34375, 0.3125, SUN);
  // Spots are clipped to the body: its genome showing through the skin.
  const spot = (cx: number, cy: number, r: number, colour: Rgb): Shape => {
    const dot = e(cx, cy, r, r, colour);
    return { colour, inside: (x, y) => body.inside(x, y) && dot.inside(x, y) };
  };
  return [
    body,
    spot(0.3, 0.72, 0.07, BLUE),
    spot(0.5, 0.8, 0.055, ORANGE),
    spot(0.69, 0.71, 0.075, BLUE),
    spot(0.2, 0.55, 0.045, ORANGE),
    spot(0.81, 0.53, 0.05, ORANGE),
    e(0.39, 0.47, 0.094, 0.094, CREAM),
    e(0.61, 0.47, 0.094, 0.094, CREAM),
    e(0.39, 0.453, 0.047, 0.047, NAVY),
    e(0.61, 0.453, 0.047, 0.047, NAVY),
  ];
}

/** RGBA pixels of the shapes at `size` px, 4×4 samples a pixel. */
export function render(size: number, shapes: readonly Shape[]): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          let c: Rgb | null = null;
          for (const shape of shapes) if (shape.inside(x, y)) c = shape.colour;
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const o = (py * size + px) * 4;
      // Colour averaged over covered samples (straight alpha), coverage as alpha.
      rgba[o] = a ? Math.round(r / a) : 0;
      rgba[o + 1] = a ? Math.round(g / a) : 0;
      rgba[o + 2] = a ? Math.round(b / a) : 0;
      rgba[o + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 255]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  Buffer.from(type, 'ascii').copy(head, 4);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit RGBA PNG (filter 0 on every row). */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** The icons: file name → PNG bytes. */
export function makeIcons(): Map<string, Buffer> {
  const icons = new Map<string, Buffer>();
  const any = [roundRect(0, 0.22, NAVY), ...creature(1)];
  for (const size of [192, 512]) icons.set(`icon-${size}.png`, encodePng(size, size, render(size, any)));
  // Maskable: the background fills the square (the platform cuts its own shape); the creature
  // fits inside the central safe circle (radius 0.4).
  const maskable = [roundRect(0, 0, NAVY), ...creature(0.72)];
  icons.set('maskable-512.png', encodePng(512, 512, render(512, maskable)));
  return icons;
}

if (process.argv[1]?.endsWith('make-icons.ts')) {
  const dir = join('public', 'icons');
  mkdirSync(dir, { recursive: true });
  for (const [name, png] of makeIcons()) {
    writeFileSync(join(dir, name), png);
    console.log(`${join(dir, name)}  ${png.length} bytes`);
  }
}
