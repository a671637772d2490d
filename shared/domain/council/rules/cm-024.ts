import { addDays, formatDateFr, PUBLICITY_REFORM_FROM } from "../../common";
import { defineSeanceRule } from "../rule-support/support";

export default defineSeanceRule({
  meta: {
    id: "CM-024",
    severity: "warning",
    title: "Liste des délibérations affichée et mise en ligne dans la semaine",
    ref: "CGCT L2121-25",
    verification: "V",
    effective: { from: PUBLICITY_REFORM_FROM },
    messages: {
      late: "La liste des délibérations devait être {how} au plus tard le {deadline} (fait le {done}).",
      missing:
        "À compléter : la liste des délibérations n'est pas indiquée comme {how} ; l'échéance du {deadline} est passée.",
    },
  },
  check({ seance, today }, { report }) {
    const deadline = addDays(seance.date, 7);
    const list = seance.deliberationsList ?? {};
    const checks = [
      { how: "affichée à la mairie", done: list.postedOn, path: "deliberationsList.postedOn" },
      ...(seance.commune?.website === true
        ? [{ how: "mise en ligne sur le site internet", done: list.onlineOn, path: "deliberationsList.onlineOn" }]
        : []),
    ];
    for (const { how, done, path } of checks) {
      const data = { how, deadline: formatDateFr(deadline), done: done ? formatDateFr(done) : "" };
      if (done && done > deadline) report({ messageId: "late", data, at: { path } });
      if (!done && today > deadline) report({ messageId: "missing", data, at: { path } });
    }
  },
});
