import { formatMoney } from "../../common/money";
import { defineRule } from "../../rules";
import type { BudgetSubject } from "../subject";
import { appliesTo } from "../rule-support/support";

/** Counterparts of the dotations (681x) at 040: amortissements 28, provisions 15, 29, 39, 49, 59. */
const COUNTERPARTS = ["28", "15", "29", "39", "49", "59"];

export default defineRule({
  meta: {
    id: "BUD-OBL-02",
    severity: "error",
    title: "Amortissements obligatoires inscrits",
    ref: "CGCT L2321-2 27°, R2321-1",
    verification: "V",
    messages: {
      asymmetric:
        "Dotations aux amortissements et provisions d'ordre (D042 68 : {d}) différentes des amortissements et provisions constatés (R040 : {r}).",
      missing:
        "Commune de {population} habitants : aucune dotation aux amortissements inscrite, alors que l'amortissement est obligatoire à partir de 3 500 habitants.",
      below: "Dotations aux amortissements ({d}) inférieures à l'annuité du plan d'amortissement ({plan}).",
      noPlan: "Dotation annuelle du plan d'amortissement non fournie : son inscription intégrale n'est pas vérifiée.",
    },
    note: "Catalogue OBL-02 ; pour les communes de moins de 3 500 habitants, seule la symétrie est vérifiée (subventions versées 204 : données de bilan absentes).",
  },
  check(subject: BudgetSubject, context) {
    if (!appliesTo(subject, ["BP", "BS", "CA"])) return;
    const { index, document } = subject;
    const column = document.type === "CA" ? "realise" : "credits";
    const d = index.sum(column, { sens: "D", chapitres: ["042"], natures: ["68"] });
    const r = index.sum(column, { sens: "R", chapitres: ["040"], natures: COUNTERPARTS });
    const at = { section: "F", sens: "D", chapitre: "042" } as const;
    if (d !== r) context.report({ messageId: "asymmetric", data: { d: formatMoney(d), r: formatMoney(r) }, at });
    if (subject.population !== undefined && subject.population >= 3500 && d === 0 && !document.budgetAnnexe) {
      context.report({ messageId: "missing", data: { population: subject.population }, severity: "warning", at });
    }
    const plan = document.facts.dotationAmortissements;
    if (plan === undefined) context.report({ messageId: "noPlan", severity: "info" });
    else if (d < plan) context.report({ messageId: "below", data: { d: formatMoney(d), plan: formatMoney(plan) }, at });
  },
});
