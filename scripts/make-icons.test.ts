import { readFileSync } from "node:fs";
import path from "node:path";
import { ICONS } from "./make-icons";
import { decodePng } from "./png/png";

describe("icônes générées", () => {
  it.each(ICONS.map((icon) => [icon.file, icon] as const))(
    "%s est à jour avec son dessin et à la bonne taille",
    (_, icon) => {
      const onDisk = decodePng(readFileSync(path.join(__dirname, "..", icon.file)));
      const drawn = icon.draw(icon.size);
      expect([onDisk.width, onDisk.height]).toEqual([icon.size, icon.size]);
      expect(Buffer.from(onDisk.pixels).equals(Buffer.from(drawn.pixels))).toBe(true);
    },
  );
});
