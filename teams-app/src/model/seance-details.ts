import type { CONVOCATION_MODES } from "../../../shared/domain/council/schema";

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
 * What the secretary records about a séance that the SharePoint lists have no column for yet (see the report of
 * the teams-ui helper): the convocation mode, attendance, proxies, votes, draft links and publicity dates.
 */
export interface SeanceDetails {
  readonly convocation?: { readonly sentOn: string; readonly mode: ConvocationMode };
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

/** Where the details are kept; the browser implementation uses localStorage, the tests a Map. */
export interface SeanceDetailsStore {
  read(seanceId: string): SeanceDetails;
  write(seanceId: string, details: SeanceDetails): void;
}

export const CONVOCATION_MODE_LABELS: Readonly<Record<ConvocationMode, string>> = {
  dematerialisee: "Voie dématérialisée (courriel)",
  papier_domicile: "Papier, au domicile",
  papier_autre_adresse: "Papier, à une autre adresse",
  main_propre: "Remise en main propre",
  casier_mairie: "Casier en mairie",
};
