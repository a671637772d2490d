import { formatDateLong } from "../acts/clauses/format";
import type { LegalReference, ReferenceConcern } from "./model";
import { REFERENCE_TABLE } from "./table";

const BY_KEY: ReadonlyMap<string, LegalReference> = new Map(REFERENCE_TABLE.map((r) => [r.key, r]));

export function referenceEntry(key: string): LegalReference | undefined {
  return BY_KEY.get(key);
}

/** Is the reference in force on `date` (ISO)? An unknown bound is no bound. */
export function inForceOn(ref: LegalReference, date: string): boolean {
  return (
    (ref.inForceFrom === undefined || ref.inForceFrom <= date) && (ref.inForceTo === undefined || date <= ref.inForceTo)
  );
}

/** What keeps a clause's references from being called verified at the act's date; empty when all are. */
export function referenceConcerns(keys: readonly string[], date: string): ReferenceConcern[] {
  return keys.flatMap((key): ReferenceConcern[] => {
    const ref = BY_KEY.get(key);
    if (!ref) return [{ key, reason: "absente", message: `${key} : référence absente de la table des références.` }];
    if (ref.inForceTo !== undefined && date > ref.inForceTo)
      return [
        { key, reason: "abrogee", message: `${key} : abrogé, en vigueur jusqu'au ${formatDateLong(ref.inForceTo)}.` },
      ];
    if (ref.inForceFrom !== undefined && date < ref.inForceFrom)
      return [
        {
          key,
          reason: "pas-encore-en-vigueur",
          message: `${key} : en vigueur à compter du ${formatDateLong(ref.inForceFrom)} seulement.`,
        },
      ];
    if (ref.status === "unverified")
      return [
        { key, reason: "a-verifier", message: `${key} : à vérifier (${ref.note ?? "aucune source enregistrée"}).` },
      ];
    return [];
  });
}
