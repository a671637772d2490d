import { useState } from "react";
import type { PointRecord } from "../../app/data/ports";
import { useServices } from "../../app/services";
import { canSavePoint, moveUpOps, newPointDraft, pointFields, savePointOp, swapOps } from "./agenda";
import type { PointFields } from "./agenda";
import type { SeanceBundle } from "./council-seance";
import { nextNumero } from "./next-numero";
import { useWrite } from "./use-write";

/** The editing of one point of the ordre du jour: its fields, save, move, delete. */
export function usePointRow(point: PointRecord, later: readonly PointRecord[]) {
  const { data } = useServices();
  const { busy, write } = useWrite();
  const [fields, setFields] = useState<PointFields>(() => pointFields(point));
  const set = (key: keyof PointFields) => (value: string) => setFields((f) => ({ ...f, [key]: value }));
  const swap = async (other: PointRecord | undefined) => {
    if (!other) return;
    for (const op of swapOps(point, other)) await write("points", op);
  };
  // Its avis go with it (a lookup to a deleted item would dangle), then the points after it move up one.
  const remove = async () => {
    const avis = await data.avis.items({ point: point.id });
    for (const a of avis.records) await write("avis", { kind: "delete", id: a.id, eTag: a.eTag });
    await write("points", { kind: "delete", id: point.id, eTag: point.eTag });
    for (const op of moveUpOps(later)) await write("points", op);
  };
  const save = () => write("points", savePointOp(point, fields));
  return {
    busy,
    fields,
    setTitre: set("titre"),
    setRapporteur: set("rapporteur"),
    setDraft: set("draft"),
    canSave: !busy && canSavePoint(point, fields),
    save,
    swap,
    remove,
  };
}

/** The form adding a point at the end of the ordre du jour, emptied once it is written. */
export function useAddPoint(bundle: SeanceBundle) {
  const { writer } = useServices();
  const { busy, write } = useWrite();
  const [titre, setTitre] = useState("");
  const [rapporteur, setRapporteur] = useState("");
  const [nature, setNature] = useState<PointRecord["nature"]>("deliberation");
  const add = async () => {
    const numero = nextNumero(bundle.seance.id, bundle.points, writer.pending());
    const draft = newPointDraft(bundle.seance.id, numero, { titre, rapporteur, nature });
    await write("points", { kind: "create", draft, clientId: crypto.randomUUID() });
    setTitre("");
    setRapporteur("");
  };
  return {
    busy,
    titre,
    setTitre,
    rapporteur,
    setRapporteur,
    nature,
    setNature,
    canAdd: !busy && titre.trim() !== "",
    add,
  };
}
