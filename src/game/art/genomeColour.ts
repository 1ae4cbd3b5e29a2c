/**
 * A body colour computed from the genome: the mean of the first weights chooses the hue, so two
 * relatives look alike and a mutation shifts the colour a little (genes make the look).
 */
export function genomeColour(genome: Float32Array): [number, number, number] {
  let a = 0;
  let b = 0;
  const n = Math.min(genome.length, 24);
  for (let i = 0; i < n; i++) {
    const w = genome[i] as number;
    if (i % 2 === 0) a += w;
    else b += w;
  }
  const hue = (((Math.atan2(b, a) / (2 * Math.PI)) % 1) + 1) % 1;
  return hsl(hue, 0.65, 0.62);
}

function hsl(h: number, s: number, l: number): [number, number, number] {
  const k = (n: number): number => (n + h * 12) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number): number => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return [f(0), f(8), f(4)];
}
