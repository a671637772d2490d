import type { ActType, ClauseKind, ClauseStatus } from "@shared/domain/acts/clauses";

/** French names of the library's vocabulary, as the task pane shows them. */
export const ACT_TYPE_LABELS: Readonly<Record<ActType, string>> = { deliberation: "Délibération", arrete: "Arrêté" };

export const KIND_LABELS: Readonly<Record<ClauseKind, string>> = {
  preambule: "En-tête",
  "mention-seance": "Mention de séance",
  visa: "Visa",
  considerant: "Considérant",
  dispositif: "Dispositif",
  recours: "Voies et délais de recours",
  executoire: "Caractère exécutoire",
  signature: "Signature",
};

export const STATUS_LABELS: Readonly<Record<ClauseStatus, string>> = {
  brouillon: "Brouillon",
  proposee: "Proposée",
  validee: "Validée",
  retiree: "Retirée",
};
