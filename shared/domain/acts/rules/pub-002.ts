import { publicityModes } from "../rule-support/publicity";
import { at, defineActRule } from "../rule-support/support";

export default defineActRule({
  meta: {
    id: "PUB-002",
    severity: "warning",
    title: "Publication électronique conforme",
    ref: "CGCT R2131-1",
    verification: "V",
    effective: { from: "2022-07-01" },
    messages: {
      date: "Publication en ligne sans date : la date de mise en ligne fait courir les délais et doit être mentionnée.",
    },
    note: "Le format non modifiable et la durée de mise en ligne (deux mois au moins) ne se lisent pas dans le texte.",
  },
  check({ act }, { report }) {
    const modes = publicityModes(act);
    if (modes.electronique && modes.mention && !modes.mention.iso) report({ messageId: "date", at: at(modes.mention) });
  },
});
