import type { BudgetDocument, Cents } from "@shared/domain/budget";
import { formatMoney } from "@shared/domain/budget";
import { BudgetIndex } from "@shared/domain/budget/budget-index";
import { resultats } from "@shared/domain/budget/figures";
import { affectationMinimale, bpFromCompte } from "@shared/domain/budget/reprise-bp";
import type { SheetBlock } from "@shared/ports/budget-workbook";
import { BudgetReadError } from "@shared/io/budget/errors";
import { checkSize } from "@shared/io/budget/limits";
import { documentToGrids } from "@shared/io/budget/workbook-grid";
import { findPlan } from "@shared/domain/budget/nomenclature";

/** The compte of N-1 chosen by the secretary, with what its reprise carries, in French for the pane. */
export interface CompteChoisi {
  readonly compte: BudgetDocument;
  readonly minimum1068: Cents;
  readonly resume: string;
}

/** Reads a CA or CFU DocumentBudgetaire chosen in the pane (the reader and the account plan load only then). */
export async function readCompte(file: {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}): Promise<CompteChoisi> {
  if (!/\.xml$/i.test(file.name))
    throw new BudgetReadError(`${file.name} : un fichier DocumentBudgetaire (.xml) est attendu.`);
  checkSize(file.name, "xml", file.size);
  const { loadDocumentBudgetaire } = await import("@shared/io/budget/docbudg-reader");
  const compte = await loadDocumentBudgetaire(new Uint8Array(await file.arrayBuffer()), file.name);
  if (compte.type !== "CA" && compte.type !== "CFU")
    throw new BudgetReadError(
      `${file.name} : ce fichier est un ${compte.type}, pas un compte administratif ni un compte financier unique.`,
    );
  const r = resultats(new BudgetIndex(compte.lines));
  return {
    compte,
    minimum1068: affectationMinimale(compte),
    resume:
      `Compte ${compte.exercice} : résultat de fonctionnement ${formatMoney(r.fonctionnement)}, solde ` +
      `d'exécution d'investissement ${formatMoney(r.investissement)}, restes à réaliser ${formatMoney(r.rarDepenses)} ` +
      `en dépenses et ${formatMoney(r.rarRecettes)} en recettes, besoin de financement ${formatMoney(r.besoin)}.`,
  };
}

/**
 * The BP of N with the reprise, as the workbook's two sheets. Its lines are named after the compte's plan, the one
 * readCompte loaded: the plan of N may be another file, and a label changes less than a year.
 */
export function repriseBlocks(compte: BudgetDocument, affectation1068: Cents): [SheetBlock, SheetBlock] {
  const plan = findPlan(compte.nomenclature, compte.exercice)?.plan;
  return documentToGrids(bpFromCompte(compte, { affectation1068 }), plan);
}
