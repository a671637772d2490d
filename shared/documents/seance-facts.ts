import type { CONVOCATION_MODES } from "@shared/domain/council/schema";
import type { CommuneProfile } from "@shared/domain/commune/profile";

export type ConvocationMode = (typeof CONVOCATION_MODES)[number];

export interface VoteFacts {
  readonly pour: number;
  readonly contre: number;
  readonly abstentions: number;
}

export interface PointFacts {
  readonly id: string;
  /** Numéro d'ordre within the séance (R2121-9). */
  readonly numero: number;
  readonly titre: string;
  readonly nature: "deliberation" | "information" | "question";
  readonly rapporteur?: string;
  readonly expose?: string;
  readonly vote?: VoteFacts;
}

export interface EluFacts {
  readonly nom: string;
  /** « Conseillère municipale », « Maire »…: gives the civilité when the profile does not. */
  readonly fonction?: string;
}

/**
 * What the records say of one séance, in plain values: the documents are drawn from this and the commune profile
 * only. A value the records do not hold is absent, never guessed.
 */
export interface SeanceFacts {
  readonly seanceId: string;
  readonly commune: CommuneProfile;
  /** Paris calendar date, AAAA-MM-JJ. */
  readonly date: string;
  /** Paris wall clock, HH:MM. */
  readonly heure: string;
  readonly lieu?: string;
  readonly convocation?: { readonly sentOn: string; readonly mode?: ConvocationMode };
  readonly urgence?: boolean;
  /** The council's members in office (en exercice). */
  readonly elus: readonly EluFacts[];
  /** Attendance recorded: names of the élus present; empty before the séance. */
  readonly presents: readonly string[];
  readonly procurations: readonly { readonly mandant: string; readonly mandataire: string }[];
  readonly secretaire?: string;
  readonly points: readonly PointFacts[];
}

export interface AttendanceCounts {
  readonly enExercice: number;
  readonly presents: number;
  readonly representes: number;
  readonly votants: number;
}

/** Counts as the registre writes them; undefined until attendance is recorded. */
export function attendanceCounts(facts: SeanceFacts): AttendanceCounts | undefined {
  if (facts.presents.length === 0) return undefined;
  const representes = facts.procurations.filter((p) => facts.presents.includes(p.mandataire)).length;
  return {
    enExercice: facts.elus.length,
    presents: facts.presents.length,
    representes,
    votants: facts.presents.length + representes,
  };
}

export const absentsOf = (facts: SeanceFacts): string[] =>
  facts.elus.map((e) => e.nom).filter((nom) => !facts.presents.includes(nom));

export const deliberationsOf = (facts: SeanceFacts): PointFacts[] =>
  [...facts.points].filter((p) => p.nature === "deliberation").sort((a, b) => a.numero - b.numero);

export const agendaOf = (facts: SeanceFacts): PointFacts[] => [...facts.points].sort((a, b) => a.numero - b.numero);

export const adopted = (vote: VoteFacts): boolean => vote.pour > vote.contre;
