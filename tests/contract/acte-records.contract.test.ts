import { GraphDocuments } from "@shared/data/drive/graph-documents";
import { publishDocuments } from "@shared/data/drive/publish-documents";
import { loadSeanceFacts } from "@shared/data/seance-facts";
import { preparationDocuments } from "@shared/documents";
import { startHarness } from "./store-harness";
import type { Harness } from "./store-harness";

describe("la fiche de l'acte créée avec son projet (liste Actes, stockage local)", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.stop());

  it("une fiche par projet, numéro proposé au format @CTES, jamais deux pour un point, en une requête", async () => {
    const seance = await h.repos.seances.create({
      titre: "Conseil municipal",
      commune: "1",
      date: "2027-01-14T19:00:00Z",
      statut: "convoquee",
    });
    for (const numero of [1, 2])
      await h.repos.points.create({ titre: `Objet ${numero}`, seance: seance.id, numero, nature: "deliberation" });
    const points = (await h.repos.points.items({ seance: seance.id })).records;
    const eTags = Object.fromEntries(points.map((p) => [p.id, p.eTag]));
    const port = new GraphDocuments(h.connection, h.store.siteId);
    const planned = preparationDocuments(await loadSeanceFacts(h.repos, seance.id));
    const context = async () => ({
      seance,
      points,
      actes: (await h.repos.actes.items()).records,
      writeMany: (ops: Parameters<typeof h.repos.actes.writeMany>[0]) => h.repos.actes.writeMany(ops),
    });

    const first = await context();
    h.counter.reset();
    await publishDocuments(port, h.repos.points, planned, eTags, first);
    const withActs = h.counter.count();
    const actes = (await h.repos.actes.items({ seance: seance.id })).records;
    expect(actes.map((a) => [a.objet, a.numero, a.natureActes, a.point]).sort()).toEqual([
      ["Objet 1", "2027_001", "1", points.find((p) => p.numero === 1)?.id],
      ["Objet 2", "2027_002", "1", points.find((p) => p.numero === 2)?.id],
    ]);
    expect(actes.every((a) => a.documentActe?.includes("S%C3%A9ance"))).toBe(true);
    // n uploads + columns + point links + acts.
    expect(withActs).toBeLessThanOrEqual(planned.length + 3);

    // A second generation (files already there) adds no act; neither does an act already recorded for the point.
    await publishDocuments(port, h.repos.points, planned, eTags, await context());
    expect((await h.repos.actes.items({ seance: seance.id })).records).toHaveLength(2);
  });
});
