import type { SeanceLink } from "@shared/ports/seance-link";
import { seanceLinkOf } from "@shared/ports/seance-link";

/** The séance and point a generated document carries in its custom properties: one load, one sync. */
export const readWordSeanceLink = (): Promise<SeanceLink | undefined> =>
  Word.run(async (context) => {
    const properties = context.document.properties.customProperties;
    properties.load("items/key,items/value");
    await context.sync();
    return seanceLinkOf(properties.items.map((p) => ({ key: p.key, value: p.value as unknown })));
  });
