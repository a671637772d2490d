import { useEffect, useRef } from "react";
import type { SeanceBundle } from "./council-seance";
import { migrationWrites } from "./legacy-details";
import type { MigrationWrite } from "./legacy-details";
import { useServices } from "../../app/services";
import { useWrite } from "./use-write";

/**
 * Carries the details an earlier version kept in this browser into the lists, the first time the secretary opens
 * the séance here; the writes go through the outbox like any other, then the browser's copy is dropped.
 */
export function LegacyMigration({ bundle }: { bundle: SeanceBundle }) {
  const { legacyDetails } = useServices();
  const { write } = useWrite();
  const started = useRef(false);
  const seanceId = bundle.seance.id;
  useEffect(() => {
    const legacy = started.current ? undefined : legacyDetails?.read(seanceId);
    if (!legacy || !legacyDetails) return;
    started.current = true;
    const send = (w: MigrationWrite) =>
      w.list === "seances"
        ? write("seances", w.op)
        : w.list === "points"
          ? write("points", w.op)
          : write("presences", w.op);
    void (async () => {
      for (const w of migrationWrites(legacy, bundle)) await send(w);
      legacyDetails.forget(seanceId);
    })();
    // Once per séance: the bundle reloads after every write, the migration must not start again.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per séance, as said above
  }, [seanceId]);
  return null;
}
