import fs from "node:fs";
import { startHarness, tempDir } from "./store-harness";

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
