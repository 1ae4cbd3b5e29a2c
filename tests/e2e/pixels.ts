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
