import { budgetVoteDeadline, compteVoteDeadline } from "../../calendar";
import { addMonths, formatDateFr, SEUIL_3500 } from "../../common";
import { isCompteAdministratif, pointPath } from "../attendance";
import type { Point } from "../schema";
import { defineSeanceRule } from "../rule-support/support";

export default defineSeanceRule({
  meta: {
    id: "CM-032",
    severity: "warning",
    title: "Calendrier budgétaire",
    ref: "CGCT L1612-2, L1612-12",
    verification: "V2015",
    messages: {
      budget:
        "Budget {exercice} voté le {date}, après la date limite du {deadline} : le préfet saisit la chambre régionale des comptes.",
      compte: "Compte {exercice} voté le {date}, après la date limite du {deadline}.",
      dobMissing:
        "À compléter : dans les communes de 3 500 habitants et plus, un débat d'orientation budgétaire précède le budget de deux mois au plus.",
      dobWindow:
        "Débat d'orientation budgétaire du {dob} : il doit avoir lieu dans les deux mois précédant l'examen du budget du {date}.",
    },
  },
  check({ seance }, { report }) {
    const date = formatDateFr(seance.date);
    seance.points.forEach((point, i) => {
      if (point.exercice === undefined) return;
      const deadline = deadlineOf(point, point.exercice);
      if (deadline && seance.date > deadline) {
        const messageId = point.kind === "budget-primitif" ? "budget" : "compte";
        report({
          messageId,
          data: { exercice: point.exercice, date, deadline: formatDateFr(deadline) },
          at: { path: pointPath(i) },
        });
      }
      if (point.kind !== "budget-primitif" || (seance.commune?.population ?? 0) < SEUIL_3500) return;
      if (!point.dobDate) {
        report({ messageId: "dobMissing", severity: "info", at: { path: pointPath(i, "dobDate") } });
        return;
      }
      if (point.dobDate > seance.date || point.dobDate < addMonths(seance.date, -2)) {
        report({
          messageId: "dobWindow",
          data: { dob: formatDateFr(point.dobDate), date },
          at: { path: pointPath(i, "dobDate") },
        });
      }
    });
  },
});

function deadlineOf(point: Point, exercice: number): string | undefined {
  if (point.kind === "budget-primitif") return budgetVoteDeadline(exercice).due;
  if (isCompteAdministratif(point)) return compteVoteDeadline(exercice).due;
  return undefined;
}
