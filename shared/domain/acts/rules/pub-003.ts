import { publicityModes } from "../rule-support/publicity";
import { at, defineActRule } from "../rule-support/support";

export default defineActRule({
  meta: {
    id: "PUB-003",
    severity: "warning",
    title: "Publication sur papier (option des communes de moins de 3 500 habitants)",
    ref: "CGCT R2131-1",
    verification: "V",
    effective: { from: "2022-07-01" },
    messages: {
      disposal:
        "Publication sur papier : préciser que l'acte est tenu à la disposition du public en mairie, de manière permanente et gratuite.",
    },
  },
  check({ act }, { report }) {
    const modes = publicityModes(act);
    if (modes.papier && modes.mention && !/disposition du public/.test(act.folded))
      report({ messageId: "disposal", at: at(modes.mention) });
  },
});
