import { defineSeanceRule } from "../rule-support/support";

export default defineSeanceRule({
  meta: {
    id: "CM-003",
    severity: "error",
    title: "Auteur et contenu de la convocation",
    ref: "CGCT L2121-10",
    verification: "V",
    messages: {
      noAgenda: "La convocation n'indique aucune question à l'ordre du jour.",
      agendaUnknown: "À compléter : les questions portées à l'ordre du jour de la convocation ne sont pas renseignées.",
      missing: "À compléter : la convocation doit indiquer {what} de la séance.",
      author: "La convocation doit être faite par le maire ou par celui qui le remplace.",
      emptyAgenda:
        "L'ordre du jour ne compte aucun point : ajoutez les affaires soumises au conseil avant d'envoyer la convocation.",
    },
  },
  check({ seance }, { report }) {
    const convocation = seance.convocation;
    // Before the convocation, an empty agenda is the first thing to fill: the convocation must list its questions.
    if (!convocation) {
      if (seance.points.length === 0) report({ messageId: "emptyAgenda", severity: "warning", at: { path: "points" } });
      return;
    }
    if (convocation.agenda === undefined)
      report({ messageId: "agendaUnknown", severity: "warning", at: { path: "convocation.agenda" } });
    else if (convocation.agenda.length === 0) report({ messageId: "noAgenda", at: { path: "convocation.agenda" } });
    const missing = [seance.time ? "" : "l'heure", seance.place ? "" : "le lieu"].filter(Boolean);
    if (missing.length > 0)
      report({
        messageId: "missing",
        severity: "warning",
        data: { what: missing.join(" et ") },
        at: { path: seance.time ? "place" : "time" },
      });
    if (convocation.issuedBy === "autre")
      report({ messageId: "author", severity: "warning", at: { path: "convocation.issuedBy" } });
  },
});
