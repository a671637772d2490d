import { defineRule } from "../../rules";
import { formatDateFr } from "../iso-date";
import type { Funder } from "../plan";
import { funderLabel, funderPath, isPublic, STATE_FUNDERS } from "../plan";
import type { PlanSubject } from "../subject";

type MessageId = "avantDemande" | "avantReception" | "memeJour" | "receptionInconnue";

const STATE_CONSEQUENCE = " : la subvention ne peut pas être accordée sans dérogation notifiée par le préfet";
const OTHER_CONSEQUENCE = " : vérifiez que le règlement du financeur l'admet";

/** The reception date R2334-24 counts from; a request date is a lower bound of it, never a substitute. */
function reception(funder: Funder): { date: string; known: boolean } | undefined {
  if (funder.acknowledgementDate) return { date: funder.acknowledgementDate, known: true };
  if (funder.requestDate) return { date: funder.requestDate, known: false };
  return undefined;
}

export default defineRule<PlanSubject, MessageId>({
  meta: {
    id: "PLAN-COMMENCEMENT",
    severity: "error",
    title: "Pas de commencement d'exécution avant la réception de la demande",
    ref: "CGCT R2334-24, décret 2018-514",
    verification: "V",
    messages: {
      avantDemande:
        "{financeur} : l'opération a commencé le {debut} alors que la demande n'est pas déposée{consequence}.",
      avantReception:
        "{financeur} : commencement d'exécution le {debut}, avant la réception de la demande ({reception}){consequence}.",
      memeJour:
        "{financeur} : commencement d'exécution le jour même de la réception de la demande ({debut}) : gardez la preuve que la demande a été reçue avant.",
      receptionInconnue:
        "{financeur} : date de réception de la demande inconnue ; vérifiez qu'elle précède le commencement du {debut}.",
    },
    note: "Erreur pour les subventions de l'État (dotations, fonds vert), avertissement pour les autres financeurs publics. Études et acquisitions foncières préalables ne sont pas un commencement : la date saisie doit les exclure.",
  },
  check({ plan }, ctx) {
    const debut = plan.project.commencement;
    if (!debut) return;
    for (const funder of plan.funders) {
      if (funder.status === "refuse" || !isPublic(funder) || funder.commencementDerogation) continue;
      const state = STATE_FUNDERS.includes(funder.kind);
      const severity = state ? "error" : "warning";
      const at = { path: funderPath(plan, funder) };
      const data = {
        financeur: funderLabel(funder),
        debut: formatDateFr(debut),
        consequence: state ? STATE_CONSEQUENCE : OTHER_CONSEQUENCE,
      };
      const received = reception(funder);
      if (funder.status === "prevu" || !received) {
        ctx.report({ messageId: "avantDemande", data, at, severity });
      } else if (debut < received.date) {
        ctx.report({
          messageId: "avantReception",
          data: { ...data, reception: formatDateFr(received.date) },
          at,
          severity,
        });
      } else if (!received.known) {
        ctx.report({ messageId: "receptionInconnue", data, at, severity: "info" });
      } else if (debut === received.date) {
        ctx.report({ messageId: "memeJour", data, at, severity: "warning" });
      }
    }
  },
});
