import type { DraftIn, PointRecord, WriteOp } from "../../app/data/ports";
import type { ListOf } from "../../app/data/ports";
import { byNumero } from "./council-seance";

type PointOp = WriteOp<ListOf<"points">>;

/** What the secretary types for a point: objet, rapporteur, link of the projet d'acte. */
export interface PointFields {
  readonly titre: string;
  readonly rapporteur: string;
  readonly draft: string;
}

/** One row of the editable ordre du jour, with what moving or deleting it touches. */
export interface AgendaRow {
  readonly point: PointRecord;
  readonly neighbours: [PointRecord | undefined, PointRecord | undefined];
  /** The points after it, renumbered when it is deleted. */
  readonly later: readonly PointRecord[];
}

export function agendaRows(points: readonly PointRecord[]): AgendaRow[] {
  const sorted = [...points].sort(byNumero);
  return sorted.map((point, i) => ({ point, neighbours: [sorted[i - 1], sorted[i + 1]], later: sorted.slice(i + 1) }));
}

export const pointFields = (point: PointRecord): PointFields => ({
  titre: point.titre,
  rapporteur: point.rapporteur ?? "",
  draft: point.projetActe ?? "",
});

export const pointChanged = (point: PointRecord, fields: PointFields): boolean =>
  fields.titre !== point.titre ||
  fields.rapporteur !== (point.rapporteur ?? "") ||
  fields.draft.trim() !== (point.projetActe ?? "");

export const canSavePoint = (point: PointRecord, fields: PointFields): boolean =>
  fields.titre.trim() !== "" && pointChanged(point, fields);

export const savePointOp = (point: PointRecord, fields: PointFields): PointOp => ({
  kind: "update",
  id: point.id,
  eTag: point.eTag,
  patch: {
    titre: fields.titre.trim(),
    rapporteur: fields.rapporteur.trim(),
    projetActe: fields.draft.trim() || undefined,
  },
});

/** The two points exchange their numéros, in this order. */
export const swapOps = (point: PointRecord, other: PointRecord): [PointOp, PointOp] => [
  { kind: "update", id: point.id, eTag: point.eTag, patch: { numero: other.numero } },
  { kind: "update", id: other.id, eTag: other.eTag, patch: { numero: point.numero } },
];

/** After a deletion the points that followed move up one. */
export const moveUpOps = (later: readonly PointRecord[]): PointOp[] =>
  later.map((p) => ({ kind: "update", id: p.id, eTag: p.eTag, patch: { numero: p.numero - 1 } }));

export function newPointDraft(
  seance: string,
  numero: number,
  fields: { readonly titre: string; readonly rapporteur: string; readonly nature: PointRecord["nature"] },
): DraftIn<"points"> {
  const rapporteur = fields.rapporteur.trim();
  return {
    titre: fields.titre.trim(),
    seance,
    numero,
    nature: fields.nature,
    ...(rapporteur ? { rapporteur } : {}),
  };
}

export const NATURES: readonly [PointRecord["nature"], string][] = [
  ["deliberation", "Délibération"],
  ["information", "Information"],
  ["question", "Questions diverses"],
];
