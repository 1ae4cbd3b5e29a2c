/** A minimal PNG decoder (8-bit RGB/RGBA, non-interlaced: what Chromium screenshots are) for pixel checks. */
import { inflateSync } from 'node:zlib';

export interface Image {
  readonly width: number;
  readonly height: number;
  /** width × height × 4 bytes */
  readonly rgba: Uint8Array;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export const PNG = {
  decode(buf: Buffer): Image {
    let pos = 8;
    let width = 0;
    let height = 0;
    let colorType = 0;
    const idat: Buffer[] = [];
    while (pos < buf.length) {
      const len = buf.readUInt32BE(pos);
      const type = buf.toString('ascii', pos + 4, pos + 8);
      const data = buf.subarray(pos + 8, pos + 8 + len);
      if (type === 'IHDR') {
        width = data.readUInt32BE(0);
        height = data.readUInt32BE(4);
        if (data[8] !== 8 || data[12] !== 0) throw new Error('only 8-bit non-interlaced PNGs');
        colorType = data[9]!;
      } else if (type === 'IDAT') idat.push(data);
      pos += 12 + len;
    }
    const bpp = colorType === 6 ? 4 : colorType === 2 ? 3 : 0;
    if (!bpp) throw new Error(`unsupported PNG colour type ${colorType}`);
    const raw = inflateSync(Buffer.concat(idat));
    const stride = width * bpp;
    const out = new Uint8Array(width * height * 4);
    const prev = new Uint8Array(stride);
    const cur = new Uint8Array(stride);
    for (let y = 0; y < height; y++) {
      const f = raw[y * (stride + 1)]!;
      const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
      for (let i = 0; i < stride; i++) {
        const a = i >= bpp ? cur[i - bpp]! : 0;
        const b = prev[i]!;
        const c = i >= bpp ? prev[i - bpp]! : 0;
        const x = row[i]!;
        cur[i] =
          (f === 0 ? x : f === 1 ? x + a : f === 2 ? x + b : f === 3 ? x + ((a + b) >> 1) : x + paeth(a, b, c)) & 255;
      }
      for (let px = 0; px < width; px++) {
        out[(y * width + px) * 4] = cur[px * bpp]!;
        out[(y * width + px) * 4 + 1] = cur[px * bpp + 1]!;
        out[(y * width + px) * 4 + 2] = cur[px * bpp + 2]!;
        out[(y * width + px) * 4 + 3] = bpp === 4 ? cur[px * bpp + 3]! : 255;
      }
      prev.set(cur);
    }
    return { width, height, rgba: out };
  },
};
