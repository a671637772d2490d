import { defineRule } from "../../rules";
import type { PlanDeComptes } from "../nomenclature";
import { chapitreOf, findPlan, supportedNomenclatures } from "../nomenclature";
import type { LineKind } from "../budget-index";
import type { BudgetLine } from "../model";
import type { BudgetSubject } from "../subject";
import { isYearEnd } from "../figures";

const MOUVEMENT_FR = { reel: "réelle", ordre: "d'ordre" } as const;

function locate(line: BudgetLine) {
  return {
    section: line.section,
    sens: line.sens,
    chapitre: line.chapitre,
    nature: line.nature,
    ...(line.source?.line !== undefined ? { line: line.source.line } : {}),
    ...(line.source?.sheet !== undefined ? { sheet: line.source.sheet } : {}),
    ...(line.source?.cell !== undefined ? { cell: line.source.cell } : {}),
  };
}

/** A closed account is refused only if it was closed before the year began (ODM sets SupprimeDepuis). */
function closedFor(exercice: number, depuis: string | undefined, exactYear: boolean): boolean {
  return depuis === undefined ? exactYear : depuis <= `${exercice}-01-01`;
}

/** NOM-01..03: every nature exists, is open, allows the movement, and sits in the plan's chapitre. */
export default defineRule({
  meta: {
    id: "BUD-NOMENCLATURE",
    severity: "error",
    title: "Natures et chapitres conformes au plan de comptes de l'exercice",
    ref: "Plans de comptes M57 et M14 de l'exercice",
    verification: "data",
    messages: {
      unknownPlan:
        "Nomenclature « {nomenclature} » non disponible (plans fournis : {plans}) : natures et chapitres non vérifiés.",
      otherYear: "Pas de plan de comptes {declinaison} {exercice} : vérifié avec celui de {annee}.",
      unknownNature: "Nature {nature} absente du plan de comptes {declinaison} {annee}.",
      notLeaf: "Nature {nature} : compte de regroupement, une subdivision de dernier niveau est attendue.",
      closed: "Nature {nature} supprimée du plan de comptes{depuis}.",
      movement: "Nature {nature} : {sensFr} {mouvement} non autorisée par le plan de comptes.",
      chapitre: "Nature {nature} rattachée au chapitre {chapitre} au lieu de {attendu}.",
      section: "Nature {nature} : le chapitre {attendu} relève de la section {attendue}, pas {section}.",
    },
    note: "Catalogue NOM-01, NOM-02, NOM-03.",
  },
  check(subject: BudgetSubject, context) {
    const { document } = subject;
    const choice = findPlan(document.nomenclature, document.exercice);
    if (!choice) {
      context.report({
        messageId: "unknownPlan",
        data: { nomenclature: document.nomenclature, plans: supportedNomenclatures().join(", ") },
        severity: "info",
      });
      return;
    }
    const { plan, exactYear } = choice;
    const ref = { declinaison: plan.declinaison, annee: plan.exer };
    if (!exactYear)
      context.report({ messageId: "otherYear", data: { ...ref, exercice: document.exercice }, severity: "info" });
    // A CA/CFU reproduces the credits voted during the year: an anomaly there was accepted at the vote
    // (Mohon CFU 2023 uses the closed 6061, Montreuil CA 2019 a 2031 under 204), so it is reported as a warning;
    // but an account that no plan has is an error on every document: nothing can be booked on it.
    const yearEnd = isYearEnd(document);
    // Lines of one kind share the verdict: each kind is checked once, then each faulty line is located.
    for (const kind of subject.index.kinds) {
      checkLine(kind, plan, exactYear, document.exercice, (messageId, data) => {
        const severity = yearEnd && messageId !== "unknownNature" ? "warning" : "error";
        for (const line of kind.lines)
          context.report({ messageId, data: { ...ref, nature: line.nature, ...data }, at: locate(line), severity });
      });
    }
  },
});

type LineMessage = "unknownNature" | "notLeaf" | "closed" | "movement" | "chapitre" | "section";

function checkLine(
  line: LineKind,
  plan: PlanDeComptes,
  exactYear: boolean,
  exercice: number,
  report: (messageId: LineMessage, data?: Record<string, string>) => void,
): void {
  const compte = plan.comptes.get(line.nature);
  if (!compte) {
    report("unknownNature");
    return;
  }
  if (!compte.feuille) {
    report("notLeaf");
    return;
  }
  if (compte.supprime && closedFor(exercice, compte.supprimeDepuis, exactYear)) {
    report("closed", { depuis: compte.supprimeDepuis ? ` depuis le ${compte.supprimeDepuis}` : "" });
    return;
  }
  const attendu = chapitreOf(compte, line.sens, line.mouvement, line.typeOrdre);
  if (attendu === "") {
    report("movement", {
      sensFr: line.sens === "D" ? "dépense" : "recette",
      mouvement: MOUVEMENT_FR[line.mouvement],
    });
    return;
  }
  const declared = line.chapitreDeclare ?? line.chapitre;
  const votedByOperation = line.withOperation && (line.sens === "D" ? compte.dEquip : compte.rEquip);
  // Comptes de tiers: one chapitre per opération, numbered under the plan's (4541 → 45411, 45412…).
  const tiersOperation = attendu.startsWith("45") && declared.startsWith(attendu);
  if (declared !== attendu && !votedByOperation && !tiersOperation) {
    report("chapitre", { chapitre: declared, attendu });
    return;
  }
  const expectedSection = plan.chapitres.get(attendu)?.section;
  if (expectedSection !== undefined && expectedSection !== line.section) {
    report("section", { attendu, attendue: expectedSection, section: line.section });
  }
}
