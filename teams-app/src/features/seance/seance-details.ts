import type { CONVOCATION_MODES } from "@shared/domain/council/schema";
import type { MembreRecord, PointRecord, PresenceRecord, SeanceRecord } from "../../app/data/ports";
import { parisDate } from "../../common/paris-time";

export type ConvocationMode = (typeof CONVOCATION_MODES)[number];

export interface Vote {
  readonly pour: number;
  readonly contre: number;
  readonly abstentions: number;
}

export interface ProcurationEntry {
  readonly mandant: string;
  readonly mandataire: string;
}

/**
 * What the séance's list items say of its convocation, attendance, proxies, votes, draft links and publicity, in
 * the checker's terms: élus by name, Paris calendar dates.
 */
export interface SeanceDetails {
  /** The mode is absent for a convocation recorded before the lists carried it. */
  readonly convocation?: { readonly sentOn: string; readonly mode?: ConvocationMode };
  readonly urgence?: boolean;
  readonly presents: readonly string[];
  readonly procurations: readonly ProcurationEntry[];
  readonly secretaire?: string;
  /** By point id. */
  readonly votes: Readonly<Record<string, Vote>>;
  /** Link to the draft act of a point, by point id. */
  readonly drafts: Readonly<Record<string, string>>;
  readonly listePublieeLe?: string;
  readonly pvArreteLe?: string;
}

export const EMPTY_DETAILS: SeanceDetails = { presents: [], procurations: [], votes: {}, drafts: {} };

const voteOf = (p: PointRecord): Vote | undefined =>
  p.pour === undefined && p.contre === undefined && p.abstentions === undefined
    ? undefined
    : { pour: p.pour ?? 0, contre: p.contre ?? 0, abstentions: p.abstentions ?? 0 };

/** The details of one séance from its item, its points and its attendance items. */
export function seanceDetails(
  seance: SeanceRecord,
  points: readonly PointRecord[],
  presences: readonly PresenceRecord[],
  membres: readonly MembreRecord[],
): SeanceDetails {
  const nameOf = (id: string | undefined): string | undefined =>
    id === undefined ? undefined : membres.find((m) => m.id === id)?.nom;
  const mine = presences.filter((p) => p.seance === seance.id);
  const secretaire = nameOf(seance.secretaireSeance);
  return {
    ...(seance.convocationLe
      ? {
          convocation: {
            sentOn: parisDate(seance.convocationLe),
            ...(seance.modeConvocation ? { mode: seance.modeConvocation } : {}),
          },
        }
      : {}),
    ...(seance.urgence ? { urgence: true } : {}),
    presents: mine.filter((p) => p.presence === "present").map((p) => nameOf(p.membre) ?? p.titre),
    procurations: mine.flatMap((p) => {
      const mandataire = p.presence === "absent" ? nameOf(p.mandataire) : undefined;
      return mandataire ? [{ mandant: nameOf(p.membre) ?? p.titre, mandataire }] : [];
    }),
    ...(secretaire ? { secretaire } : {}),
    votes: Object.fromEntries(
      points.flatMap((p) => {
        const vote = voteOf(p);
        return vote ? [[p.id, vote]] : [];
      }),
    ),
    drafts: Object.fromEntries(points.flatMap((p) => (p.projetActe ? [[p.id, p.projetActe]] : []))),
    ...(seance.listePublieeLe ? { listePublieeLe: parisDate(seance.listePublieeLe) } : {}),
    ...(seance.pvArreteLe ? { pvArreteLe: parisDate(seance.pvArreteLe) } : {}),
  };
}

export const CONVOCATION_MODE_LABELS: Readonly<Record<ConvocationMode, string>> = {
  dematerialisee: "Voie dématérialisée (courriel)",
  papier_domicile: "Papier, au domicile",
  papier_autre_adresse: "Papier, à une autre adresse",
  main_propre: "Remise en main propre",
  casier_mairie: "Casier en mairie",
};
