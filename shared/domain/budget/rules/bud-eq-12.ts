import { formatMoney } from "../../common/money";
import { defineRule } from "../../rules";
import type { Cents } from "../../common/money";
import type { BudgetSubject } from "../subject";
import { appliesTo } from "../rule-support/support";

/** Gap tolerated between an estimate and its notification before the sincérité alert: 5 %. */
const TOLERANCE_PER_THOUSAND = 50;

export default defineRule({
  meta: {
    id: "BUD-EQ-12",
    severity: "warning",
    title: "Sincérité des prévisions",
    ref: "CGCT L1612-4",
    verification: "M",
    messages: {
      gap: "{poste} inscrit(e) pour {inscrit}, notifié(e) pour {notifie} : écart de plus de 5 %, prévision à justifier.",
      noData: "Sincérité des prévisions non vérifiée : état 1259 (fiscalité) et DGF notifiée absents du document.",
    },
    note: "Catalogue EQ-12 ; seuil de 5 % à paramétrer ; les intérêts et le capital de la dette sont comparés par BUD-OBL-01.",
  },
  check(subject: BudgetSubject, context) {
    if (!appliesTo(subject, ["BP", "BS"])) return;
    const { facts } = subject.document;
    if (facts.fiscaliteNotifiee === undefined && facts.dgfNotifiee === undefined) {
      context.report({ messageId: "noData", severity: "info" });
      return;
    }
    const compare = (poste: string, natures: readonly string[], notifie: Cents | undefined, chapitre: string) => {
      if (notifie === undefined) return;
      const inscrit = subject.index.sum("credits", { sens: "R", natures });
      if (Math.abs(inscrit - notifie) * 1000 > Math.abs(notifie) * TOLERANCE_PER_THOUSAND) {
        context.report({
          messageId: "gap",
          data: { poste, inscrit: formatMoney(inscrit), notifie: formatMoney(notifie) },
          at: { section: "F", sens: "R", chapitre, nature: natures[0] ?? "" },
        });
      }
    };
    compare("Fiscalité directe (7311)", ["7311"], facts.fiscaliteNotifiee, "73");
    compare("DGF (7411)", ["7411"], facts.dgfNotifiee, "74");
  },
});
