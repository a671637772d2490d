import type { Command, FileReport } from "./command";
import { InputError } from "./command";
import { main } from "./main";

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), today: "2025-06-15" }, out, err };
}

const report = (file: string, severity: "error" | "warning" | "info"): FileReport => ({
  file,
  kind: "deliberation",
  findings: [
    { rule: "DEL-015", severity, message: "Voies et délais de recours absents", ref: "CJA R421-1", at: { line: 42 } },
  ],
});

const fake: Command = {
  name: "check-fake",
  summary: "vérifie des fichiers factices",
  multipleFiles: true,
  flags: { "--schema": () => '{"type":"object"}' },
  async run(files, options) {
    if (files.includes("illisible.txt")) throw new InputError("Le fichier illisible.txt n'est pas un texte UTF-8.");
    if (files.includes("crash.txt")) throw new Error("boom");
    return files.map((f) =>
      report(f, f.startsWith("grave") ? "error" : options.date === "2020-01-01" ? "info" : "warning"),
    );
  },
};
const registry = { "check-fake": async () => fake };

describe("mairie (contrat de shared/spec/cli.md)", () => {
  it("écrit une ligne par constat puis un résumé, et sort en 0 sans erreur", async () => {
    const { io, out } = captureIo();
    expect(await main(["check-fake", "acte.txt"], io, registry)).toBe(0);
    expect(out[0]?.split("\n")).toEqual([
      "acte.txt: warning DEL-015 Voies et délais de recours absents (CJA R421-1)",
      "1 fichier vérifié : 0 erreur, 1 avertissement, 0 information.",
    ]);
  });

  it("sort en 1 dès qu'un constat est une erreur, et --json donne un rapport par fichier", async () => {
    const { io, out } = captureIo();
    expect(await main(["check-fake", "--json", "grave.txt", "b.txt"], io, registry)).toBe(1);
    const parsed = JSON.parse(out[0] ?? "") as FileReport[];
    expect(parsed.map((r) => [r.file, r.kind, r.findings[0]?.severity])).toEqual([
      ["grave.txt", "deliberation", "error"],
      ["b.txt", "deliberation", "warning"],
    ]);
    expect(parsed[0]?.findings[0]).toEqual({
      rule: "DEL-015",
      severity: "error",
      message: "Voies et délais de recours absents",
      ref: "CJA R421-1",
      at: { line: 42 },
    });
  });

  it("transmet --date à la commande", async () => {
    const { io, out } = captureIo();
    await main(["check-fake", "--date", "2020-01-01", "a.txt"], io, registry);
    expect(out[0]).toContain("a.txt: info DEL-015");
  });

  it.each([
    [["check-fake", "--vite", "a.txt"], "Option inconnue : --vite"],
    [["check-fake", "--date", "2025-02-30", "a.txt"], "Date invalide"],
    [["check-fake", "--date"], "attend une valeur"],
    [["check-fake", "--population", "mille", "a.txt"], "Population invalide"],
    [["inconnue", "a.txt"], "Commande inconnue"],
    [["check-fake"], "Aucun fichier"],
    [["check-fake", "illisible.txt"], "n'est pas un texte UTF-8"],
    [["check-fake", "crash.txt"], "erreur interne (boom)"],
  ])("%j sort en 2 avec une ligne en français sur stderr", async (argv, expected) => {
    const { io, out, err } = captureIo();
    expect(await main(argv, io, registry)).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^mairie : /);
    expect(err[0]).toContain(expected);
    expect(err[0]).not.toMatch(/\n\s+at /);
  });

  it("affiche les options propres à une commande (--schema)", async () => {
    const { io, out } = captureIo();
    expect(await main(["check-fake", "--schema"], io, registry)).toBe(0);
    expect(out).toEqual(['{"type":"object"}']);
  });

  it("--help liste les commandes", async () => {
    const { io, out } = captureIo();
    expect(await main(["--help"], io, registry)).toBe(0);
    expect(out[0]).toContain("check-fake");
    expect(out[0]).toContain("vérifie des fichiers factices");
  });
});
