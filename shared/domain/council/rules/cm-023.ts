import { addDays, formatDateFr, PUBLICITY_REFORM_FROM } from "../../common";
import { missingSignatories } from "../attendance";
import { defineSeanceRule } from "../rule-support/support";

export default defineSeanceRule({
  meta: {
    id: "CM-023",
    severity: "warning",
    title: "Procès-verbal de séance",
    ref: "CGCT L2121-15",
    verification: "V",
    effective: { from: PUBLICITY_REFORM_FROM },
    messages: {
      signature: "Le procès-verbal doit être signé par le maire et le(s) secrétaire(s) de séance ; manque : {missing}.",
      arreteTooEarly: "Le procès-verbal est arrêté au commencement de la séance suivante, pas le {arrete}.",
      late: "Le procès-verbal arrêté le {arrete} devait être publié sur le site internet au plus tard le {deadline} (publié le {published}).",
      notPublished:
        "Le procès-verbal arrêté le {arrete} n'est pas publié sur le site internet (échéance dépassée le {deadline}).",
      paper: "Un exemplaire papier du procès-verbal doit être mis à la disposition du public.",
      previous: "Le procès-verbal de la séance précédente n'a pas été arrêté au commencement de cette séance.",
    },
  },
  check({ seance, today }, { report }) {
    if (seance.previousPvArrete === false) report({ messageId: "previous", at: { path: "previousPvArrete" } });
    const pv = seance.pv;
    if (!pv) return;
    if (pv.signedBy) {
      const missing = missingSignatories(seance, pv.signedBy);
      if (missing.length > 0)
        report({ messageId: "signature", data: { missing: missing.join(", ") }, at: { path: "pv.signedBy" } });
    }
    if (pv.paperCopy === false) report({ messageId: "paper", at: { path: "pv.paperCopy" } });
    if (!pv.arreteOn) return;
    const arrete = formatDateFr(pv.arreteOn);
    if (pv.arreteOn <= seance.date)
      report({ messageId: "arreteTooEarly", data: { arrete }, at: { path: "pv.arreteOn" } });
    if (seance.commune?.website !== true) return;
    const deadline = addDays(pv.arreteOn, 7);
    const data = {
      arrete,
      deadline: formatDateFr(deadline),
      published: pv.publishedOnlineOn ? formatDateFr(pv.publishedOnlineOn) : "",
    };
    if (pv.publishedOnlineOn && pv.publishedOnlineOn > deadline)
      report({ messageId: "late", data, at: { path: "pv.publishedOnlineOn" } });
    if (!pv.publishedOnlineOn && today > deadline)
      report({ messageId: "notPublished", data, at: { path: "pv.publishedOnlineOn" } });
  },
});
