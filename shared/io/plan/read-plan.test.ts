import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { balancedPlan } from "@tests/fixtures/plans/build-plan";
import { PlanReadError } from "./errors";
import { readPlanFile, readPlanJson } from "./read-plan";

const FIXTURES = join(__dirname, "../../../tests/fixtures/plans");

describe("lecture d'un plan de financement", () => {
  it("lit le JSON et le classeur d'exemple", async () => {
    expect((await readPlanFile(join(FIXTURES, "equilibre-detr-departement.json"))).plan).toEqual(balancedPlan());
    const xlsx = await readPlanFile(join(FIXTURES, "equilibre-detr-departement.xlsx"));
    expect(xlsx.plan).toEqual(balancedPlan());
    expect(xlsx.cells["funders[0]"]).toBe("A22");
  });

  it("nomme le champ JSON fautif", () => {
    const plan = JSON.parse(JSON.stringify(balancedPlan()));
    plan.funders[0].status = "en cours";
    expect(() => readPlanJson(JSON.stringify(plan), "plan.json")).toThrow(
      /^plan\.json, champ état de la demande du financeur n° 1 : valeur inconnue \(reçu : « en cours »\).*« accorde » \(accordé\)/,
    );
    expect(() => readPlanJson("[]", "plan.json")).toThrow(/^plan\.json : .*objet/);
    expect(() => readPlanJson("{", "plan.json")).toThrow(new RegExp("plan\\.json n'est pas un JSON valide"));
  });

  it("refuse un fichier absent, d'un autre format, ou un faux classeur", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plan-"));
    writeFileSync(join(dir, "faux.xlsx"), "texte");
    await expect(readPlanFile(join(dir, "absent.json"))).rejects.toThrow(/^Fichier introuvable/);
    await expect(readPlanFile(join(dir, "plan.csv"))).rejects.toThrow("format non pris en charge");
    await expect(readPlanFile(join(dir, "faux.xlsx"))).rejects.toThrow(PlanReadError);
  });
});
