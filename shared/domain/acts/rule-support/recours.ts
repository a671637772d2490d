import type { RuleContext } from "../../rules";
import type { ActSubject } from "../subject";
import { at } from "./support";

/** Shared by DEL-015 and ARR-013: the notice of voies et délais de recours (CJA R421-1, R421-5). */
export const RECOURS_MESSAGES = {
  missing:
    "Voies et délais de recours à compléter : recours devant le tribunal administratif dans les deux mois{from}.",
  delay: "La mention des recours ne précise pas le délai de deux mois ni la juridiction compétente.",
} as const;

export function checkRecours(
  { act, nature }: ActSubject,
  { report }: RuleContext<keyof typeof RECOURS_MESSAGES>,
): void {
  // Opposable delays for an individual decision run only if its notification names them (R421-5).
  const severity = nature === "individuel" ? "warning" : "info";
  const from = nature === "individuel" ? " de la notification" : " de la publication";
  const recours = act.mentions.recours;
  if (!recours) {
    report({ messageId: "missing", severity, data: { from } });
    return;
  }
  const block = act.folded.slice(recours.start, recours.start + 600);
  if (!/deux mois|2 mois/.test(block) || !/tribunal administratif|telerecours|juridiction/.test(block)) {
    report({ messageId: "delay", severity: "info", at: at(recours) });
  }
}
