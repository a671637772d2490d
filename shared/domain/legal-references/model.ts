/**
 * A legal reference as data: the text and article a clause cites, when it is in force, where it was read and when.
 * A reference is « vérifiée » only when its wording was read in a stored source; a verdict resting on a reviewer's
 * memory, or a text the table cannot identify (a decree the user names), stays « à vérifier ».
 */
export type ReferenceStatus = "verified" | "unverified";

export interface LegalReference {
  /** The short form clauses cite: « CGCT L2121-29 », « Décret n° 91-298 du 20 mars 1991 ». */
  readonly key: string;
  /** The code or text, in French: « code général des collectivités territoriales ». */
  readonly text: string;
  /** The article, when the reference is one (« L. 2121-29 »). */
  readonly article?: string;
  /** ISO dates; absent when the table does not know it (never guessed). */
  readonly inForceFrom?: string;
  readonly inForceTo?: string;
  /** Where the wording was read: a web address named by the review, or a file of the shared spec. */
  readonly source: string;
  /** ISO date of the last check. */
  readonly checkedOn: string;
  readonly status: ReferenceStatus;
  /** Why it is still to check, or what the review said of its use. */
  readonly note?: string;
}

/** Why a cited reference cannot be called verified at an act's date, in French. */
export interface ReferenceConcern {
  readonly key: string;
  readonly reason: "absente" | "a-verifier" | "pas-encore-en-vigueur" | "abrogee";
  readonly message: string;
}
