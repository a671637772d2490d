import { PUBLICITY_REFORM_FROM } from "../../common";
import { missingSignatories, pointPath } from "../attendance";
import { defineSeanceRule } from "../rule-support/support";

export default defineSeanceRule({
  meta: {
    id: "CM-025",
    severity: "warning",
    title: "Registre des délibérations",
    ref: "CGCT R2121-9",
    verification: "V",
    effective: { from: PUBLICITY_REFORM_FROM },
    messages: {
      number:
        "Le numéro d'ordre {number} est donné à plusieurs affaires de la séance ; chaque affaire reçoit son propre numéro.",
      signature:
        "Le feuillet de clôture du registre doit porter la signature du maire et du ou des secrétaires ; manque : {missing}.",
    },
  },
  check({ seance }, { report }) {
    const seen = new Set<string>();
    seance.points.forEach((point, i) => {
      if (point.number === undefined) return;
      const key = String(point.number);
      if (seen.has(key)) report({ messageId: "number", data: { number: key }, at: { path: pointPath(i, "number") } });
      seen.add(key);
    });
    const signedBy = seance.register?.signedBy;
    if (!signedBy) return;
    const missing = missingSignatories(seance, signedBy);
    if (missing.length > 0)
      report({ messageId: "signature", data: { missing: missing.join(", ") }, at: { path: "register.signedBy" } });
  },
});
