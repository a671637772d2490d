/**
 * The commune profile: every value an act, a letter or a form prefills about the commune comes from here (or from
 * the séance records, the document or the user), never from an example. It is stored as a list item, edited in
 * Teams, and read by the three apps; this module is only its shape, pure.
 */

/** Under L2131-1 IV, a commune of under 3,500 inhabitants chooses how its acts are published. */
export const PUBLICATION_MODES = ["affichage", "papier", "electronique"] as const;
export type PublicationMode = (typeof PUBLICATION_MODES)[number];

/** Grammatical gender of a person, for « le maire » / « la maire », « adjoint » / « adjointe ». */
export type Genre = "f" | "m";

/**
 * How the commune's name takes « de »: « de Saint-Aubin » (none), « du Mans » (le), « de La Rochelle » (la, kept
 * capitalised in the name), « des Essarts-le-Bas » (les), « de L'Isle-Adam » (l').
 */
export const COMMUNE_ARTICLES = ["", "le", "la", "les", "l'"] as const;
export type CommuneArticle = (typeof COMMUNE_ARTICLES)[number];

export interface EluProfile {
  readonly prenom: string;
  readonly nom: string;
  readonly genre: Genre;
  /** « Maire », « 1er adjoint », « conseillère déléguée aux écoles »… as the commune writes it. */
  readonly qualite: string;
  /** The delegation held, for adjoints and conseillers délégués (L2122-18). */
  readonly delegation?: string;
}

export interface CommuneProfile {
  /** The name without its article: « Essarts-le-Bas » for « Les Essarts-le-Bas ». */
  readonly nom: string;
  readonly article: CommuneArticle;
  readonly codeInsee?: string;
  /** Two or three characters: « 49 », « 2A », « 971 ». */
  readonly departement: string;
  /** Population municipale (thresholds of 1,000 and 3,500 inhabitants). */
  readonly population: number;
  /** Effectif légal du conseil municipal (L2121-2). */
  readonly effectifLegal: number;
  /** « Tribunal administratif de Nantes »: derived from the département, editable. */
  readonly tribunalAdministratif: string;
  readonly maire: EluProfile;
  readonly adjoints: readonly EluProfile[];
  readonly publication: PublicationMode;
  /** Letterhead lines (address, telephone, e-mail), printed as given. */
  readonly enTete: readonly string[];
}
