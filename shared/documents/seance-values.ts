import type { ClauseValues, PersonValue } from "@shared/domain/acts/clauses";
import type { CommuneProfile } from "@shared/domain/commune/profile";
import { communeName, eluName } from "./commune-name";
import type { PointFacts, SeanceFacts } from "./seance-facts";
import { absentsOf, attendanceCounts } from "./seance-facts";

/** Where a prefilled value comes from, as the Word pane says it. */
export type ValueSource = "profil de la commune" | "séance" | "présences" | "vote du point" | "point";

export interface SourcedValues {
  readonly values: ClauseValues;
  readonly sources: Readonly<Record<string, ValueSource>>;
}

/** « Mme » or « M. » from what the records say of an élu's function; undefined when they say nothing of it. */
export function civiliteOf(fonction: string | undefined): PersonValue["civilite"] | undefined {
  if (!fonction) return undefined;
  if (/\b(conseill[èe]re|adjointe|d[ée]l[ée]gu[ée]e|premi[èe]re)\b/i.test(fonction)) return "Mme";
  if (/\b(conseiller|adjoint|d[ée]l[ée]gu[ée]|premier)\b/i.test(fonction)) return "M.";
  return undefined;
}

/** « Tribunal administratif de Nantes » → « Nantes », as the recours clause names it. */
export const tribunalCity = (tribunal: string): string =>
  tribunal.replace(/^\s*tribunal administratif\s+(?:de\s+|d['’]\s*)?/i, "").trim();

/** « 20:00 » → « 20 h 00 ». */
export const heureLongue = (hhmm: string): string => hhmm.replace(/^(\d{1,2}):(\d{2})$/, "$1 h $2");

function maireValues(profile: CommuneProfile): Record<string, unknown> {
  const name = eluName(profile.maire);
  if (!name) return {};
  const person: PersonValue = { civilite: profile.maire.genre === "f" ? "Mme" : "M.", nom: name };
  // The maire presides the council (L2121-14) and signs its acts.
  return { maire: profile.maire.genre === "f" ? "madame" : "monsieur", president: person, signataire: person };
}

/** What the commune profile gives every act: name, maire, tribunal, publication mode, population. */
export function profileClauseValues(commune: CommuneProfile): Record<string, unknown> {
  return {
    ...(commune.nom ? { commune: communeName(commune) } : {}),
    ...maireValues(commune),
    tribunal: tribunalCity(commune.tribunalAdministratif),
    modePublicite: commune.publication,
    ...(commune.population > 0 ? { population: commune.population } : {}),
  };
}

/**
 * The clause values the records give for a séance and, when given, one of its points: the one source of prefill
 * for generated projets and for the Word pane. A value the records lack is absent: the form shows an empty field.
 */
export function seanceClauseValues(facts: SeanceFacts, point?: PointFacts): SourcedValues {
  const values: Record<string, unknown> = {};
  const sources: Record<string, ValueSource> = {};
  const put = (source: ValueSource, entries: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(entries)) {
      if (value === undefined || value === "") continue;
      values[key] = value;
      sources[key] = source;
    }
  };
  put("profil de la commune", profileClauseValues(facts.commune));
  put("séance", {
    dateSeance: facts.date,
    heureSeance: heureLongue(facts.heure),
    lieuSeance: facts.lieu ? `(${facts.lieu})` : undefined,
    dateConvocation: facts.convocation?.sentOn,
  });
  const counts = attendanceCounts(facts);
  if (counts) {
    const absents = absentsOf(facts);
    const secretaire = facts.elus.find((e) => e.nom === facts.secretaire);
    const civilite = civiliteOf(secretaire?.fonction);
    put("présences", {
      ...counts,
      listePresents: facts.presents.join(", "),
      listeAbsents: absents.length > 0 ? absents.join(", ") : "néant",
      listePouvoirs:
        facts.procurations.length > 0
          ? facts.procurations.map((p) => `${p.mandant} à ${p.mandataire}`).join(" ; ")
          : "néant",
      secretaire: secretaire && civilite ? { civilite, nom: secretaire.nom } : undefined,
    });
  }
  if (point) {
    put("point", { objet: point.titre });
    if (point.vote) put("vote du point", { ...point.vote });
  }
  return { values, sources };
}
