import { messageOf } from "@shared/ui/hooks/async-state";
import { useAction } from "@shared/ui/hooks/use-action";
import type { ActeRecord, CommuneRecord } from "../../app/data/ports";
import { useServices } from "../../app/services";
import { parisToUtc } from "../../common/paris-time";
import { useWrite } from "../seance/use-write";
import { acteRecordOf } from "./acte-record";
import { publishedNotice, publishFailure } from "./publication-notice";
import type { PublicationNotice } from "./publication-notice";

const describeError = (error: unknown) => publishFailure(messageOf(error));

/** The act's publication page put online, then its date and address written on the act's record. */
export function usePublish(acte: ActeRecord, commune: CommuneRecord | undefined, today: string) {
  const { publications } = useServices();
  const { busy, write } = useWrite();
  const [state, run] = useAction<PublicationNotice>(describeError);
  const publish = () =>
    run(async () => {
      if (!publications || !commune)
        return { intent: "error", text: "La bibliothèque « Publications » n'est pas accessible d'ici." };
      // Its own chunk: the page's template and the executoire mention, which the cockpit's first display skips.
      const { publishActPage } = await import("@shared/data/drive/publish-act");
      const page = await publishActPage(publications, {
        communeId: commune.id,
        communeName: commune.nom,
        acteId: acte.id,
        record: acteRecordOf(acte, commune),
        actHref: acte.documentActe,
        today,
      });
      const saved = await write("actes", {
        kind: "update",
        id: acte.id,
        eTag: acte.eTag,
        patch: { publieLe: parisToUtc(today, "12:00"), pagePublication: page.webUrl },
      });
      return publishedNotice(today, page.name, saved.status);
    });
  const notice: PublicationNotice | undefined =
    state.status === "done"
      ? state.value
      : state.status === "failed"
        ? { intent: "error", text: state.message }
        : undefined;
  return { publish, notice, canPublish: state.status !== "busy" && !busy };
}
