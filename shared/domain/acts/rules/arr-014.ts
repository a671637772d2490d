import { formatDateFr } from "../../common";
import { at, defineActRule, effectDates, find } from "../rule-support/support";

const SHIFTING =
  /si (?:la|les) dates?[^.\n]{0,80}(?:modifiee|reportee|changee|decalee)s?[^.\n]{0,100}(?:s'appliquer|applicable)/;

export default defineActRule({
  meta: {
    id: "ARR-014",
    severity: "warning",
    title: "Entrée en vigueur et rétroactivité",
    ref: "principe de non-rétroactivité des actes administratifs",
    verification: "D",
    messages: {
      retroactive:
        "Effet au {effect}, avant la signature du {date} : un arrêté ne peut pas s'appliquer avant d'être exécutoire.",
      shifting:
        "Clause reportant l'arrêté à des dates inconnues : source d'insécurité juridique, prendre un nouvel arrêté.",
    },
  },
  check({ act }, { report }) {
    if (act.kind !== "arrete") return;
    const signed = act.date?.iso;
    const early = signed ? effectDates(act).find((d) => d.iso < signed) : undefined;
    if (early && signed)
      report({
        messageId: "retroactive",
        data: { effect: formatDateFr(early.iso), date: formatDateFr(signed) },
        at: at(early),
      });
    const shifting = find(act, SHIFTING);
    if (shifting) report({ messageId: "shifting", at: at(shifting) });
  },
});
