/**
 * A QR code drawn on a canvas (dark modules on white, with the 4-module quiet zone the standard asks
 * for). The text is only encoded, never inserted as HTML. Error correction M survives a smudged
 * kiosk screen photographed by a phone.
 */
import QRCode from 'qrcode';

/** A canvas showing `text` as a QR code, `pixels` wide, with `label` as its accessible name. */
export function qrCanvas(text: string, pixels: number, label: string): HTMLCanvasElement {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const quiet = 4;
  const cells = size + 2 * quiet;
  const scale = Math.max(1, Math.floor(pixels / cells));
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = cells * scale;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', label);
  canvas.className = 'qr';
  const ctx = canvas.getContext('2d');
  if (!ctx) return canvas;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#000000';
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      if (qr.modules.get(r, c)) ctx.fillRect((c + quiet) * scale, (r + quiet) * scale, scale, scale);
    }
  }
  return canvas;
}
