import type { Finding } from "@shared/domain/rules";

/** A finding the checker read explicitly, placed on a line: shown with its severity, its message a link. */
export const SURE: Finding = {
  rule: "CM-006",
  severity: "error",
  message: "Le quorum n'est pas atteint.",
  ref: "CGCT art. L2121-17",
  at: { line: 4 },
};

/** A finding the checker only inferred, with the words it read and no place: shown « à vérifier ». */
export const GUESSED: Finding = {
  rule: "CM-007",
  severity: "warning",
  message: "À vérifier : le nombre de votants ne correspond pas.",
  ref: "CGCT art. L2121-20",
  evidence: { kind: "inferred", read: "15 6 8" },
};
