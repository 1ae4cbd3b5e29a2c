/**
 * 2-D canvases kept in main memory (`willReadFrequently`). The game draws creature portraits on the
 * CPU and uploads them as textures; a GPU-backed canvas would have to be read back first, which
 * stalls the main thread for tens of milliseconds on software-rendered machines.
 */
export function cpuCanvas(
  width: number,
  height: number,
): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D | null } {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  return { canvas, ctx };
}
