/** What the parser found in a délibération or an arrêté, each part located in the source text. */

export type ActKind = "deliberation" | "arrete";

/**
 * How the parser found a fact: right after its label (« Date de convocation : 7 mars 2024 », « Présents : 11 »), or
 * inferred from its place or shape (the only date of a header, a number under a column title, a year guessed).
 * A fact the parser did not find is absent: the part is undefined.
 */
export type How = "labelled" | "inferred";

/** A passage of the source: 1-based line, and character offsets [start, end) in the whole text. */
export interface Span {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  /** Unset means labelled: most parts are read after the words that name them. */
  readonly how?: How;
}

export interface TextPart extends Span {
  /** The passage as written (trimmed). */
  readonly text: string;
}

export interface DatePart extends Span {
  readonly iso: string;
}

export interface CountPart extends Span {
  readonly value: number;
}

/** A mention (transmission, publication…) with the date written on its line, when there is one. */
export interface Mention extends TextPart {
  readonly iso?: string;
}

export interface Signataire extends TextPart {
  /** "Le Maire", "L'adjoint délégué", "Pour le Maire et par délégation". */
  readonly qualite: string;
  /** Prénom and nom when written in full, e.g. "Jean DUPONT". */
  readonly name?: string;
}

export interface Pouvoir extends TextPart {
  readonly mandant: string;
  readonly mandataire: string;
}

export interface ParsedVote extends Span {
  readonly pour?: number;
  readonly contre?: number;
  readonly abstentions?: number;
  readonly blancsNuls?: number;
  /** "unanimite": the act says unanimity; "exprimes": unanimity of the suffrages exprimés only. */
  readonly unanimite?: "unanimite" | "exprimes";
}

export interface Counts {
  readonly enExercice?: CountPart;
  readonly presents?: CountPart;
  readonly representes?: CountPart;
  readonly votants?: CountPart;
  readonly absents?: CountPart;
}

export interface Mentions {
  readonly recours?: Mention;
  readonly executoire?: Mention;
  readonly transmission?: Mention;
  readonly publication?: Mention;
  readonly notification?: Mention;
}

/** The parts a complete act shows; the parser lists in `missing` those it could not find. */
export type ActPart =
  | "commune"
  | "numero"
  | "objet"
  | "date"
  | "heure"
  | "lieu"
  | "president"
  | "convocation"
  | "enExercice"
  | "presents"
  | "votants"
  | "listePresents"
  | "secretaire"
  | "visas"
  | "considerants"
  | "dispositif"
  | "articles"
  | "vote"
  | "faitA"
  | "signataire"
  | "recours"
  | "transmission"
  | "publication";

export interface ParsedAct {
  readonly kind: ActKind;
  readonly text: string;
  /** Lower case, without diacritics, same length as `text` (see foldText). */
  readonly folded: string;
  /** Offsets [start, end) of each line, without its line break. */
  readonly lines: readonly { readonly start: number; readonly end: number }[];
  readonly commune?: TextPart;
  readonly numero?: TextPart;
  readonly objet?: TextPart;
  /** Date of the séance (délibération) or of the signature (arrêté). */
  readonly date?: DatePart;
  /** A date the title gives for the séance that the body contradicts (« Séance du 12 mars », « le quatorze mars »). */
  readonly titleDate?: DatePart;
  readonly heure?: TextPart;
  readonly lieu?: TextPart;
  readonly president?: TextPart;
  readonly convocation?: DatePart;
  readonly urgence?: TextPart;
  readonly counts: Counts;
  /** « Majorité absolue : N » as the act states it. */
  readonly majorite?: CountPart;
  readonly presentsList?: TextPart;
  readonly absentsList?: TextPart;
  readonly pouvoirs: readonly Pouvoir[];
  readonly secretaire?: TextPart;
  readonly visas: readonly TextPart[];
  readonly considerants: readonly TextPart[];
  /** The exposé of the motives ("Le Maire expose…", "entendu l'exposé du rapporteur"). */
  readonly expose?: TextPart;
  readonly dispositif?: TextPart;
  readonly articles: readonly (TextPart & { readonly number: number })[];
  readonly vote?: ParsedVote;
  readonly faitA?: Mention;
  readonly signataire?: Signataire;
  readonly mentions: Mentions;
  /** Every date written in the text, in order. */
  readonly dates: readonly DatePart[];
  readonly missing: readonly ActPart[];
}
