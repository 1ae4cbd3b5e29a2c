/**
 * Is WebGL drawn in software here (SwiftShader, llvmpipe: headless browsers, machines without a GPU
 * driver)? Then every pixel, multisample and read-back of a canvas is CPU work on a machine that is
 * also running the game, so the game draws with less (no multisampling). Asked once, from a
 * throwaway context; a browser that will not say counts as hardware.
 */
let cached: boolean | null = null;

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

export function softwareWebGL(): boolean {
  if (cached !== null) return cached;
  cached = false;
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (gl) {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
      cached = SOFTWARE.test(renderer);
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    // No WebGL at all: Phaser and pixi fall back to canvas; nothing to decide.
  }
  return cached;
}

/**
 * Draw the game and the microscope with Canvas 2D instead of WebGL? `?renderer=canvas` or
 * `?renderer=webgl` in the page address decides; otherwise Canvas 2D exactly when WebGL is drawn in
 * software. There WebGL is the slower path by far: every frame is drawn by the CPU in the GPU
 * process and then read back into the page for the compositor, while the page's main thread waits;
 * with the worker pool busy that wait alone passed 50 ms. Canvas 2D draws the same pictures
 * directly (measured on a 2-core machine during Turbo: a quarter of the long tasks and about three
 * times the generations a second). A tint (the pattern moth's glitch flash) is WebGL-only.
 */
export function drawWithCanvas2D(search: string = location.search): boolean {
  const asked = new URLSearchParams(search).get('renderer');
  if (asked === 'canvas') return true;
  if (asked === 'webgl') return false;
  return softwareWebGL();
}
