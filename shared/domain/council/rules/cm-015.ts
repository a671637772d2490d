import { includesName } from "../attendance";
import { defineSeanceRule } from "../rule-support/support";

export default defineSeanceRule({
  meta: {
    id: "CM-015",
    severity: "warning",
    title: "Secrétaire de séance",
    ref: "CGCT L2121-15",
    verification: "V",
    messages: {
      none: "À compléter : aucun secrétaire de séance n'est désigné ; le conseil en nomme un parmi ses membres au début de chaque séance.",
      notMember:
        "Le secrétaire de séance doit être un conseiller municipal présent ; l'agent de mairie ne peut être qu'auxiliaire ({name}).",
    },
    note: "En Alsace-Moselle la désignation à chaque séance relève de L2541-6 ; la vérification est la même.",
  },
  check({ seance }, { report }) {
    const secretaries = seance.secretaries ?? [];
    if (secretaries.length === 0) {
      report({ messageId: "none", at: { path: "secretaries" } });
      return;
    }
    secretaries.forEach((name, i) => {
      const member = seance.members === undefined || includesName(seance.members, name);
      if (!member || !includesName(seance.presents, name))
        report({ messageId: "notMember", data: { name }, at: { path: `secretaries[${i}]` } });
    });
  },
});
