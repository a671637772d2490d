import type { Finding } from "@shared/domain/rules";
import { checkPlan } from "@shared/domain/subsidies";
import type { PlanSource } from "@shared/io/plan";
import { cellOf, PLAN_SHEET, PlanReadError, readPlanFile } from "@shared/io/plan";
import type { Command, FileReport } from "../command";
import { InputError } from "../command";

async function load(file: string): Promise<PlanSource> {
  try {
    return await readPlanFile(file);
  } catch (error) {
    if (error instanceof PlanReadError) throw new InputError(error.message);
    throw error;
  }
}

/** A workbook's findings also point at the cell the secretary has to correct. */
function locate(finding: Finding, source: PlanSource): Finding {
  const cell = finding.at?.path === undefined ? undefined : cellOf(source.cells, finding.at.path);
  return cell === undefined ? finding : { ...finding, at: { ...finding.at, sheet: PLAN_SHEET, cell } };
}

const command: Command = {
  name: "check-plan",
  summary:
    "Vérifie un plan de financement de subvention (.json ou feuille « Plan de financement » d'un .xlsx) : règles PLAN-*.",
  multipleFiles: false,
  async run(files, options): Promise<FileReport[]> {
    const reports: FileReport[] = [];
    for (const file of files) {
      const source = await load(file);
      const findings = checkPlan(source.plan, {
        today: options.today,
        ...(options.date ? { date: options.date } : {}),
        ...(options.departement ? { departement: options.departement } : {}),
      });
      reports.push({ file, kind: "plan", findings: findings.map((f) => locate(f, source)) });
    }
    return reports;
  },
};

export default command;
