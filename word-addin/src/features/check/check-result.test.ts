import type { Finding } from "@shared/domain/rules";
import { paragraphOf } from "./check-result";

const finding = (severity: Finding["severity"], line?: number): Finding => ({
  rule: "DEL-008",
  severity,
  message: "…",
  ref: "CGCT L2131-2",
  ...(line === undefined ? {} : { at: { line } }),
});

const paragraphs = [
  { index: 0, text: "DÉLIBÉRATION" },
  { index: 3, text: "Vu le code des communes ;" },
];

describe("le paragraphe d'un constat", () => {
  it.each([
    ["la ligne 1 est le premier paragraphe", 1, 0],
    ["la ligne 2 est le deuxième, quel que soit son index Word", 2, 3],
    ["une ligne au-delà du document ne sélectionne rien", 3, undefined],
    ["un constat sans ligne ne sélectionne rien", undefined, undefined],
  ])("%s", (_case, line, index) => {
    expect(paragraphOf(finding("error", line), paragraphs)?.index).toBe(index);
  });
});
