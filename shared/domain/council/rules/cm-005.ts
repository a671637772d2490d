import { DEMATERIALISED_CONVOCATION_FROM } from "../../common";
import { includesName } from "../attendance";
import { defineSeanceRule } from "../rule-support/support";

export default defineSeanceRule({
  meta: {
    id: "CM-005",
    severity: "error",
    title: "Mode d'envoi de la convocation à chaque conseiller",
    ref: "CGCT L2121-10",
    verification: "V",
    effective: { from: DEMATERIALISED_CONVOCATION_FROM },
    messages: {
      notConvened:
        "{member} n'a pas été convoqué(e) : chaque conseiller en exercice doit recevoir personnellement la convocation.",
      pigeonhole: "Convocation de {member} déposée en casier en mairie sans que le conseiller ait choisi ce mode.",
      noProof: "À compléter : aucune date d'envoi n'est prouvée pour la convocation de {member}.",
    },
  },
  check({ seance }, { report }) {
    const recipients = seance.convocation?.recipients;
    if (!recipients) return;
    const sent = recipients.map((r) => r.member);
    for (const member of seance.members ?? []) {
      if (!includesName(sent, member))
        report({ messageId: "notConvened", data: { member }, at: { path: "convocation.recipients" } });
    }
    recipients.forEach((r, i) => {
      const at = { path: `convocation.recipients[${i}]` };
      if (r.mode === "casier_mairie" && r.chosenByMember !== true)
        report({ messageId: "pigeonhole", severity: "warning", data: { member: r.member }, at });
      if (!r.sentOn && !seance.convocation?.sentOn)
        report({ messageId: "noProof", severity: "warning", data: { member: r.member }, at });
    });
  },
});
