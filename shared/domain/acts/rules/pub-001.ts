import { SEUIL_3500 } from "../../common";
import { publicityModes } from "../rule-support/publicity";
import { at, defineActRule } from "../rule-support/support";

const CHOICE = /deliberation[^\n]{0,120}(?:mode|modalites) de publicite|publicite[^\n]{0,40}par (?:voie d')?affichage/;

export default defineActRule({
  meta: {
    id: "PUB-001",
    severity: "error",
    title: "Mode de publicité (publication électronique, ou mode choisi par délibération sous 3 500 habitants)",
    ref: "CGCT L2131-1",
    verification: "V",
    effective: { from: "2022-07-01" },
    messages: {
      missing:
        "Publication à compléter : un acte réglementaire ou « ni réglementaire ni individuel » est exécutoire une fois publié.",
      large:
        "Acte seulement affiché dans une commune de {population} habitants : la publication électronique est obligatoire, l'acte n'est pas exécutoire.",
      choice:
        "Acte seulement affiché : sans délibération choisissant l'affichage, la publication électronique s'applique (à vérifier ; sinon l'acte n'est pas exécutoire).",
    },
  },
  check({ act, nature, population }, { report }) {
    if (nature === "individuel") return;
    const modes = publicityModes(act);
    if (!modes.mention) {
      report({ messageId: "missing", severity: "info" });
      return;
    }
    if (modes.electronique || !modes.affichage) return;
    if (population !== undefined && population >= SEUIL_3500) {
      report({ messageId: "large", data: { population }, at: at(modes.mention) });
      return;
    }
    if (!CHOICE.test(act.folded)) report({ messageId: "choice", severity: "warning", at: at(modes.mention) });
  },
});
