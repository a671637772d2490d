import { formatMoney } from "../../common/money";
import { defineRule } from "../../rules";
import { reprise } from "../figures";
import type { BudgetSubject } from "../subject";
import { appliesTo } from "../rule-support/support";

/** R2311-11, R2311-12: the restes à réaliser of the compte of N-1 are carried over as they are, with the results. */
export default defineRule({
  meta: {
    id: "BUD-REPRISE-RAR",
    severity: "error",
    title: "Restes à réaliser de l'exercice précédent repris à l'identique",
    ref: "CGCT R2311-11, R2311-12",
    verification: "D",
    messages: {
      mismatch:
        "Restes à réaliser en {sens} de la section d'investissement repris pour {repris}, alors que le compte {exercice} en arrête {attendu}.",
      checked:
        "Restes à réaliser repris conformes au compte {exercice} : dépenses {d}, recettes {r} (vérifié sur les deux documents).",
      noDocument:
        "Reprise des restes à réaliser non vérifiée : le compte administratif de l'exercice précédent n'est pas fourni avec le budget.",
    },
    note: "Vérification sur deux documents de l'année (compte N-1 et budget N).",
  },
  check(subject: BudgetSubject, context) {
    if (!appliesTo(subject, ["BP", "BS"])) return;
    const { index, document } = subject;
    // A BP voted before the CA takes nothing over: the reprise then comes with the BS.
    if (!reprise(index).repris) return;
    const precedent = document.facts.precedent;
    if (!precedent) {
      context.report({ messageId: "noDocument", severity: "info" });
      return;
    }
    let conform = true;
    for (const [sens, label, attendu] of [
      ["D", "dépenses", precedent.rarDepenses],
      ["R", "recettes", precedent.rarRecettes],
    ] as const) {
      const repris = index.sum("rar", { section: "I", sens });
      if (repris === attendu) continue;
      conform = false;
      context.report({
        messageId: "mismatch",
        data: { sens: label, repris: formatMoney(repris), attendu: formatMoney(attendu), exercice: precedent.exercice },
        at: { section: "I", sens },
      });
    }
    if (conform)
      context.report({
        messageId: "checked",
        severity: "info",
        data: {
          exercice: precedent.exercice,
          d: formatMoney(precedent.rarDepenses),
          r: formatMoney(precedent.rarRecettes),
        },
      });
  },
});
