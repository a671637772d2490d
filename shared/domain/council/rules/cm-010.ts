import { inCovidWindow } from "../../common";
import { defineSeanceRule } from "../rule-support/support";

export default defineSeanceRule({
  meta: {
    id: "CM-010",
    severity: "warning",
    title: "Lieu de réunion du conseil",
    ref: "CGCT L2121-7",
    verification: "V2015",
    messages: {
      place:
        "Le conseil se réunit à la mairie ; un autre lieu de la commune doit avoir été désigné par délibération (neutralité, accessibilité, publicité).",
      covid:
        "Séance hors de la mairie pendant la période dérogatoire COVID : vérifier que le lieu respecte les conditions de la dérogation.",
    },
  },
  check({ seance }, { report, date }) {
    if (seance.placeIsMairie !== false || seance.placeDesignatedByDeliberation === true) return;
    if (inCovidWindow(date)) report({ messageId: "covid", severity: "info", at: { path: "place" } });
    else report({ messageId: "place", at: { path: "place" } });
  },
});
