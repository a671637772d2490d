import { decodePng, encodePng, readPngHeader, type RgbaImage } from "./png";

const image = (width: number, height: number): RgbaImage => ({
  width,
  height,
  pixels: Uint8Array.from({ length: width * height * 4 }, (_, i) => (i * 37) % 256),
});

describe("PNG minimal", () => {
  it("écrit un PNG RGBA 8 bits dont l'en-tête donne la taille", () => {
    expect(readPngHeader(encodePng(image(7, 3)))).toEqual({ width: 7, height: 3, bitDepth: 8, colorType: 6 });
  });

  it("relit exactement les pixels écrits", () => {
    const original = image(5, 4);
    const decoded = decodePng(encodePng(original));
    expect(decoded.width).toBe(5);
    expect(decoded.height).toBe(4);
    expect(Buffer.from(decoded.pixels).equals(Buffer.from(original.pixels))).toBe(true);
  });

  it("calcule les CRC des blocs (celui d'IEND est connu : AE426082)", () => {
    const png = encodePng(image(1, 1));
    expect(png.subarray(-8).toString("hex")).toBe("49454e44ae426082");
  });

  it("refuse des pixels qui ne correspondent pas à la taille annoncée", () => {
    expect(() => encodePng({ width: 2, height: 2, pixels: new Uint8Array(15) })).toThrow(
      "Image 2x2 : 15 octets au lieu de 16.",
    );
  });

  it("refuse un fichier qui n'est pas un PNG", () => {
    expect(() => readPngHeader(Buffer.from("GIF89a, pas un PNG du tout, vraiment pas"))).toThrow(
      "Ce fichier n'est pas un PNG.",
    );
  });

  it("refuse de décoder un PNG d'un autre type de couleur que RGBA", () => {
    const png = encodePng(image(2, 2));
    png[25] = 2;
    expect(() => decodePng(png)).toThrow(/RGBA 8 bits/);
  });
});
