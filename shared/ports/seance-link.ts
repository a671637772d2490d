/** Custom document properties of a generated document: what séance and point it belongs to. */
export const PROPERTY_SEANCE = "MairieSeance";
export const PROPERTY_POINT = "MairiePoint";

/** What a generated document says it belongs to (its custom properties MairieSeance and MairiePoint). */
export interface SeanceLink {
  readonly seanceId: string;
  readonly pointId?: string;
}

/** Reads the link of the open document in one host action; undefined for a document the suite did not generate. */
export type SeanceLinkReader = () => Promise<SeanceLink | undefined>;

/** The link from custom properties read as key/value pairs (ids are digits; anything else is ignored). */
export function seanceLinkOf(
  properties: readonly { readonly key: string; readonly value: unknown }[],
): SeanceLink | undefined {
  const find = (key: string) => {
    const value = properties.find((p) => p.key === key)?.value;
    const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
    return /^\d{1,9}$/.test(text) ? text : undefined;
  };
  const seanceId = find(PROPERTY_SEANCE);
  if (!seanceId) return undefined;
  const pointId = find(PROPERTY_POINT);
  return pointId ? { seanceId, pointId } : { seanceId };
}
