import { defineRule } from "../../rules";
import { isYearEnd, recettesReellesFonctionnement, resultats } from "../figures";
import { percentOf } from "../../common/money";
import type { BudgetSubject } from "../subject";
import { euros } from "../rule-support/support";

/** L1612-14: a deficit of 10 % of fonctionnement receipts (5 % from 20 000 inhabitants) brings in the CRC. */
export default defineRule({
  meta: {
    id: "BUD-DEFICIT-CA",
    severity: "error",
    title: "Déficit du compte administratif au-delà du seuil de saisine de la chambre régionale des comptes",
    ref: "CGCT L1612-14",
    verification: "V",
    messages: {
      deficit:
        "Déficit d'exécution de {deficit}, soit {taux} % des recettes réelles de fonctionnement ({recettes}) : au-delà du seuil de {seuil} %, le préfet saisit la chambre régionale des comptes.",
      populationUnknown:
        "Déficit d'exécution de {deficit} ({taux} % des recettes réelles de fonctionnement) : au-delà du seuil de 5 % applicable aux communes de 20 000 habitants et plus ; population inconnue (--population).",
      noData: "Déficit du compte non vérifié : le document ne donne pas les réalisations.",
    },
    note: "Catalogue DEF-01 ; déficit = −(résultat de fonctionnement + solde d'investissement + RAR recettes − RAR dépenses).",
  },
  check(subject: BudgetSubject, context) {
    if (!isYearEnd(subject.document)) return;
    if (!subject.index.has("realise")) {
      context.report({ messageId: "noData", severity: "info" });
      return;
    }
    const r = resultats(subject.index);
    const deficit = -(r.fonctionnement + r.investissement + r.rarRecettes - r.rarDepenses);
    if (deficit <= 0) return;
    const recettes = recettesReellesFonctionnement(subject.index, "realise");
    const taux = recettes > 0 ? ((deficit * 100) / recettes).toFixed(1).replace(".", ",") : "∞";
    const data = { deficit: euros(deficit), taux, recettes: euros(recettes) };
    const large = subject.population === undefined || subject.population >= 20000;
    if (
      deficit >= percentOf(recettes, 100) ||
      (subject.population !== undefined && large && deficit >= percentOf(recettes, 50))
    ) {
      context.report({
        messageId: "deficit",
        data: { ...data, seuil: large && subject.population !== undefined ? 5 : 10 },
      });
    } else if (subject.population === undefined && deficit >= percentOf(recettes, 50)) {
      context.report({ messageId: "populationUnknown", data, severity: "info" });
    }
  },
});
