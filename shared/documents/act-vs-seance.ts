import type { ParsedAct } from "@shared/domain/acts/model";
import { clearDaysBetween, convocationRequirement, formatDateFr, joursFrancs } from "@shared/domain/common";
import type { Finding } from "@shared/domain/rules";
import type { SeanceFacts } from "./seance-facts";
import { attendanceCounts } from "./seance-facts";

const COUNT_LABELS = {
  enExercice: "conseillers en exercice",
  presents: "présents",
  representes: "représentés",
  votants: "votants",
} as const;

const finding = (rule: string, message: string, ref: string, severity: Finding["severity"] = "error"): Finding => ({
  rule,
  severity,
  message,
  ref,
});

/**
 * The act checked against its séance's records, beyond its own text: the counts and the vote it states must be the
 * recorded ones, its date the séance's, and the convocation recorded must have respected the delay.
 */
export function checkActAgainstSeance(act: ParsedAct, facts: SeanceFacts, pointId?: string): Finding[] {
  const findings: Finding[] = [];
  if (act.date && act.date.iso !== facts.date)
    findings.push(
      finding(
        "SEANCE-DATE",
        `L'acte est daté du ${formatDateFr(act.date.iso)} ; la séance enregistrée est du ${formatDateFr(facts.date)}.`,
        "CGCT L2121-23",
      ),
    );
  const counts = attendanceCounts(facts);
  if (counts)
    for (const key of Object.keys(COUNT_LABELS) as (keyof typeof COUNT_LABELS)[]) {
      const stated = act.counts[key]?.value;
      if (stated !== undefined && stated !== counts[key])
        findings.push(
          finding(
            "SEANCE-EFFECTIFS",
            `L'acte indique ${stated} ${COUNT_LABELS[key]} ; les présences enregistrées en donnent ${counts[key]}.`,
            "CGCT L2121-17, L2121-20",
          ),
        );
    }
  const vote = facts.points.find((p) => p.id === pointId)?.vote;
  if (vote && act.vote)
    for (const key of ["pour", "contre", "abstentions"] as const) {
      const stated = act.vote[key];
      if (stated !== undefined && stated !== vote[key])
        findings.push(
          finding(
            "SEANCE-VOTE",
            `L'acte indique ${stated} ${key === "pour" ? "voix pour" : key === "contre" ? "voix contre" : "abstentions"} ; le vote enregistré en donne ${vote[key]}.`,
            "CGCT L2121-20",
          ),
        );
    }
  const sentOn = facts.convocation?.sentOn;
  if (sentOn) {
    const required = convocationRequirement({
      population: facts.commune.population,
      ...(facts.urgence ? { urgence: true } : {}),
      ...(facts.commune.departement ? { departement: facts.commune.departement } : {}),
    });
    const days = clearDaysBetween(sentOn, facts.date);
    if (days < required.days)
      findings.push(
        finding(
          "SEANCE-CONVOCATION",
          `Convocation envoyée le ${formatDateFr(sentOn)} : ${joursFrancs(days)} avant la séance, ${required.days} requis.`,
          required.ref,
        ),
      );
  }
  return findings;
}
