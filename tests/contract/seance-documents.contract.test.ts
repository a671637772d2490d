import { readDocxText } from "@shared/io/docx";
import { GraphDocuments } from "@shared/data/drive/graph-documents";
import { publishDocuments, regenerateDocument } from "@shared/data/drive/publish-documents";
import { loadSeanceFacts } from "@shared/data/seance-facts";
import { preparationDocuments } from "@shared/documents";
import { startHarness } from "./store-harness";
import type { Harness } from "./store-harness";

const POINTS = 10;

describe("documents de la séance générés puis rangés dans la bibliothèque (stockage local)", () => {
  let h: Harness;
  let seanceId: string;

  beforeEach(async () => {
    h = await startHarness();
    const seance = await h.repos.seances.create({
      titre: "Conseil municipal",
      commune: "1",
      date: "2027-01-14T19:00:00Z",
      lieu: "Salle du conseil",
      statut: "convoquee",
      convocationLe: "2027-01-07T09:00:00Z",
      modeConvocation: "dematerialisee",
    });
    seanceId = seance.id;
    for (let numero = 1; numero <= POINTS; numero++)
      await h.repos.points.create({
        titre: `Objet numéro ${numero}`,
        seance: seanceId,
        numero,
        nature: "deliberation",
      });
  });
  afterEach(() => h.stop());

  it("la convocation et 10 projets : au plus 2 requêtes Graph par fichier, chaque projet lié à son point", async () => {
    const port = new GraphDocuments(h.connection, h.store.siteId);
    const facts = await loadSeanceFacts(h.repos, seanceId);
    const planned = preparationDocuments(facts);
    expect(planned).toHaveLength(POINTS + 1);
    const points = (await h.repos.points.items({ seance: seanceId })).records;
    const eTags = Object.fromEntries(points.map((p) => [p.id, p.eTag]));
    h.counter.reset();
    const outcomes = await publishDocuments(port, h.repos.points, planned, eTags);
    const requests = h.counter.count();
    console.log(
      `Documents de séance : convocation + ${POINTS} projets → ${requests} requêtes Graph, ${(requests / planned.length).toFixed(2)} par fichier (objectif ≤ 2)`,
    );
    expect(outcomes.map((o) => o.status)).toEqual(planned.map(() => "created"));
    expect(requests).toBeLessThanOrEqual(2 * planned.length);

    const files = await port.listSeance(seanceId);
    expect(files).toHaveLength(POINTS + 1);
    const linked = (await h.repos.points.items({ seance: seanceId })).records;
    for (const point of linked) {
      const file = files.find((f) => f.columns.point === point.id);
      expect(file?.columns).toMatchObject({ seance: seanceId, type: "projet-deliberation", statut: "brouillon" });
      expect(point.projetActe).toBe(file?.webUrl);
    }
    const first = files.find((f) => f.columns.point === linked.find((p) => p.numero === 3)?.id);
    const text = (await readDocxText(await port.download(first?.id ?? ""), "projet.docx")).replace(/\u00a0/g, " ");
    expect(text).toContain("Objet : Objet numéro 3");
    expect(text).toContain("COMMUNE DE Saint-Aubin-sur-Loire");
  });

  it("ne remplace jamais un document existant sans demande, ni un document modifié depuis sans accord", async () => {
    const port = new GraphDocuments(h.connection, h.store.siteId);
    const facts = await loadSeanceFacts(h.repos, seanceId);
    const [convocation] = preparationDocuments(facts);
    if (!convocation) throw new Error("no convocation");
    const [created] = await publishDocuments(port, h.repos.points, [convocation], {});
    if (created?.status !== "created") throw new Error("not created");
    expect((await publishDocuments(port, h.repos.points, [convocation], {}))[0]?.status).toBe("exists");

    const unedited = await regenerateDocument(port, convocation, created.file.id, false);
    expect(unedited.status).toBe("replaced");

    // The secretary edits it in Word: its content (cTag) changes.
    await port.upload(seanceId, created.fileName, new TextEncoder().encode("modifié dans Word"), {
      conflict: "replace",
    });
    const asked = await regenerateDocument(port, convocation, created.file.id, false);
    expect(asked.status).toBe("edited");
    expect(new TextDecoder().decode(await port.download(created.file.id))).toBe("modifié dans Word");
    const replaced = await regenerateDocument(port, convocation, created.file.id, true);
    expect(replaced.status).toBe("replaced");
    expect(await readDocxText(await port.download(created.file.id), "c.docx")).toContain(
      "Convocation du conseil municipal",
    );
  });
});
