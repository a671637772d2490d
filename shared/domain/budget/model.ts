import type { Cents } from "../common/money";

/** BP budget primitif, BS budget supplémentaire, DM décision modificative, CA compte administratif, CFU compte financier unique. */
export type DocumentType = "BP" | "BS" | "DM" | "CA" | "CFU";
export type Section = "F" | "I";
export type Sens = "D" | "R";
export type Mouvement = "reel" | "ordre";
/** TypOpBudg: 2 ordre entre sections (040/042, 021/023), 1 ordre à l'intérieur de la section (041/043). */
export type TypeOrdre = "entre-sections" | "interieur";

/**
 * Amounts of a line, in cents; absent = the document does not give it (not zero).
 * credits: BP/BS/CA/CFU crédits ouverts (votes + RAR repris); DM: the DM's own movement.
 * rar: BP/BS/DM restes à réaliser repris de N-1; CA/CFU restes à réaliser au 31/12.
 */
export interface LineAmounts {
  readonly credits?: Cents;
  readonly propositions?: Cents;
  readonly budgetPrecedent?: Cents;
  readonly rar?: Cents;
  readonly realise?: Cents;
}

/** Where the line was read, for locating findings in the source. */
export interface LineSource {
  readonly line?: number;
  readonly sheet?: string;
  readonly cell?: string;
}

export interface BudgetLine {
  readonly section: Section;
  readonly sens: Sens;
  /** Chapitre by nature (the one balances are computed on). */
  readonly chapitre: string;
  /** Chapitre as written in the file when it differs or the file gives one (ContNat); checked against the plan. */
  readonly chapitreDeclare?: string;
  readonly nature: string;
  readonly fonction?: string;
  readonly operation?: string;
  readonly mouvement: Mouvement;
  readonly typeOrdre?: TypeOrdre;
  readonly libelle?: string;
  readonly amounts: LineAmounts;
  readonly source?: LineSource;
}

/** Loan schedule of the year (annexe état de la dette, DATA_EMPRUNT), for the compulsory debt service. */
export interface Echeancier {
  readonly interets: Cents;
  readonly capital: Cents;
}

/** Results of a closed year, as declared by the CA or by the comptable's compte de gestion. */
export interface Resultats {
  readonly fonctionnement: Cents;
  readonly investissement: Cents;
}

/** What the compte of N-1 hands to the budget of N: its results, restes à réaliser and financing need. */
export interface Precedent {
  readonly exercice: number;
  readonly resultats: Resultats;
  readonly rarDepenses: Cents;
  readonly rarRecettes: Cents;
  /** Besoin de financement of the investment section, RAR included (0 when there is none). */
  readonly besoin: Cents;
}

/** Credits of one chapitre as the council votes it (section, sens, chapitre). */
export interface ChapitreCredits {
  readonly section: Section;
  readonly sens: Sens;
  readonly chapitre: string;
  readonly credits: Cents;
}

/**
 * The budget a DM modifies (the BP, the BS or the DM voted before it in the year), given beside it: its credits by
 * chapitre once voted, restes à réaliser included.
 */
export interface BudgetModifie {
  readonly type: DocumentType;
  readonly dateVote?: string;
  readonly chapitres: readonly ChapitreCredits[];
}

/** A transfer between chapitres ordered by the exécutif under the M57 fongibilité delegation. */
export interface Virement {
  readonly section: Section;
  readonly depuis: string;
  readonly vers: string;
  /** Section of the receiving chapitre when it differs (a transfer between sections is not allowed). */
  readonly sectionVers?: Section;
  readonly montant: Cents;
}

/**
 * Facts a budget file may carry beyond its lines (annexes, the workbook's "Document" sheet). Each is optional:
 * a rule that needs an absent one says at info level that it could not check.
 */
export interface BudgetFacts {
  readonly echeancier?: Echeancier;
  readonly compteDeGestion?: Resultats;
  /** Results of N-1 (CA) that a BP/BS/DM must take over. */
  readonly resultatsPrecedents?: Resultats;
  /** The CA/CFU of N-1 given beside a BP/BS of N: what the reprise must carry over (the year as a whole). */
  readonly precedent?: Precedent;
  /** For a DM: the budget it modifies, given beside it (the checks of the DM against that budget). */
  readonly budgetModifie?: BudgetModifie;
  /** 1068 voted in N+1 (délibération d'affectation), for a CA/CFU. */
  readonly affectation1068?: Cents;
  readonly dotationAmortissements?: Cents;
  readonly provisionsRequises?: Cents;
  /** État 1259 (fiscalité) and DGF notifiées, for the sincérité alerts. */
  readonly fiscaliteNotifiee?: Cents;
  readonly dgfNotifiee?: Cents;
  readonly engagementsAvantVote?: {
    readonly investissement: Cents;
    readonly creditsInvestissementPrecedent: Cents;
    readonly dettePrecedente: Cents;
  };
  readonly budgetPrecedentRegle?: boolean;
  readonly dateVoteCA?: string;
  readonly anneeRenouvellement?: boolean;
  readonly depensesImprevues?: { readonly ap?: Cents; readonly ae?: Cents };
  readonly virements?: readonly Virement[];
  /** Fongibilité rate voted with the budget, per thousand (75 = 7,5 %). */
  readonly tauxFongibilite?: number;
}

export interface BudgetDocument {
  readonly type: DocumentType;
  /** As the file says: "M57-M57_A", "M57_A", "M14-M14_COM_500_3500"… */
  readonly nomenclature: string;
  readonly exercice: number;
  /** ISO date of the vote (DteDec). */
  readonly dateVote?: string;
  readonly collectivite?: string;
  readonly etablissement?: string;
  /** Budget principal or annexe (CodTypBud P / A). */
  readonly budgetAnnexe?: boolean;
  readonly population?: number;
  readonly lines: readonly BudgetLine[];
  readonly facts: BudgetFacts;
}
