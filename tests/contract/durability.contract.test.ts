import fs from "node:fs";
import { NOTE_MAX_LENGTH } from "@local-store/field-values";
import { startLocalStore } from "../../local-store";
import type { LocalStore } from "../../local-store";
import { startHarness, tempDir } from "./store-harness";

/** An élu of Saint-Aubin-sur-Loire, author of the first avis of the demo data. */
const SOPHIE = "s.garnier@saint-aubin-sur-loire.example";

describe("durabilité du stockage local", () => {
  it("retrouve après redémarrage tout ce qui a été confirmé, et ignore une dernière ligne déchirée", async () => {
    const dataDir = tempDir();
    const first = await startHarness({ dataDir });
    const created = await first.repos.questions.create(
      { sujet: "Persistant ?", texte: "Survivra-t-il au redémarrage ?" },
      "durable-1",
    );
    const outcomes = await first.repos.questions.writeMany(
      Array.from({ length: 25 }, (_, i) => ({
        kind: "create" as const,
        clientId: `d-${i}`,
        draft: { sujet: `Q${i}`, texte: "…" },
      })),
    );
    expect(outcomes.every((o) => o.ok)).toBe(true);
    await first.repos.questions.remove("1");
    await first.stop();
    // A crash in the middle of an append leaves half a line: that write was never acknowledged.
    fs.appendFileSync(first.store.journalPath, '{"t":"item","listId":"x","item":{"id":"99","fie');

    const second = await startHarness({ dataDir });
    const { records, problems } = await second.repos.questions.items();
    expect(problems).toEqual([]);
    expect(records.find((r) => r.id === created.id)?.sujet).toBe("Persistant ?");
    expect(records.filter((r) => r.clientId?.startsWith("d-"))).toHaveLength(25);
    expect(records.some((r) => r.id === "1")).toBe(false);
    expect((await second.repos.communes.items()).records).toHaveLength(2);
    await second.stop();

    // Compaction at start rewrote the journal without the torn line.
    const lines = fs.readFileSync(second.store.journalPath, "utf8").trim().split("\n");
    expect(() => lines.forEach((line) => JSON.parse(line))).not.toThrow();
  });

  it("ne ré-amorce pas les données de démonstration au second démarrage et garde les ids", async () => {
    const dataDir = tempDir();
    const first = await startHarness({ dataDir });
    const added = await first.repos.communes.create({ nom: "Commune ajoutée" });
    await first.stop();
    const second = await startHarness({ dataDir });
    const { records } = await second.repos.communes.items();
    expect(records.map((r) => r.nom)).toEqual(["Saint-Aubin-sur-Loire", "Les Essarts-le-Bas", "Commune ajoutée"]);
    const next = await second.repos.communes.create({ nom: "Encore une" });
    expect(Number(next.id)).toBe(Number(added.id) + 1);
    await second.stop();
  });
});

describe("un élu qui réécrit sans cesse son avis au plus long", () => {
  it("ne fait pas grossir le journal sans fin ni empêcher le démarrage : compacté pendant le service, tout relu", async () => {
    const dataDir = tempDir();
    const minCompactBytes = 1024 * 1024;
    let store = await startLocalStore({ port: 0, dataDir, seed: true, minCompactBytes });
    const avis = (running: LocalStore) =>
      `${running.graphBaseUrl}/sites/${encodeURIComponent(running.siteId)}/lists/Avis%20des%20%C3%A9lus/items/1`;
    const asSophie = (running: LocalStore) => ({
      Authorization: `Bearer ${running.tokens.forMember(SOPHIE)}`,
      "Content-Type": "application/json",
    });
    // Each update is the longest comment SharePoint takes, in two-byte characters: 40 of them are 5 MB of journal.
    const comment = (n: number) => `${n} ${"é".repeat(NOTE_MAX_LENGTH - 3)}`;
    let largest = 0;
    for (let n = 0; n < 40; n++) {
      const answer = await fetch(`${avis(store)}/fields`, {
        method: "PATCH",
        headers: asSophie(store),
        body: JSON.stringify({ Commentaire: comment(n) }),
      });
      expect(answer.status).toBe(200);
      largest = Math.max(largest, fs.statSync(store.journalPath).size);
    }
    // Compaction while running keeps the journal near the threshold, not at the sum of every version.
    expect(largest).toBeLessThan(minCompactBytes + 2 * Buffer.byteLength(comment(0)));
    await store.close();

    store = await startLocalStore({ port: 0, dataDir });
    try {
      expect(store.journalReport.damaged).toEqual([]);
      const read = await fetch(`${avis(store)}?expand=fields`, { headers: asSophie(store) });
      expect(read.status).toBe(200);
      expect(((await read.json()) as { fields: { Commentaire: string } }).fields.Commentaire).toBe(comment(39));
    } finally {
      await store.close();
    }
  });
});
