import { at, defineActRule } from "../rule-support/support";

export default defineActRule({
  meta: {
    id: "ARR-010",
    severity: "warning",
    title: "Signature, identité du signataire, date et lieu",
    ref: "CRPA L212-1",
    verification: "D",
    messages: {
      fait: "Mention « Fait à …, le … » à compléter.",
      date: "La mention « {fait} » ne porte pas de date.",
      signature: "Signature à compléter : qualité, prénom et nom du signataire.",
      name: "Le signataire « {qualite} » n'est pas identifié par son prénom et son nom en caractères lisibles.",
    },
  },
  check({ act }, { report }) {
    if (act.kind !== "arrete") return;
    if (!act.faitA) report({ messageId: "fait" });
    else if (!act.faitA.iso) report({ messageId: "date", data: { fait: act.faitA.text }, at: at(act.faitA) });
    if (!act.signataire) report({ messageId: "signature" });
    else if (!act.signataire.name)
      report({ messageId: "name", data: { qualite: act.signataire.qualite }, at: at(act.signataire) });
  },
});
