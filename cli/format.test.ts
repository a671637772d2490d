import { formatJson, formatText } from "./format";

const finding = (message: string) => ({ rule: "BUD-X", severity: "error" as const, message, ref: "CGCT L1612-4" });

describe("sortie de la commande : aucun caractère de contrôle d'un fichier n'atteint le terminal", () => {
  it("neutralise ESC, CSI 8 bits, retour chariot et inversions bidirectionnelles dans le texte", () => {
    const text = formatText([
      { file: "b\u001b[2J.csv", kind: "budget", findings: [finding("« \u009b31m rouge\r\u202e »")] },
    ]);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(text).toContain("b\\u001b[2J.csv: error BUD-X « \\u009b31m rouge\\u000d\\u202e »");
  });

  it("garde un JSON équivalent, sans C1 brut", () => {
    const reports = [{ file: "b.xml", kind: "budget" as const, findings: [finding("x\u009by\u001bz")] }];
    const json = formatJson(reports);
    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(JSON.parse(json)).toEqual(reports);
  });
});
