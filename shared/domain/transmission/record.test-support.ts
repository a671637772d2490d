import { BASE_CLASSIFICATION } from "./classification";
import type { ActRecord } from "./model";
import type { TransmissionSubject } from "./subject";

/** A complete délibération record whose envelope passes every TDT rule; each test changes one thing. */
export function completeRecord(patch: Partial<ActRecord> = {}): ActRecord {
  return {
    type: "deliberation",
    numero: "2025_012",
    objet: "Vote des tarifs de la cantine scolaire pour l'année 2025-2026",
    date: "2025-06-12",
    nature: 1,
    classification: "7.10",
    transmissible: true,
    portee: "ni_ni",
    publication: "electronique",
    documents: [
      { name: "2025_012.pdf", size: 84_000, role: "acte", mediaType: "application/pdf", pdfSignature: true },
      { name: "grille-tarifs.pdf", size: 12_000, role: "annexe", mediaType: "application/pdf" },
    ],
    ...patch,
  };
}

export function transmissionSubject(
  patch: Partial<ActRecord> = {},
  otherNumeros: readonly string[] = ["2025_011"],
): TransmissionSubject {
  return { record: completeRecord(patch), classification: BASE_CLASSIFICATION, otherNumeros };
}
