import type { PlanDeComptes } from "@shared/domain/budget/nomenclature";
import { chapitreOf } from "@shared/domain/budget/nomenclature";
import type { Mouvement, Section, Sens, TypeOrdre } from "@shared/domain/budget/model";

/** Section of the "ligne" chapitres and, failing a plan, of a nature by its class (1-4 investissement, 6-7 fonctionnement). */
function sectionByCode(code: string): Section | undefined {
  if (["001", "020", "021", "024"].includes(code)) return "I";
  if (["002", "022", "023"].includes(code)) return "F";
  if (/^[1-5]/.test(code)) return "I";
  if (/^[67]/.test(code)) return "F";
  return undefined;
}

export interface Placement {
  readonly chapitre: string;
  readonly section: Section | undefined;
}

/**
 * Where a line goes when the flow omits its chapitre (ContNat) or section (CaracSup), after budget-rules.md §A.1:
 * a declared chapitre that the plan knows is kept (a wrong one is BUD-NOMENCLATURE's business); otherwise the
 * plan's chapitre for the movement. The section follows the chapitre.
 */
export function placeLine(
  plan: PlanDeComptes | undefined,
  nature: string,
  sens: Sens,
  mouvement: Mouvement,
  typeOrdre: TypeOrdre | undefined,
  declared: string | undefined,
  declaredSection: Section | undefined,
): Placement {
  const compte = plan?.comptes.get(nature);
  const fromPlan = compte ? chapitreOf(compte, sens, mouvement, typeOrdre) : "";
  const known = declared !== undefined && (plan === undefined || plan.chapitres.has(declared));
  const chapitre = known ? declared : fromPlan || declared || "";
  const section =
    declaredSection ?? plan?.chapitres.get(chapitre)?.section ?? sectionByCode(chapitre) ?? sectionByCode(nature);
  return { chapitre, section };
}
