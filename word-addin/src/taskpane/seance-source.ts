import type { SeanceFacts } from "@shared/documents/seance-facts";
import type { DialogSignIn } from "@shared/data/create-data-layer";
import { officeLoginHint } from "@shared/office/office-ready";
import type { SeanceLinkReader } from "@shared/ports/seance-link";

/** config.json and other small reads of the pane. */
export async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { cache: "no-store" });
  if (!response.ok) throw new Error(`${url} : ${response.status}`);
  return response.json();
}

/** A séance's facts through the data layer (its own chunk): the embedded store here, the tenant's site in Word. */
export function loadSeanceThroughDataLayer(
  inWord: boolean,
  dialog?: DialogSignIn,
): (seanceId: string) => Promise<SeanceFacts> {
  return async (seanceId) => {
    const [{ loadDataConfig }, { createDataLayer }, { loadSeanceFacts }] = await Promise.all([
      import("@shared/data/auth/load-data-config"),
      import("@shared/data/create-data-layer"),
      import("@shared/data/seance-facts"),
    ]);
    const repos = await createDataLayer(
      await loadDataConfig(window.location.origin, inWord, fetchJson),
      inWord ? officeLoginHint : undefined,
      dialog,
    );
    return loadSeanceFacts(repos, seanceId);
  };
}

/** In the preview, the simulated document stands for a generated one when the address says so (?seance=&point=). */
export function previewSeanceLink(search: string): SeanceLinkReader {
  const params = new URLSearchParams(search);
  const seanceId = params.get("seance") ?? "";
  const pointId = params.get("point") ?? "";
  const link = /^\d{1,9}$/.test(seanceId) ? { seanceId, ...(/^\d{1,9}$/.test(pointId) ? { pointId } : {}) } : undefined;
  return () => Promise.resolve(link);
}
