import { useCallback, useEffect, useState } from "react";
import type { SeanceDetails } from "../../model/seance-details";
import { useServices } from "../../tab/services";

/** The recorded details of a séance, saved as soon as they change (attendance is typed during the meeting). */
export function useSeanceDetails(seanceId: string): [SeanceDetails, (change: Partial<SeanceDetails>) => void] {
  const { details: store } = useServices();
  const [details, setDetails] = useState(() => store.read(seanceId));
  useEffect(() => setDetails(store.read(seanceId)), [store, seanceId]);
  const update = useCallback(
    (change: Partial<SeanceDetails>) =>
      setDetails((previous) => {
        const next = { ...previous, ...change };
        store.write(seanceId, next);
        return next;
      }),
    [store, seanceId],
  );
  return [details, update];
}
