import type { DocumentType, Section } from "../model";
import type { BudgetSubject } from "../subject";

/** Helpers shared by the BUD-* rule modules. */

export function appliesTo(subject: BudgetSubject, types: readonly DocumentType[]): boolean {
  return types.includes(subject.document.type);
}

/** « la section de fonctionnement », « la section d'investissement ». */
export const SECTION_FR: Readonly<Record<Section, string>> = { F: "de fonctionnement", I: "d'investissement" };

export const DOCUMENT_FR: Readonly<Record<DocumentType, string>> = {
  BP: "budget primitif",
  BS: "budget supplémentaire",
  DM: "décision modificative",
  CA: "compte administratif",
  CFU: "compte financier unique",
};

/** « 15/04/2025 », the suite's one date format for messages. */
export { formatDateFr as frenchDate } from "../../common/iso-date";
