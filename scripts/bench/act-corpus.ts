import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { checkAct } from "@shared/domain/acts";
import type { Finding } from "@shared/domain/rules";
import type { Benchmark, Figure } from "./figure";

/** The corpus of real published acts and its single annotation file (issue 11). */
export const REAL_ACTS_DIR = path.resolve(__dirname, "../../tests/fixtures/real-acts");

const RULE_ID = /^(?:CM|DEL|PUB|ARR)-\d{3}$/;

const defectSchema = z.object({
  rule: z.string().regex(RULE_ID),
  evidence: z.string().min(1),
  article: z.string().min(1),
  certain: z.boolean(),
  note: z.string().optional(),
});

const actSchema = z.object({
  file: z
    .string()
    .min(1)
    .regex(/^[^/\\]+$/, "un nom de fichier, sans dossier"),
  source: z.string().min(1),
  commune: z.string().min(1),
  year: z.number().int().min(1990).max(2100),
  kind: z.enum(["deliberation", "arrete", "proces-verbal"]),
  copy: z.enum(["web", "ocr", "register"]),
  defects: z.array(defectSchema),
  satisfied: z.array(z.string().regex(RULE_ID)),
  notes: z.string().optional(),
});

const annotationsSchema = z.object({ acts: z.array(actSchema) });

export type AnnotatedAct = z.infer<typeof actSchema>;

export interface ActOutcome {
  readonly act: AnnotatedAct;
  readonly findings: readonly Finding[];
  /** Certain defects whose rule raised no finding at all. */
  readonly missed: readonly AnnotatedAct["defects"][number][];
  /** Error-level findings whose rule is not among the annotated defects. */
  readonly falseErrors: readonly Finding[];
  /** Rules with at least one error-level finding that an annotated defect backs. */
  readonly trueErrors: readonly string[];
}

export interface CorpusScore {
  readonly outcomes: readonly ActOutcome[];
  /** Share of error-level findings (one per act and rule) backed by an annotated defect; 1 when none. */
  readonly precision: number;
  /** Share of certain defects found by a finding of their rule; 1 when none. */
  readonly recall: number;
  readonly certainDefects: number;
}

/** The annotations of a corpus folder, validated; undefined when the folder has none yet. */
export function readAnnotations(dir: string): AnnotatedAct[] | undefined {
  const file = path.join(dir, "annotations.json");
  if (!existsSync(file)) return undefined;
  const parsed = annotationsSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file} : annotations invalides (${parsed.error.issues[0]?.message ?? ""})`);
  return parsed.data.acts;
}

/** Checks one annotated act as `mairie check-act` would, the law being that of the act's own date. */
export function checkAnnotated(dir: string, act: AnnotatedAct): ActOutcome {
  const text = readFileSync(path.join(dir, act.file), "utf8");
  // The act's own date decides the law; the end of its year stands in for today when the act has none.
  const findings = checkAct(text, { today: `${String(act.year)}-12-31` }).findings;
  const annotated = new Set(act.defects.map((d) => d.rule));
  const found = new Set(findings.map((f) => f.rule));
  const errors = findings.filter((f) => f.severity === "error");
  return {
    act,
    findings,
    missed: act.defects.filter((d) => d.certain && !found.has(d.rule)),
    falseErrors: errors.filter((f) => !annotated.has(f.rule)),
    trueErrors: [...new Set(errors.filter((f) => annotated.has(f.rule)).map((f) => f.rule))],
  };
}

export function scoreCorpus(dir: string, acts: readonly AnnotatedAct[]): CorpusScore {
  const outcomes = acts.map((act) => checkAnnotated(dir, act));
  const trueErrors = outcomes.reduce((n, o) => n + o.trueErrors.length, 0);
  const falseErrors = outcomes.reduce((n, o) => n + new Set(o.falseErrors.map((f) => f.rule)).size, 0);
  const certainDefects = acts.reduce((n, a) => n + a.defects.filter((d) => d.certain).length, 0);
  const missed = outcomes.reduce((n, o) => n + o.missed.length, 0);
  return {
    outcomes,
    precision: trueErrors + falseErrors === 0 ? 1 : trueErrors / (trueErrors + falseErrors),
    recall: certainDefects === 0 ? 1 : (certainDefects - missed) / certainDefects,
    certainDefects,
  };
}

/** `npm run bench`: precision of error-level findings and recall of certain defects on the real acts. */
export const actCorpusBench: Benchmark = {
  title: "Actes réels publiés par des communes",
  run() {
    const acts = readAnnotations(REAL_ACTS_DIR);
    if (!acts) return Promise.reject(new Error(`aucun corpus annoté dans ${REAL_ACTS_DIR}`));
    const score = scoreCorpus(REAL_ACTS_DIR, acts);
    const figures: Figure[] = [
      { name: `actes réels annotés`, value: acts.length, unit: "actes" },
      {
        name: "précision des constats de niveau erreur",
        value: Math.round(score.precision * 1000) / 10,
        unit: "%",
        goal: "100 %",
        met: score.precision === 1,
      },
      {
        name: `rappel des défauts certains (${String(score.certainDefects)})`,
        value: Math.round(score.recall * 1000) / 10,
        unit: "%",
        goal: "≥ 90 %",
        met: score.recall >= 0.9,
      },
    ];
    return Promise.resolve(figures);
  },
};
