import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { balancedPlan } from "@tests/fixtures/plans/build-plan";
import { PlanReadError } from "./errors";
import { MAX_PLAN_JSON_BYTES, readPlanFile, readPlanJson } from "./read-plan";

describe("plan de financement JSON : bornes avant lecture", () => {
  it("refuse un fichier trop volumineux sans le lire, en nommant sa taille", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "mairie-plan-")), "plan.json");
    const padded = JSON.stringify({ ...balancedPlan(), note: "x".repeat(MAX_PLAN_JSON_BYTES) });
    writeFileSync(file, padded);
    await expect(readPlanFile(file)).rejects.toThrow(
      new PlanReadError(
        `${file} : fichier trop volumineux (${Buffer.byteLength(padded)} octets ; un plan de financement en JSON fait au plus 1 Mo).`,
      ),
    );
    expect(() => readPlanJson(padded, "plan.json")).toThrow("trop volumineux");
  });

  it("refuse un JSON imbriqué à l'excès avant de l'analyser", () => {
    const deep = `${"[".repeat(400_000)}${"]".repeat(400_000)}`;
    expect(() => readPlanJson(deep, "plan.json")).toThrow(
      new PlanReadError("plan.json : JSON imbriqué sur plus de 32 niveaux, ce n'est pas un plan de financement."),
    );
  });

  it("lit toujours un plan ordinaire", () => {
    expect(readPlanJson(JSON.stringify(balancedPlan()), "plan.json").plan).toEqual(balancedPlan());
  });
});
