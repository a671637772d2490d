import type { ParsedAct } from "@shared/domain/acts/model";
import type { ConvocationParams } from "@shared/domain/common";
import {
  clearDaysBetween,
  convocationRequirement,
  formatDateFr,
  isAlsaceMoselle,
  joursFrancs,
  SEUIL_3500,
} from "@shared/domain/common";
import type { Finding } from "@shared/domain/rules";
import type { SeanceFacts } from "./seance-facts";
import { attendanceCounts } from "./seance-facts";

const COUNT_LABELS = {
  enExercice: "conseillers en exercice",
  presents: "présents",
  representes: "représentés",
  votants: "votants",
} as const;

const finding = (rule: string, severity: Finding["severity"], message: string, ref: string): Finding => ({
  rule,
  severity,
  message,
  ref,
});

/** The catalog's delay rule for the convocation's regime: Alsace-Moselle, urgency, 3 500 inhabitants and more, or less. */
function delayRule(params: ConvocationParams): string {
  if (isAlsaceMoselle(params.departement)) return "CM-009";
  if (params.urgence) return "CM-008";
  return (params.population ?? 0) >= SEUIL_3500 ? "CM-007" : "CM-006";
}

/**
 * The act checked against its séance's records, beyond its own text: the counts and the vote it states must be the
 * recorded ones, its date the séance's, and the convocation recorded must have respected the delay. Each finding
 * bears the catalog rule that says it, at the catalog's level: the séance's identification (DEL-001, MAJOR), the
 * counts (DEL-003, MAJOR when inconsistent), the result of the vote (DEL-011, MAJOR unless the point was not
 * adopted), the convocation delay of the commune's regime (CM-006 to CM-009, BLOCKING).
 */
export function checkActAgainstSeance(act: ParsedAct, facts: SeanceFacts, pointId?: string): Finding[] {
  const findings: Finding[] = [];
  if (act.date && act.date.iso !== facts.date)
    findings.push(
      finding(
        "DEL-001",
        "warning",
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
            "DEL-003",
            "warning",
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
            "DEL-011",
            "warning",
            `L'acte indique ${stated} ${key === "pour" ? "voix pour" : key === "contre" ? "voix contre" : "abstentions"} ; le vote enregistré en donne ${vote[key]}.`,
            "CGCT L2121-20",
          ),
        );
    }
  const sentOn = facts.convocation?.sentOn;
  if (sentOn) {
    const params: ConvocationParams = {
      population: facts.commune.population,
      ...(facts.urgence ? { urgence: true } : {}),
      ...(facts.commune.departement ? { departement: facts.commune.departement } : {}),
    };
    const required = convocationRequirement(params);
    const days = clearDaysBetween(sentOn, facts.date);
    if (days < required.days)
      findings.push(
        finding(
          delayRule(params),
          "error",
          `Convocation envoyée le ${formatDateFr(sentOn)} : ${joursFrancs(days)} avant la séance, ${required.days} requis.`,
          required.ref,
        ),
      );
  }
  return findings;
}
