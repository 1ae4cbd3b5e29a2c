/**
 * Writes mono 16-bit PCM WAV files (RIFF, little-endian), the format every browser decodes.
 *
 * Layout (44-byte header, then the samples):
 *   "RIFF" <file size − 8> "WAVE"
 *   "fmt " 16  format=1 (PCM)  channels=1  sampleRate  byteRate=sampleRate·2  blockAlign=2  bits=16
 *   "data" <sample count · 2>  int16 samples
 */

/** Bytes before the first sample. */
export const WAV_HEADER_BYTES = 44;

/** Largest int16 magnitude used: ±1.0 maps to ±32767 (−32768 is never produced). */
const INT16_SCALE = 32767;

/**
 * Encodes samples in [-1, 1] as a WAV file. Values are rounded to the nearest int16 step and
 * clamped to ±1 first (the generator keeps peaks at −1 dBFS, so clamping never bites in practice).
 */
export function encodeWav(samples: Float32Array, sampleRate: number): Uint8Array {
  const dataBytes = samples.length * 2;
  const bytes = new Uint8Array(WAV_HEADER_BYTES + dataBytes);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string): void => {
    for (let i = 0; i < text.length; i++) view.setUint8(offset + i, text.charCodeAt(i));
  };
  ascii(0, 'RIFF');
  view.setUint32(4, bytes.length - 8, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // size of the fmt chunk body
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // bytes per second
  view.setUint16(32, 2, true); // bytes per sample frame
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  for (let i = 0; i < samples.length; i++) {
    const clamped = Math.max(-1, Math.min(1, samples[i] as number));
    view.setInt16(WAV_HEADER_BYTES + i * 2, Math.round(clamped * INT16_SCALE), true);
  }
  return bytes;
}
