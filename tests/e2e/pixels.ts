/** Is a canvas drawn? The variance of its screenshot's pixel brightness (a blank canvas has ~0). */
import { PNG } from './png';
import type { Page } from 'playwright-core';

export async function canvasVariance(page: Page, selector: string): Promise<number> {
  const buffer = await page.locator(selector).first().screenshot();
  const img = PNG.decode(buffer);
  let sum = 0;
  let sum2 = 0;
  const n = img.width * img.height;
  for (let i = 0; i < n; i++) {
    const v = 0.299 * img.rgba[i * 4]! + 0.587 * img.rgba[i * 4 + 1]! + 0.114 * img.rgba[i * 4 + 2]!;
    sum += v;
    sum2 += v * v;
  }
  const mean = sum / n;
  return sum2 / n - mean * mean;
}

/** True when two PNG screenshots hold the same pixels. */
export function sameImage(a: Buffer, b: Buffer): boolean {
  const x = PNG.decode(a);
  const y = PNG.decode(b);
  if (x.width !== y.width || x.height !== y.height) return false;
  for (let i = 0; i < x.rgba.length; i++) if (x.rgba[i] !== y.rgba[i]) return false;
  return true;
}
