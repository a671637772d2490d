/**
 * Shape of the real-acts corpus (tests/fixtures/real-acts): the annotation file, the texts it points to and the
 * targets the corpus must meet. What the checker finds on these texts is measured elsewhere (test and bench of the
 * act checker); this file only guarantees that the ground truth they read is well formed.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";

const CORPUS = path.join(__dirname, "fixtures", "real-acts");
const SPEC = path.join(__dirname, "..", "..", "shared", "spec");

const Defect = z
  .object({
    rule: z.string(),
    evidence: z.string().min(3),
    article: z.string().min(3),
    certain: z.boolean(),
    note: z.string().min(10),
  })
  .strict();
const Act = z
  .object({
    file: z.string().regex(/^\d{4}-[a-z0-9-]+\.txt$/),
    source: z.url(),
    commune: z.string().min(2),
    year: z.number().int().min(2010).max(2025),
    kind: z.enum(["deliberation", "arrete", "proces-verbal"]),
    copy: z.enum(["web", "ocr", "register"]),
    defects: z.array(Defect),
    satisfied: z.array(z.string()),
    notes: z.string(),
  })
  .strict();
const Annotations = z.object({ acts: z.array(Act).min(1) }).strict();
type Act = z.infer<typeof Act>;

const annotations = Annotations.parse(JSON.parse(readFileSync(path.join(CORPUS, "annotations.json"), "utf8")));
const acts = annotations.acts;
const catalog = new Set(
  z
    .array(z.looseObject({ id: z.string() }))
    .parse(parse(readFileSync(path.join(SPEC, "rules-seance-actes.yaml"), "utf8")))
    .map((entry) => entry.id),
);
const text = (act: Act) => readFileSync(path.join(CORPUS, act.file), "utf8");
const hasCertainDefect = (act: Act) => act.defects.some((defect) => defect.certain);

describe("corpus d'actes réels", () => {
  it("annote chaque texte du dossier une seule fois, et seulement les textes présents", () => {
    const texts = readdirSync(CORPUS)
      .filter((name) => name.endsWith(".txt"))
      .sort();
    const annotated = acts.map((act) => act.file).sort();
    expect(annotated).toEqual(texts);
    expect(new Set(annotated).size).toBe(annotated.length);
  });

  it("nomme chaque fichier <année>-<commune>-<nature>-<objet> d'après son annotation", () => {
    for (const act of acts) {
      expect([act.file, act.file.startsWith(`${String(act.year)}-`)]).toEqual([act.file, true]);
      expect([act.file, act.file.includes(`-${act.kind}-`)]).toEqual([act.file, true]);
    }
  });

  it("ne cite que des règles du catalogue, jamais à la fois manquée et satisfaite", () => {
    for (const act of acts) {
      const defects = act.defects.map((defect) => defect.rule);
      for (const rule of [...defects, ...act.satisfied])
        expect([act.file, rule, catalog.has(rule)]).toEqual([act.file, rule, true]);
      expect([act.file, act.satisfied.filter((rule) => defects.includes(rule))]).toEqual([act.file, []]);
      expect([act.file, new Set(act.satisfied).size]).toEqual([act.file, act.satisfied.length]);
    }
  });

  it("prend chaque preuve mot pour mot dans le texte de l'acte", () => {
    for (const act of acts) {
      const body = text(act);
      for (const defect of act.defects)
        expect([act.file, defect.evidence, body.includes(defect.evidence)]).toEqual([act.file, defect.evidence, true]);
    }
  });

  it("ne stocke pas de texte vide", () => {
    for (const act of acts) expect([act.file, text(act).trim().length > 200]).toEqual([act.file, true]);
  });

  it("atteint les cibles : 60 actes, 10 arrêtés, 15 actes viciés, des copies web, OCR et registre de 2010 à 2025", () => {
    expect(acts.length).toBeGreaterThanOrEqual(60);
    expect(acts.filter((act) => act.kind === "arrete").length).toBeGreaterThanOrEqual(10);
    expect(acts.filter(hasCertainDefect).length).toBeGreaterThanOrEqual(15);
    for (const copy of ["web", "ocr", "register"] as const)
      expect([copy, acts.filter((act) => act.copy === copy).length >= 5]).toEqual([copy, true]);
    const years = new Set(acts.map((act) => act.year));
    expect(years.size).toBeGreaterThanOrEqual(12);
  });
});
