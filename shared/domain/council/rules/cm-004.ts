import { alsaceMoselle } from "../attendance";
import { defineSeanceRule } from "../rule-support/support";

export default defineSeanceRule({
  meta: {
    id: "CM-004",
    severity: "info",
    title: "Publicité de la convocation",
    ref: "CGCT L2121-10",
    verification: "V",
    messages: {
      register: "La convocation doit être mentionnée au registre des délibérations.",
      posted: "La convocation doit être affichée ou publiée.",
    },
    note: "Sans objet en Alsace-Moselle, où L2121-10 ne s'applique pas (L2541-1).",
  },
  check({ seance }, { report }) {
    const convocation = seance.convocation;
    if (!convocation || alsaceMoselle(seance)) return;
    if (convocation.registerMention === false)
      report({ messageId: "register", at: { path: "convocation.registerMention" } });
    if (convocation.postedOrPublished === false)
      report({ messageId: "posted", at: { path: "convocation.postedOrPublished" } });
  },
});
