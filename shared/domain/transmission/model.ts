import type { BudgetDocument } from "../calendar";
import type { ActNature } from "../common";
import type { PublicationMode } from "../commune/profile";

/**
 * The act's record on its way to the préfecture (issue 14): what the @CTES envelope carries and what the registre
 * des actes says of it afterwards. The envelope's constraints are those of the tiers de télétransmission, as
 * Libriciel's Pastell declares them for S²LOW (module/actes-generique/definition.yml in github.com/libriciel/pastell:
 * nature codes 1 to 6, numéro of digits, capitals and « _ », objet of 1 to 499 characters without line break,
 * classification en matière et sous-matière, acte as PDF, 150 Mo at most for the acte and its annexes).
 */

/** The @CTES nature codes, as the envelope (and every tiers de télétransmission) numbers them. */
export const NATURES_ACTES = {
  1: "Délibérations",
  2: "Actes réglementaires",
  3: "Actes individuels",
  4: "Contrats, conventions et avenants",
  5: "Documents budgétaires et financiers",
  6: "Autres",
} as const;
export type NatureActe = keyof typeof NATURES_ACTES;
export const NATURE_CODES: readonly NatureActe[] = [1, 2, 3, 4, 5, 6];

export type ActType = "deliberation" | "arrete";

/** A file of the dossier: the act itself or one of its annexes. */
export interface DossierFile {
  readonly name: string;
  /** Bytes; bounded by the envelope's total (TDT-TAILLE). */
  readonly size: number;
  readonly role: "acte" | "annexe";
  /** The media type the library or the upload gives, when known. */
  readonly mediaType?: string;
  /** Whether the first bytes are « %PDF- », when the bytes were read; absent when only the metadata are known. */
  readonly pdfSignature?: boolean;
}

/** Budget documents follow the contrôle budgétaire of L1612-* on top of the contrôle de légalité. */
export interface BudgetFacts {
  readonly document: BudgetDocument;
  readonly exercice: number;
}

export interface ActRecord {
  readonly type: ActType;
  readonly numero?: string;
  readonly objet?: string;
  /** Date of the decision (the vote for a délibération, the signature for an arrêté), ISO. */
  readonly date?: string;
  readonly nature?: NatureActe;
  /** Code of the matière and sous-matière, « 7.1 », in the prefecture's nomenclature. */
  readonly classification?: string;
  /** False for the acts L2131-2 leaves out (police de la circulation et du stationnement, droits de voirie…). */
  readonly transmissible: boolean;
  /** Whether it is notified (individual) or published (the others): L2131-1. */
  readonly portee: ActNature;
  /** The commune's mode under L2131-1 IV (électronique from 3,500 inhabitants). */
  readonly publication: PublicationMode;
  readonly documents: readonly DossierFile[];
  readonly budget?: BudgetFacts;
  readonly transmisLe?: string;
  /** Identifier of the acknowledgement (« 049-214900017-20250328-2025_012-DE »), as the tiers returns it. */
  readonly arId?: string;
  readonly arLe?: string;
  /** Électronique: date of online posting; affichage: date posted; papier: date made available. */
  readonly publieLe?: string;
  /** Affichage only: the day the act was taken down (at least two months after, for the record). */
  readonly publicationRetireeLe?: string;
  /** Individual acts: date of notification to the person concerned. */
  readonly notifieLe?: string;
  /** The préfet's lettre d'observations (a recours gracieux), and the commune's answer. */
  readonly observationsLe?: string;
  readonly reponseObservationsLe?: string;
}
