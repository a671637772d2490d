import { includesName } from "../attendance";
import { defineSeanceRule } from "../rule-support/support";

export default defineSeanceRule({
  meta: {
    id: "CM-017",
    severity: "info",
    title: "Police de l'assemblée",
    ref: "CGCT L2121-16",
    verification: "V2015",
    messages: {
      authority:
        "Incident « {description} » : seul le maire (ou le président de séance) a la police de l'assemblée, pas {by}.",
      procureur:
        "Incident « {description} » : en cas de crime ou de délit, le maire dresse un procès-verbal et saisit le procureur de la République.",
    },
  },
  check({ seance }, { report }) {
    const authorities = [seance.maire, seance.president].filter((n): n is string => n !== undefined);
    (seance.incidents ?? []).forEach((incident, i) => {
      const at = { path: `incidents[${i}]` };
      const by = incident.orderedBy;
      if (by && authorities.length > 0 && !includesName(authorities, by))
        report({ messageId: "authority", data: { description: incident.description, by }, at });
      if (incident.crimeOrDelit && incident.procesVerbal !== true)
        report({ messageId: "procureur", data: { description: incident.description }, at });
    });
  },
});
