import { quarterIndex, quarterLabel } from "../../common";
import { defineSeanceRule } from "../rule-support/support";

export default defineSeanceRule({
  meta: {
    id: "CM-001",
    severity: "warning",
    title: "Périodicité trimestrielle des séances",
    ref: "CGCT L2121-7",
    verification: "V2015",
    messages: {
      gap: "Aucune séance n'a été tenue au cours du trimestre {T} (art. L2121-7 CGCT : au moins une réunion par trimestre).",
    },
    note: "Heuristique : seuls les trimestres entre la séance précédente et celle-ci sont connus.",
  },
  check({ seance }, { report }) {
    if (!seance.previousSeanceDate) return;
    for (let q = quarterIndex(seance.previousSeanceDate) + 1; q < quarterIndex(seance.date); q++) {
      report({ messageId: "gap", data: { T: quarterLabel(q) }, at: { path: "previousSeanceDate" } });
    }
  },
});
