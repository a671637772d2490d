import type { Finding } from "@shared/domain/rules";
import { checkedMessage, paragraphOf } from "./check-result";

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

describe("le message après la vérification", () => {
  it.each([
    [["error"], "Acte vérifié : 1 erreur, 0 avertissement, 0 information."],
    [["warning", "info", "info"], "Acte vérifié : 0 erreur, 1 avertissement, 2 informations."],
    [[], "Acte vérifié : 0 erreur, 0 avertissement, 0 information."],
  ] as const)("%j → %s", (severities, message) => {
    expect(checkedMessage(severities.map((s) => finding(s)))).toBe(message);
  });
});
