import { defineCouncilRule, located } from "../evidence";

export default defineCouncilRule({
  meta: {
    id: "CM-022",
    severity: "error",
    title: "Vote du compte administratif hors de la présence du maire",
    ref: "CGCT L2121-14, L1612-12",
    verification: "V2015",
    // A séance's record names the point and the maire; a délibération speaks of its own vote.
    messages: {
      president:
        "« {subject} » : le conseil élit son président pour le compte administratif ; le maire ({maire}) ne peut pas présider ce point.",
      maireVoted:
        "« {subject} » : le maire ({maire}) doit se retirer au moment du vote du compte administratif et n'est compté ni présent ni votant.",
      presidentAct:
        "Compte administratif voté sous la présidence du maire : le conseil élit son président pour ce vote ; le maire ne peut pas le présider.",
      withdrawalUnsaid:
        "Compte administratif : mention du retrait du maire au moment du vote à compléter (il peut assister à la discussion, mais n'est compté ni présent ni votant).",
    },
    note: "L'échéance du 30 juin est vérifiée par CM-032, la règle d'adoption (égalité = arrêté) par CM-018. Dans un acte, l'élection d'un autre président et le retrait du maire sont lus dans le texte ; un président de séance qui est le maire, sans autre président nommé pour le compte, est à vérifier.",
  },
  check({ scope, points }, { report }) {
    const seance = scope === "seance";
    for (const point of points) {
      const ca = point.compteAdministratif;
      if (!ca) continue;
      const data = { subject: point.subject, maire: ca.maire ?? "" };
      const { presidedByMaire: presided, maireTookPart: tookPart } = ca;
      if (presided?.value)
        report({
          messageId: seance ? "president" : "presidentAct",
          data,
          ...located(presided),
        });
      if (tookPart?.value)
        report({
          messageId: "maireVoted",
          data,
          ...located(tookPart),
        });
      else if (!tookPart)
        report({
          messageId: "withdrawalUnsaid",
          severity: "warning",
          data,
          ...(point.at ? { at: point.at } : {}),
          evidence: { kind: "absent" },
        });
    }
  },
});
