import type { ClauseRecord, ClauseVersionRecord } from "../../app/data/ports";
import type { WriteResult } from "../../app/data/writer";

/** A proposal being typed, with client ids fixed at the first try so that a retry never stores a second clause. */
export interface ProposalDraft {
  readonly intitule: string;
  readonly texte: string;
  readonly clauseKey: string;
  readonly versionKey: string;
}

export const EMPTY_PROPOSAL: ProposalDraft = { intitule: "", texte: "", clauseKey: "", versionKey: "" };

export const NOTICES = {
  unfinished: "Proposition non terminée : « Proposer la clause » enverra son texte une fois la clause enregistrée.",
  clauseWaiting: "La clause est gardée en attente : son texte pourra être proposé une fois la clause enregistrée.",
  proposed: "Clause proposée : un référent du réseau la validera.",
  textWaiting: "Texte de la clause gardé en attente d'envoi.",
} as const;

/** A draft restored with its keys was interrupted between the clause and its text: the user is told so. */
export const restoredNotice = (draft: ProposalDraft): string | undefined =>
  draft.clauseKey ? NOTICES.unfinished : undefined;

/** The draft's keys, drawn once: a draft that has them keeps them. */
export const withKeys = (draft: ProposalDraft, newKey: () => string): ProposalDraft =>
  draft.clauseKey ? draft : { ...draft, clauseKey: newKey(), versionKey: newKey() };

/** The first version of a new clause, by its author. */
export const firstVersion = (draft: ProposalDraft, clauseId: string, auteur: string) => ({
  titre: `${draft.intitule.trim()} v1`,
  clause: clauseId,
  version: 1,
  texte: draft.texte.trim(),
  auteur,
});

/** What the form says once the text was sent: nothing on a conflict or a refusal, which the outbox reports. */
export function noticeAfterText(status: WriteResult<unknown>["status"]): string | undefined {
  if (status === "conflict" || status === "rejected") return undefined;
  return status === "saved" ? NOTICES.proposed : NOTICES.textWaiting;
}

/**
 * The référent's decision on this exact text, an item only référents can create: who and when are its author and
 * date. One decision a version and text: validating again after a lost answer stores nothing more.
 */
export const validationOf = (version: ClauseVersionRecord) => ({
  draft: {
    titre: version.titre,
    clause: version.clause,
    version: version.version,
    texte: version.texte,
    decision: "validee" as const,
  },
  clientId: `validation:${version.id}:${version.eTag}`,
});

export const versionTitle = (clause: ClauseRecord | undefined, version: ClauseVersionRecord): string =>
  `${clause?.intitule ?? version.titre} — version ${version.version}`;
