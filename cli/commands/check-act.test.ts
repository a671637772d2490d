import JSZip from "jszip";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ACTS_DIR, actText } from "@tests/fixtures/acts";
import { runCli } from "../run-cli.test-support";

const fixture = (name: string) => join(ACTS_DIR, name);
const scratch = mkdtempSync(join(tmpdir(), "check-act-"));

const run = (...argv: string[]) => runCli(["check-act", ...argv]);

interface JsonReport {
  file: string;
  kind: string;
  findings: { rule: string; severity: string; message: string; ref: string; at?: Record<string, number> }[];
}

/** A .docx whose paragraphs are the lines of a text, as Word would store them. */
async function docxOf(text: string): Promise<Buffer> {
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const body = text
    .split("\n")
    .map((line) => `<w:p><w:r><w:t xml:space="preserve">${escape(line)}</w:t></w:r></w:p>`)
    .join("");
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("mairie check-act", () => {
  it("sort en 0 sur une délibération régulière", async () => {
    const file = fixture("valid.deliberation-tarifs-cantine.txt");
    const { status, lines } = await run("--population", "600", file);
    expect(status).toBe(0);
    expect(lines).toEqual(["1 fichier vérifié : 0 erreur, 0 avertissement, 0 information."]);
  });

  it("sort en 1 et écrit une ligne par constat : fichier, gravité, règle, message, référence", async () => {
    const file = fixture("invalid.convocation-tardive.txt");
    const { status, lines } = await run("--population", "600", file);
    expect(status).toBe(1);
    expect(lines[0]).toBe(
      `${file}: error CM-006 Convocation du 16/09/2023 pour la séance du 18/09/2023 : 1 jour franc, 3 requis (CGCT L2121-11 ; envoi au plus tard le 14/09/2023). La délibération est exposée à l'annulation. (CGCT L2121-11)`,
    );
    expect(lines.at(-1)).toBe("1 fichier vérifié : 1 erreur, 0 avertissement, 0 information.");
  });

  it("vérifie plusieurs fichiers et rend un rapport JSON par fichier", async () => {
    const files = [fixture("valid.arrete-stationnement-temporaire.txt"), fixture("invalid.vote-impossible.txt")];
    const { status, out } = await run("--json", "--population", "600", ...files);
    expect(status).toBe(1);
    const reports = JSON.parse(out) as JsonReport[];
    expect(reports.map((r) => [r.file, r.kind])).toEqual([
      [files[0], "arrete"],
      [files[1], "deliberation"],
    ]);
    expect(reports[0]?.findings).toEqual([]);
    expect(reports[1]?.findings).toEqual([
      {
        rule: "CM-018",
        severity: "error",
        message: "15 voix enregistrées (pour, contre, abstentions) pour 13 votants : vote impossible.",
        ref: "CGCT L2121-20",
        at: { line: 24, start: 1259, end: 1302 },
      },
    ]);
  });

  it("lit un .docx et situe le constat dans son paragraphe", async () => {
    const file = join(scratch, "convocation-tardive.docx");
    writeFileSync(file, await docxOf(actText("invalid.convocation-tardive.txt")));
    const { status, out } = await run("--json", "--population", "600", file);
    expect(status).toBe(1);
    const [report] = JSON.parse(out) as JsonReport[];
    expect(report?.kind).toBe("deliberation");
    expect(report?.findings.map((f) => [f.rule, f.severity, f.at?.line, f.at?.paragraph])).toEqual([
      ["CM-006", "error", 10, 10],
    ]);
  });

  it("tolère la marque d'ordre des octets d'un .txt", async () => {
    const file = join(scratch, "bom.txt");
    writeFileSync(file, `\uFEFF${actText("invalid.quorum-non-atteint.txt")}`);
    const { status, out } = await run("--json", "--population", "600", file);
    expect(status).toBe(1);
    expect(
      (JSON.parse(out) as JsonReport[])[0]?.findings.filter((f) => f.severity === "error").map((f) => f.rule),
    ).toEqual(["CM-012"]);
  });

  it("applique --date plutôt que la date de l'acte", async () => {
    const file = fixture("invalid.arrete-peril.txt");
    expect((await run(file)).status).toBe(1);
    expect((await run("--date", "2020-12-31", file)).status).toBe(0);
  });

  it.each([
    ["un fichier absent", join(scratch, "absent.txt"), /Fichier introuvable ou illisible/],
    ["une extension inconnue", join(scratch, "acte.pdf"), /format non pris en charge \(\.pdf\)/],
    ["un .txt qui n'est pas en UTF-8", join(scratch, "latin1.txt"), /n'est pas encodé en UTF-8/],
    ["un faux .docx", join(scratch, "faux.docx"), /n'est pas un document Word/],
  ])("sort en 2 sur %s, avec une ligne en français", async (_name, file, message) => {
    writeFileSync(join(scratch, "acte.pdf"), "%PDF-1.4");
    writeFileSync(
      join(scratch, "latin1.txt"),
      Buffer.from([0x44, 0xe9, 0x6c, 0x69, 0x62, 0xe9, 0x72, 0x61, 0x74, 0x69, 0x6f, 0x6e]),
    );
    writeFileSync(join(scratch, "faux.docx"), "pas un zip");
    const { status, out, err } = await run(file);
    expect(status).toBe(2);
    expect(out).toBe("");
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
    expect(err[0]).not.toMatch(/\n\s+at /);
  });
});
