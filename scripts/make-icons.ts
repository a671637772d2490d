import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { encodePng, type RgbaImage } from "./png/png";
import { createCanvas, hex, polygon, rect, roundedRect, union, type Rgba, type Shape } from "./png/raster";

/**
 * Draws the suite's icons (Word and Excel ribbon/task-pane icons, Teams colour and outline icons).
 * The PNGs are committed; rerun `npx tsx scripts/make-icons.ts` after changing a drawing here.
 */
const ROOT = path.resolve(__dirname, "..");
const WHITE = hex("#ffffff");
const NAVY = hex("#1f4e79");
const GREEN = hex("#1e7145");

export interface IconSpec {
  /** Path from the repository root. */
  file: string;
  size: number;
  draw(size: number): RgbaImage;
}

function paint(size: number, layers: ReadonlyArray<readonly [Shape, Rgba]>): RgbaImage {
  const canvas = createCanvas(size);
  for (const [shape, color] of layers) canvas.fill(shape, color);
  return canvas.image();
}

const tile = roundedRect(0, 0, 1, 1, 0.18);

/** A page with lines of text: the acts written in Word. */
const actes = (size: number) =>
  paint(size, [
    [tile, NAVY],
    [rect(0.26, 0.14, 0.74, 0.86), WHITE],
    [union(...[0.28, 0.42, 0.56].map((y) => rect(0.34, y, 0.66, y + 0.07)), rect(0.34, 0.7, 0.54, 0.77)), NAVY],
  ]);

/** A sheet with a grid: the budget kept in Excel. */
const budget = (size: number) =>
  paint(size, [
    [tile, GREEN],
    [rect(0.18, 0.18, 0.82, 0.82), WHITE],
    [
      union(
        rect(0.18, 0.36, 0.82, 0.42),
        rect(0.18, 0.58, 0.82, 0.64),
        rect(0.39, 0.36, 0.45, 0.82),
        rect(0.6, 0.36, 0.66, 0.82),
      ),
      GREEN,
    ],
  ]);

/** A town hall front: pediment, three columns, steps. */
const townHall: Shape = union(
  polygon([
    [0.16, 0.36],
    [0.5, 0.14],
    [0.84, 0.36],
  ]),
  rect(0.18, 0.39, 0.82, 0.46),
  ...[0.24, 0.455, 0.67].map((x) => rect(x, 0.49, x + 0.09, 0.75)),
  rect(0.14, 0.78, 0.86, 0.86),
);

// Teams wants the colour icon's symbol inside the central half, the background filling the square.
const shrink =
  (shape: Shape, factor: number): Shape =>
  (x, y) =>
    shape(0.5 + (x - 0.5) / factor, 0.5 + (y - 0.5) / factor);

export const ICONS: readonly IconSpec[] = [
  ...[16, 32, 64, 80].flatMap((size) => [
    { file: `manifest/assets/word-${size}.png`, size, draw: actes },
    { file: `manifest/assets/excel-${size}.png`, size, draw: budget },
  ]),
  {
    file: "manifest/teams/color.png",
    size: 192,
    draw: (size) =>
      paint(size, [
        [rect(0, 0, 1, 1), NAVY],
        [shrink(townHall, 0.6), WHITE],
      ]),
  },
  { file: "manifest/teams/outline.png", size: 32, draw: (size) => paint(size, [[townHall, WHITE]]) },
];

function main(): void {
  for (const icon of ICONS) {
    const target = path.join(ROOT, icon.file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, encodePng(icon.draw(icon.size)));
    console.log(`Icône écrite : ${icon.file} (${icon.size}x${icon.size})`);
  }
}

if (require.main === module) main();
