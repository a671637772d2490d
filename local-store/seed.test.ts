import { communes, LISTS, presences } from "@shared/data/schema";
import { ADMIN } from "./caller";
import { FaultInjector } from "./faults";
import { StoreState } from "./model";
import type { JournalRecord } from "./model";
import { route } from "./router";
import { ensureSchema } from "./seed";
import { LOCAL_SITE_ID } from "./site";

describe("un stockage local créé par une version antérieure de la suite", () => {
  it("reçoit au démarrage les listes et les colonnes qui lui manquent, une seule fois", () => {
    const state = new StoreState();
    const ctx = { state, commit: (records: readonly JournalRecord[]) => records.forEach((r) => state.apply(r)) };
    const url = new URL(`/v1.0/sites/${encodeURIComponent(LOCAL_SITE_ID)}/lists`, "http://localhost");
    const old = { displayName: communes.displayName, columns: [{ name: "Population", number: {} }] };
    expect(
      route(
        ctx,
        { caller: ADMIN, method: "POST", url, headers: {}, body: old },
        "http://localhost",
        new FaultInjector(),
      ).status,
    ).toBe(201);

    ensureSchema(ctx);
    const names = () => state.findList(communes.displayName)?.columns.map((c) => c.name) ?? [];
    expect(names()).toEqual(expect.arrayContaining(["Title", "Population", "CodeInsee", "MairieClientId"]));
    expect(state.findList(presences.displayName)?.columns.find((c) => c.name === "Seance")).toMatchObject({
      indexed: true,
    });
    expect(state.lists.size).toBe(LISTS.length);

    const before = names().length;
    ensureSchema(ctx);
    expect(names()).toHaveLength(before);
  });
});
