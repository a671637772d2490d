import type { RgbaImage } from "./png";

/** A shape in unit coordinates: (0,0) top left, (1,1) bottom right, whatever the pixel size. */
export type Shape = (x: number, y: number) => boolean;
export type Rgba = readonly [number, number, number, number];

export const rect =
  (x0: number, y0: number, x1: number, y1: number): Shape =>
  (x, y) =>
    x >= x0 && x < x1 && y >= y0 && y < y1;

export const roundedRect =
  (x0: number, y0: number, x1: number, y1: number, r: number): Shape =>
  (x, y) => {
    if (!rect(x0, y0, x1, y1)(x, y)) return false;
    const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
    const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
    return dx * dx + dy * dy <= r * r;
  };

/** Convex polygon, vertices clockwise on screen (y pointing down). */
export const polygon =
  (points: ReadonlyArray<readonly [number, number]>): Shape =>
  (x, y) =>
    points.every(([ax, ay], i) => {
      const [bx, by] = points[(i + 1) % points.length] ?? [ax, ay];
      return (bx - ax) * (y - ay) - (by - ay) * (x - ax) >= 0;
    });

export const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((shape) => shape(x, y));

export const hex = (color: string, alpha = 255): Rgba => {
  const value = Number.parseInt(color.replace("#", ""), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff, alpha];
};

// 4x4 samples a pixel: smooth enough edges at 16 px without a real anti-aliasing rasteriser.
const SAMPLES = 4;

/** A transparent canvas; `fill` composites a shape over it with coverage-based anti-aliasing. */
export function createCanvas(size: number) {
  const pixels = new Uint8Array(size * size * 4);
  const fill = (shape: Shape, [r, g, b, a]: Rgba): void => {
    for (let py = 0; py < size; py++) {
      for (let px = 0; px < size; px++) {
        let hits = 0;
        for (let sy = 0; sy < SAMPLES; sy++)
          for (let sx = 0; sx < SAMPLES; sx++)
            if (shape((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size)) hits++;
        if (hits > 0) blend(pixels, (py * size + px) * 4, [r, g, b, (a * hits) / (SAMPLES * SAMPLES)]);
      }
    }
  };
  const image = (): RgbaImage => ({ width: size, height: size, pixels });
  return { fill, image };
}

function blend(pixels: Uint8Array, i: number, [r, g, b, a]: Rgba): void {
  const srcA = a / 255;
  const dstA = (pixels[i + 3] ?? 0) / 255;
  const outA = srcA + dstA * (1 - srcA);
  const mix = (src: number, dst: number) => Math.round((src * srcA + dst * dstA * (1 - srcA)) / outA);
  pixels.set(
    [mix(r, pixels[i] ?? 0), mix(g, pixels[i + 1] ?? 0), mix(b, pixels[i + 2] ?? 0), Math.round(outA * 255)],
    i,
  );
}
