import { foldKey } from "../../common/fold";
import { includesName, proxiesAllowed } from "../attendance";
import { defineSeanceRule } from "../rule-support/support";

export default defineSeanceRule({
  meta: {
    id: "CM-014",
    severity: "error",
    title: "Procurations des conseillers empêchés",
    ref: "CGCT L2121-20",
    verification: "V2015",
    messages: {
      tooMany: "{mandataire} porte {count} pouvoirs : un conseiller ne peut être porteur que de {allowed} pouvoir(s).",
      unwritten:
        "Le pouvoir de {mandant} n'est pas écrit : seul un pouvoir écrit permet de voter au nom d'un collègue.",
      noMandataire: "Le pouvoir de {mandant} ne désigne pas de mandataire.",
      absentMandataire: "Le pouvoir de {mandant} est confié à {mandataire}, absent(e) : il ne peut pas être exercé.",
      presentMandant: "{mandant} est présent(e) : son pouvoir tombe et ne doit pas être compté.",
      tooLong:
        "Le pouvoir de {mandant} couvre {count} séances consécutives : trois au plus, sauf maladie dûment constatée.",
    },
  },
  check({ seance }, { report, date }) {
    const allowed = proxiesAllowed(date);
    const held = new Map<string, number>();
    (seance.procurations ?? []).forEach((p, i) => {
      const at = { path: `procurations[${i}]` };
      const data = { mandant: p.mandant, mandataire: p.mandataire ?? "", allowed };
      if (p.written === false) report({ messageId: "unwritten", data, at });
      if (p.consecutiveSeances !== undefined && p.consecutiveSeances > 3 && p.maladie !== true) {
        report({ messageId: "tooLong", data: { ...data, count: p.consecutiveSeances }, at });
      }
      if (includesName(seance.presents, p.mandant)) report({ messageId: "presentMandant", severity: "info", data, at });
      if (!p.mandataire) {
        report({ messageId: "noMandataire", severity: "warning", data, at });
        return;
      }
      if (!includesName(seance.presents, p.mandataire))
        report({ messageId: "absentMandataire", severity: "warning", data, at });
      const count = (held.get(foldKey(p.mandataire)) ?? 0) + 1;
      held.set(foldKey(p.mandataire), count);
      if (count === allowed + 1) report({ messageId: "tooMany", data: { ...data, count }, at });
    });
  },
});
