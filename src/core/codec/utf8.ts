/** A small UTF-8 codec (the engine has no TextEncoder: its tsconfig has no DOM). */

export function utf8Encode(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return Uint8Array.from(out);
}

/** Strict decoding: null on any malformed, overlong or surrogate sequence. */
export function utf8Decode(bytes: Uint8Array): string | null {
  let s = '';
  let i = 0;
  while (i < bytes.length) {
    const b0 = bytes[i] as number;
    let cp: number;
    let len: number;
    let min: number;
    if (b0 < 0x80) {
      cp = b0;
      len = 1;
      min = 0;
    } else if (b0 >= 0xc2 && b0 < 0xe0) {
      cp = b0 & 31;
      len = 2;
      min = 0x80;
    } else if (b0 >= 0xe0 && b0 < 0xf0) {
      cp = b0 & 15;
      len = 3;
      min = 0x800;
    } else if (b0 >= 0xf0 && b0 < 0xf5) {
      cp = b0 & 7;
      len = 4;
      min = 0x10000;
    } else return null;
    if (i + len > bytes.length) return null;
    for (let k = 1; k < len; k++) {
      const b = bytes[i + k] as number;
      if ((b & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (b & 63);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) return null;
    s += String.fromCodePoint(cp);
    i += len;
  }
  return s;
}
