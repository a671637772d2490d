import { defineRule } from "../../rules";
import { addMonths, formatDateFr } from "../iso-date";
import type { FunderKind } from "../plan";
import { activeFunders, funderLabel, funderPath } from "../plan";
import type { PlanSubject } from "../subject";

/** R2334-23 to R2334-29 govern DETR; DSIL follows the same articles (budget-rules.md C.2). */
const KINDS: readonly FunderKind[] = ["detr", "dsil"];
const START_DELAY_MONTHS = 24;
const COMPLETE_AFTER_MONTHS = 3;

export default defineRule<PlanSubject, "caduque" | "reputeComplet">({
  meta: {
    id: "PLAN-PF-07",
    severity: "warning",
    title: "Délais DETR (dossier complet, caducité)",
    ref: "CGCT R2334-23, R2334-28 à R2334-29",
    verification: "M",
    messages: {
      caduque:
        "{financeur} notifiée le {decision} : l'opération n'avait pas commencé le {limite} ; la subvention est caduque sauf prorogation.",
      reputeComplet:
        "{financeur} : sans réponse trois mois après sa réception, le dossier est réputé complet depuis le {date}.",
    },
    note: "Le délai d'achèvement de quatre ans n'est pas contrôlé : le plan ne porte pas la date de fin des travaux.",
  },
  check({ plan, today }, ctx) {
    const debut = plan.project.commencement;
    for (const funder of activeFunders(plan).filter((f) => KINDS.includes(f.kind))) {
      const at = { path: funderPath(plan, funder) };
      const financeur = funderLabel(funder);
      if (funder.status === "accorde" && funder.decisionDate) {
        const limite = addMonths(funder.decisionDate, START_DELAY_MONTHS);
        if ((debut ?? today) > limite) {
          ctx.report({
            messageId: "caduque",
            data: { financeur, decision: formatDateFr(funder.decisionDate), limite: formatDateFr(limite) },
            at,
          });
        }
      } else if (funder.status === "demande" && funder.acknowledgementDate && !funder.decisionDate) {
        const complete = addMonths(funder.acknowledgementDate, COMPLETE_AFTER_MONTHS);
        if (today > complete)
          ctx.report({
            messageId: "reputeComplet",
            data: { financeur, date: formatDateFr(complete) },
            at,
            severity: "info",
          });
      }
    }
  },
});
