/** The clause library's vocabulary: a clause is one versioned, validated passage of a délibération or an arrêté. */
import type { Subject } from "./subjects";

export type ActType = "deliberation" | "arrete";

export type ClauseKind =
  "preambule" | "mention-seance" | "visa" | "considerant" | "dispositif" | "recours" | "executoire" | "signature";

export type ClauseStatus = "brouillon" | "proposee" | "validee" | "retiree";

/** The parts of an act in their legal order; an assembled skeleton follows this order. */
export const SECTIONS = [
  "en-tete",
  "seance",
  "visas",
  "considerants",
  "formule",
  "articles",
  "execution",
  "vote",
  "recours",
  "executoire",
  "signature",
] as const;
export type Section = (typeof SECTIONS)[number];

/** Sections whose clauses are numbered "Article 1er", "Article 2"… when an act is assembled. */
export const NUMBERED_SECTIONS: ReadonlySet<Section> = new Set<Section>(["articles", "execution"]);

/** Where each kind of clause may stand (a séance mention opens the act, a vote result follows the articles). */
export const SECTIONS_OF_KIND: Readonly<Record<ClauseKind, readonly Section[]>> = {
  preambule: ["en-tete"],
  "mention-seance": ["seance", "vote"],
  visa: ["visas"],
  considerant: ["considerants"],
  dispositif: ["formule", "articles", "execution"],
  recours: ["recours"],
  executoire: ["executoire"],
  signature: ["signature"],
};

export type Genre = "masculin" | "feminin";

/** "monsieur" → Monsieur le Maire, "madame" → Madame la Maire. */
export type MaireTitleValue = "monsieur" | "madame";

export type Civilite = "M." | "Mme" | "Monsieur" | "Madame";

export interface PersonValue {
  readonly civilite: Civilite;
  /** Prénom and nom, as they must appear ("Claire PETIT"). */
  readonly nom: string;
}

interface VariableBase {
  /** French label shown next to the field in the Word add-in. */
  readonly label: string;
}

export type VariableDef =
  | (VariableBase & { readonly type: "text"; readonly multiline?: boolean })
  | (VariableBase & { readonly type: "date" })
  /** Integer number of cents, rendered "1 234,56 €". */
  | (VariableBase & { readonly type: "montant" })
  | (VariableBase & {
      readonly type: "integer";
      readonly min?: number;
      readonly max?: number;
      readonly grouping?: boolean;
    })
  | (VariableBase & { readonly type: "percent"; readonly max?: number })
  | (VariableBase & { readonly type: "person" })
  | (VariableBase & { readonly type: "maireTitle" })
  /** The value is a key of `options`; the text rendered is the option's. */
  | (VariableBase & { readonly type: "choice"; readonly options: Readonly<Record<string, string>> });

export type VariableType = VariableDef["type"];

export type VariableSpec = VariableDef & { readonly name: string };

/** Values typed by the secretary or prefilled from the séance; checked by the renderer, never trusted. */
export type ClauseValues = Readonly<Record<string, unknown>>;

export interface Clause {
  /** Stable slug shared by every version ("visa-cgct-l2121-29"). */
  readonly id: string;
  readonly version: number;
  readonly title: string;
  readonly kind: ClauseKind;
  readonly actTypes: readonly ActType[];
  /** Subjects the clause belongs to; empty means it fits every subject of its act types. */
  readonly subjects: readonly Subject[];
  /** Plain text with {variable} placeholders, {variable|masculin/féminin} forms and {person|nom}. */
  readonly template: string;
  readonly variables: readonly VariableSpec[];
  readonly status: ClauseStatus;
  readonly validatedBy?: string;
  /** ISO date. */
  readonly validatedAt?: string;
  /** Short legal references, "CGCT L2121-29", "CJA R421-1". */
  readonly references: readonly string[];
  /** Where it goes in an act: its section, then `order` within the section. */
  readonly section: Section;
  readonly order: number;
  /** Clauses sharing a slot are alternatives: a skeleton keeps one, the most specific to the subject. */
  readonly slot?: string;
  /** Part of the skeleton assembled for its subjects (otherwise offered on demand only). */
  readonly inSkeleton: boolean;
  /** "reseau": proposed by a member of the network and read from its lists; absent for the built-in catalog. */
  readonly origin?: "reseau";
  /** Why the clause must be reviewed again (the checker's messages on its text); a flagged clause is never offered as validated. */
  readonly flags?: readonly string[];
}
