import { createCanvas, hex, polygon, rect, roundedRect, union } from "./raster";

const RED = hex("#ff0000");
const alphaAt = (pixels: Uint8Array, size: number, x: number, y: number) => pixels[(y * size + x) * 4 + 3];

describe("tracé d'icônes", () => {
  it("lit une couleur hexadécimale", () => {
    expect(hex("#1f4e79")).toEqual([0x1f, 0x4e, 0x79, 255]);
    expect(hex("ffffff", 0)).toEqual([255, 255, 255, 0]);
  });

  it("remplit les pixels couverts et laisse les autres transparents", () => {
    const canvas = createCanvas(4);
    canvas.fill(rect(0, 0, 0.5, 1), RED);
    const { pixels } = canvas.image();
    expect([...pixels.subarray(0, 4)]).toEqual([255, 0, 0, 255]);
    expect(alphaAt(pixels, 4, 1, 3)).toBe(255);
    expect(alphaAt(pixels, 4, 2, 0)).toBe(0);
  });

  it("adoucit les bords : un pixel à moitié couvert est à moitié opaque", () => {
    const canvas = createCanvas(4);
    canvas.fill(rect(0, 0, 0.125, 1), RED);
    expect(alphaAt(canvas.image().pixels, 4, 0, 0)).toBe(128);
  });

  it("compose une couleur opaque par-dessus une autre", () => {
    const canvas = createCanvas(2);
    canvas.fill(rect(0, 0, 1, 1), hex("#000080"));
    canvas.fill(rect(0, 0, 1, 1), hex("#ffffff"));
    expect([...canvas.image().pixels.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
  });

  it("arrondit les coins, découpe les polygones et réunit les formes", () => {
    const rounded = roundedRect(0, 0, 1, 1, 0.2);
    expect(rounded(0.01, 0.01)).toBe(false);
    expect(rounded(0.5, 0.01)).toBe(true);
    const triangle = polygon([
      [0, 1],
      [0.5, 0],
      [1, 1],
    ]);
    expect(triangle(0.5, 0.9)).toBe(true);
    expect(triangle(0.05, 0.1)).toBe(false);
    expect(union(rect(0, 0, 0.1, 0.1), rect(0.9, 0.9, 1, 1))(0.95, 0.95)).toBe(true);
  });
});
