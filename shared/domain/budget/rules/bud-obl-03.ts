import { formatMoney } from "../../common/money";
import { defineRule } from "../../rules";
import type { BudgetSubject } from "../subject";
import { appliesTo } from "../rule-support/support";

/** R2321-2: provisions for litigation, collective proceedings and doubtful receivables (semi-budgétaires by default). */
export default defineRule({
  meta: {
    id: "BUD-OBL-03",
    severity: "warning",
    title: "Provisions obligatoires constituées",
    ref: "CGCT L2321-2, R2321-2",
    verification: "M",
    messages: {
      below:
        "Dotations aux provisions inscrites ({inscrit}) inférieures aux provisions requises ({requis}) par les contentieux et créances douteuses déclarés.",
      noData:
        "Risques à provisionner (contentieux, procédures collectives, créances de plus de deux ans) non fournis : provisions non vérifiées.",
    },
    note: "Catalogue OBL-03 (détail des trois cas de mémoire).",
  },
  check(subject: BudgetSubject, context) {
    if (!appliesTo(subject, ["BP", "BS", "CA"])) return;
    const requis = subject.document.facts.provisionsRequises;
    if (requis === undefined) {
      context.report({ messageId: "noData", severity: "info" });
      return;
    }
    const column = subject.document.type === "CA" ? "realise" : "credits";
    const inscrit = subject.index.sum(column, { sens: "D", natures: ["68"], except: ["6811"] });
    if (inscrit < requis)
      context.report({
        messageId: "below",
        data: { inscrit: formatMoney(inscrit), requis: formatMoney(requis) },
        at: { section: "F", sens: "D", chapitre: "68" },
      });
  },
});
