import JSZip from "jszip";
import { actSubject } from "@shared/domain/acts";
import { parseAct } from "@shared/domain/acts/parse";
import { applyRecordPatch, recordFromAct } from "@shared/domain/transmission";
import type { ActRecord } from "@shared/domain/transmission";
import { readDocxText } from "@shared/io/docx";
import { renderDocx } from "./docx-kit";
import { projetDeliberation } from "./projet-deliberation";
import { PLANNED } from "./test-facts.test-support";
import type { DossierPart } from "./transmission-dossier";
import { buildTransmissionDossier } from "./transmission-dossier";

/** What Word or SharePoint would hand back for the act: a PDF's bytes (the conversion itself needs them). */
const pdf = (body: string): Uint8Array => new TextEncoder().encode(`%PDF-1.7\n${body}\n%%EOF\n`);

/** The record of the projet the suite generated for the séance's first point, read back from its .docx. */
async function generatedRecord(): Promise<ActRecord> {
  const point = PLANNED.points[0];
  if (!point) throw new Error("point attendu");
  const text = await readDocxText(await renderDocx(projetDeliberation(PLANNED, point)), "projet.docx");
  return recordFromAct(actSubject(parseAct(text)), PLANNED.commune.publication);
}

const parts = (...extra: DossierPart[]): DossierPart[] => [
  { name: "Délibération signée.pdf", role: "acte", bytes: pdf("acte"), mediaType: "application/pdf" },
  ...extra,
];

const commune = { nom: "Les Essarts-le-Bas" };

describe("dossier de télétransmission construit depuis un acte généré", () => {
  it("fiche incomplète : chaque défaut de l'enveloppe est nommé, et rien n'est produit", async () => {
    const record = await generatedRecord();
    const result = await buildTransmissionDossier({
      record: { ...record, numero: "2026-1", objet: `${record.objet ?? ""}\nsuite`, classification: "7" },
      parts: [{ name: "projet.docx", role: "acte", bytes: new Uint8Array([0x50, 0x4b, 3, 4]) }],
      commune,
      today: "2026-12-16",
      otherNumeros: ["2026_1"],
    });
    expect(result.ok).toBe(false);
    expect(new Set(result.findings.filter((f) => f.severity === "error").map((f) => f.rule))).toEqual(
      new Set(["TDT-NUMERO", "TDT-OBJET", "TDT-CLASSIFICATION", "TDT-PDF"]),
    );
  });

  it("fiche complète : l'acte en premier, les annexes, le manifeste des métadonnées et la notice", async () => {
    const record = applyRecordPatch(await generatedRecord(), {
      numero: "2026_041",
      date: "2026-12-15",
      classification: "7.10",
    });
    const result = await buildTransmissionDossier({
      record,
      parts: parts({ name: "../annexe: plan.pdf", role: "annexe", bytes: pdf("plan") }),
      commune,
      today: "2026-12-16",
      otherNumeros: ["2026_040"],
    });
    if (!result.ok) throw new Error(result.findings.map((f) => f.message).join("\n"));
    expect(result.fileName).toBe("dossier-2026_041.zip");
    const zip = await JSZip.loadAsync(result.zip);
    expect(Object.keys(zip.files).sort()).toEqual([
      "2026_041/01-acte-Deliberation_signee.pdf",
      "2026_041/02-annexe-annexe_plan.pdf",
      "2026_041/LISEZMOI.txt",
      "2026_041/manifeste.json",
    ]);
    const manifest = JSON.parse((await zip.file("2026_041/manifeste.json")?.async("string")) ?? "{}") as unknown;
    expect(manifest).toMatchObject({
      acte: {
        numero: "2026_041",
        nature: { code: 1, libelle: "Délibérations" },
        classification: { code: "7.10", libelle: "Finances locales / Divers" },
      },
      fichiers: [{ role: "acte" }, { role: "annexe" }],
    });
    expect(await zip.file("2026_041/LISEZMOI.txt")?.async("string")).toContain("Numéro de l'acte : 2026_041");
  });

  it("même dossier, même archive", async () => {
    const record = applyRecordPatch(await generatedRecord(), { numero: "2026_041", classification: "7.10" });
    const build = () => buildTransmissionDossier({ record, parts: parts(), commune, today: "2026-12-16" });
    const [a, b] = await Promise.all([build(), build()]);
    expect(a.ok && b.ok && Buffer.from(a.zip).equals(Buffer.from(b.zip))).toBe(true);
  });

  it("acte non transmissible : pas de dossier", async () => {
    const record = applyRecordPatch(await generatedRecord(), {
      numero: "2026_041",
      classification: "7.10",
      transmissible: false,
    });
    const result = await buildTransmissionDossier({ record, parts: parts(), commune, today: "2026-12-16" });
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => f.rule)).toEqual(["TDT-TRANSMISSIBLE"]);
  });
});
