import { useState } from "react";
import type { DocumentFile, DocumentsPort } from "@shared/data/drive/documents-port";
import type { PlannedDocument } from "@shared/documents";
import { loadSeanceFacts } from "@shared/data/seance-facts";
import { useRefresh } from "@shared/ui/hooks/use-load";
import { useServices } from "../../../app/services";
import type { SeanceBundle } from "../council-seance";
import { plannedFor, publishSummary, stageOf } from "./seance-documents-plan";
import type { Stage } from "./seance-documents-plan";

/** The generators and the library client come in their own chunk: docx is loaded only when a document is made. */
async function plan(
  data: Parameters<typeof loadSeanceFacts>[0],
  seanceId: string,
  stage: Stage,
): Promise<PlannedDocument[]> {
  const [documents, facts] = await Promise.all([import("@shared/documents"), loadSeanceFacts(data, seanceId)]);
  return stage === "preparation" ? documents.preparationDocuments(facts) : documents.afterSeanceDocuments(facts);
}

/** Generating the séance's documents, and regenerating one, never over an edited one without asking. */
export function useSeanceDocuments(bundle: SeanceBundle, documents: DocumentsPort) {
  const { data } = useServices();
  const { refresh } = useRefresh();
  const seanceId = bundle.seance.id;
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ intent: "success" | "error"; text: string }>();
  const [confirm, setConfirm] = useState<{ file: DocumentFile; doc: PlannedDocument }>();

  const run = async (task: () => Promise<string>) => {
    setBusy(true);
    setMessage(undefined);
    try {
      setMessage({ intent: "success", text: await task() });
      refresh();
    } catch (error) {
      setMessage({ intent: "error", text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const generate = (stage: Stage) =>
    run(async () => {
      const { publishDocuments } = await import("@shared/data/drive/publish-documents");
      const planned = await plan(data, seanceId, stage);
      const eTags = Object.fromEntries(bundle.points.map((p) => [p.id, p.eTag]));
      // Each new projet opens its act's record in the Actes list (issue 14), followed in the cockpit until exécutoire.
      const acteRecords =
        stage === "preparation"
          ? {
              seance: bundle.seance,
              points: bundle.points,
              actes: (await data.actes.items()).records,
              writeMany: data.actes.writeMany.bind(data.actes),
            }
          : undefined;
      const summary = publishSummary(await publishDocuments(documents, data.points, planned, eTags, acteRecords));
      if (!summary.ok) throw new Error(summary.text);
      return summary.text;
    });

  const regenerate = (file: DocumentFile, replaceEdited: boolean) =>
    run(async () => {
      const { regenerateDocument } = await import("@shared/data/drive/publish-documents");
      const doc = plannedFor(file, await plan(data, seanceId, stageOf(file)));
      if (!doc) throw new Error("Ce document ne correspond plus à un point de la séance : il n'est pas régénéré.");
      const outcome = await regenerateDocument(documents, doc, file.id, replaceEdited);
      if (outcome.status === "edited") {
        setConfirm({ file: outcome.file, doc });
        return "Le document a été modifié depuis sa génération.";
      }
      setConfirm(undefined);
      return `« ${outcome.file.name} » régénéré.`;
    });

  return {
    busy,
    message,
    confirm,
    held: bundle.details.presents.length > 0,
    generate: (stage: Stage) => void generate(stage),
    regenerate: (file: DocumentFile, replaceEdited: boolean) => void regenerate(file, replaceEdited),
    keepEdited: () => setConfirm(undefined),
  };
}
