import { useEffect, useRef, useState } from "react";
import type { AvisRecord, PointRecord } from "../../app/data/ports";
import { useSeanceFilesLoad } from "../seance/documents/seance-files";
import { useWrite } from "../seance/use-write";
import { avisVersions, changedPoints, olderVersionOf, projetOf, savedNotice, seenOf } from "./avis-form";
import { avisOf, avisOps, draftOf } from "./avis-summary";
import type { AvisDraft } from "./avis-summary";

/** One élu's answers on every point of a séance, and their save in one batch. */
export function useAvisForm(points: readonly PointRecord[], avis: readonly AvisRecord[], membreId: string) {
  const { busy, writeAll } = useWrite();
  const initial = () => Object.fromEntries(points.map((p) => [p.id, draftOf(avisOf(avis, p.id, membreId))]));
  const [drafts, setDrafts] = useState<Record<string, AvisDraft>>(initial);
  const [saved, setSaved] = useState<string>();
  // A newer version of an avis (this save, or another device) replaces what the form shows for its point only: the
  // élu's unsaved answers on the other points stay.
  const versions = avisVersions(points, avis, membreId);
  const shown = useRef(versions);
  const key = versions.join("|");
  useEffect(() => {
    const changed = changedPoints(points, versions, shown.current);
    shown.current = versions;
    if (changed.length === 0) return;
    setDrafts((current) => ({
      ...current,
      ...Object.fromEntries(changed.map((p) => [p.id, draftOf(avisOf(avis, p.id, membreId))])),
    }));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the versions decide, not each render's new arrays
  }, [key]);
  const folder = useSeanceFilesLoad();
  const files = folder.status === "done" ? folder.value : [];
  const olderThan = (pointId: string) => olderVersionOf(avisOf(avis, pointId, membreId), projetOf(files, pointId));
  const ops = avisOps(points, avis, membreId, drafts, seenOf(files));
  const save = async () => {
    const results = await writeAll("avis", ops);
    setSaved(savedNotice(results.length, results.filter((r) => r.status !== "saved").length));
  };
  const draftFor = (pointId: string) => drafts[pointId] ?? draftOf(undefined);
  const change = (pointId: string) => (draft: AvisDraft) => setDrafts((current) => ({ ...current, [pointId]: draft }));
  return { busy, writes: ops.length, saved, save, draftFor, change, olderThan };
}
