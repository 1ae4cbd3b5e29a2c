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
