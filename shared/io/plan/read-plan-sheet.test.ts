import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { balancedPlan, DETR } from "@tests/fixtures/plans/build-plan";
import { PlanReadError } from "./errors";
import { PLAN_SHEET } from "./layout";
import { readPlanWorkbook } from "./read-plan-sheet";
import { writePlanWorkbook } from "./write-plan-sheet";

const FIXTURES = join(__dirname, "../../../tests/fixtures/plans");

/** The balanced plan's sheet with some cells rewritten, as a secretary would edit it. */
async function editedSheet(edits: Readonly<Record<string, ExcelJS.CellValue>>): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await writePlanWorkbook(balancedPlan()));
  const sheet = workbook.getWorksheet(PLAN_SHEET);
  for (const [address, value] of Object.entries(edits)) if (sheet) sheet.getCell(address).value = value;
  return workbook.xlsx.writeBuffer();
}

describe("feuille « Plan de financement »", () => {
  it("relit à l'identique le plan qu'elle a écrit, avec la cellule de chaque élément", async () => {
    const plan = balancedPlan({
      derogations: [{ kind: "renovation-energetique-scolaire", decision: "arrêté du 02/05/2025" }, { kind: "corse" }],
    });
    const source = await readPlanWorkbook(await writePlanWorkbook(plan));
    expect(source.plan).toEqual(plan);
    expect(source.cells).toMatchObject({
      "project.title": "B4",
      basis: "B6",
      "depenses[0]": "A16",
      "funders[1]": "A23",
    });
  });

  it("lit le classeur d'exemple comme le JSON d'exemple", async () => {
    const xlsx = readFileSync(join(FIXTURES, "equilibre-detr-departement.xlsx"));
    const json: unknown = JSON.parse(readFileSync(join(FIXTURES, "equilibre-detr-departement.json"), "utf8"));
    expect((await readPlanWorkbook(new Uint8Array(xlsx).buffer)).plan).toEqual(json);
  });

  it("accepte les saisies à la française : « 30 % », JJ/MM/AAAA, montants en texte, FEDER", async () => {
    const { plan } = await readPlanWorkbook(
      await editedSheet({
        D22: "30 %",
        G22: "15/01/2025",
        C22: "60 000,00",
        A23: "FEDER",
        B23: null,
        J23: "Accordé",
        D16: "non",
        B6: "ht",
      }),
    );
    expect(plan.funders[0]).toEqual(DETR);
    expect(plan.depenses[0]?.eligible).toBe(false);
    expect(plan.funders[1]).toMatchObject({ kind: "europe", name: "FEDER", status: "accorde" });
  });

  it.each([
    ["B7", "bientôt", /cellule B7 : Date de commencement invalide, date attendue \(JJ\/MM\/AAAA\) \(« bientôt »\)/],
    ["B16", "beaucoup", /cellule B16 : montant HT invalide, montant en euros attendu/],
    ["D22", "150 %", /cellule D22 : taux invalide, pourcentage attendu/],
    ["A22", "Loto", /cellule A22 : type de financeur inconnu/],
    ["J23", "peut-être", /cellule J23 : statut inconnu/],
    ["B12", "miracle", /cellule B12 : dérogation inconnue/],
    ["B6", null, /cellule B6 : base des montants \(HT ou TTC\) : manquant ; valeurs admises : « HT », « TTC »/],
    ["A21", "Financeur", /cellule A21 : titre de colonne « Type » attendu/],
  ])("nomme la cellule fautive %s", async (address, value, message) => {
    const reading = readPlanWorkbook(await editedSheet({ [address]: value }));
    await expect(reading).rejects.toThrow(PlanReadError);
    await expect(reading).rejects.toThrow(message);
  });

  it("signale une feuille absente ou un fichier qui n'est pas un classeur", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Budget");
    await expect(readPlanWorkbook(await workbook.xlsx.writeBuffer())).rejects.toThrow(
      "pas de feuille « Plan de financement »",
    );
    await expect(readPlanWorkbook(new TextEncoder().encode("pas un zip").buffer)).rejects.toThrow("n'a pas pu être lu");
  });
});
