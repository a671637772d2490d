import { MemoryStorage } from "@shared/data/outbox/storage";
import { fakeData } from "../../testing/fake-data";
import { outboxWriter } from "./writer";

const point = { titre: "Budget", seance: "1", numero: 1, nature: "deliberation" as const };

describe("les écritures de l'onglet passent par la boîte d'envoi", () => {
  it("un enregistrement réussi rend l'élément écrit et ne laisse rien en attente", async () => {
    const data = fakeData();
    const writer = outboxWriter(data, new MemoryStorage());
    const result = await writer.write("points", { kind: "create", draft: point, clientId: "c1" });
    expect(result).toMatchObject({ status: "saved", record: { titre: "Budget" } });
    expect(writer.pending()).toEqual([]);
    writer.stop();
  });

  it("réseau coupé : la saisie est gardée, montrée en attente, puis envoyée au retour du réseau", async () => {
    const data = fakeData();
    const storage = new MemoryStorage();
    const writer = outboxWriter(data, storage);
    data.points.offline = true;
    await expect(writer.write("points", { kind: "create", draft: point, clientId: "c1" })).resolves.toMatchObject({
      status: "queued",
    });
    expect(writer.pending()).toEqual([
      expect.objectContaining({ state: "pending", values: expect.objectContaining({ titre: "Budget" }) }),
    ]);
    // Nothing typed is lost to a reload: a new writer on the same storage still holds it.
    const reloaded = outboxWriter(data, storage, () => Date.now() + 3_600_000);
    data.points.offline = false;
    reloaded.retryNow();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(data.points.all().map((p) => p.titre)).toEqual(["Budget"]);
    writer.stop();
    reloaded.stop();
  });

  it("conflit (412) : rien n'est écrasé sans l'accord de l'utilisateur, qui peut ensuite écraser ou recharger", async () => {
    const data = fakeData({ points: [point] });
    const writer = outboxWriter(data, new MemoryStorage());
    const [original] = data.points.all();
    data.points.editElsewhere("1", { titre: "Budget primitif 2027" });
    const result = await writer.write("points", {
      kind: "update",
      id: "1",
      eTag: original?.eTag ?? "",
      patch: { titre: "Mon objet" },
    });
    expect(result.status).toBe("conflict");
    expect(data.points.all()[0]?.titre).toBe("Budget primitif 2027");
    expect(writer.pending()[0]).toMatchObject({ state: "conflict", values: { titre: "Mon objet" } });

    await expect(writer.overwrite(result.status === "conflict" ? result.key : "")).resolves.toEqual({
      status: "saved",
    });
    expect(data.points.all()[0]?.titre).toBe("Mon objet");
    expect(writer.pending()).toEqual([]);
    writer.stop();
  });

  it("conflit à la création (un autre appareil a créé le même élément) : écraser met à jour cet élément", async () => {
    const data = fakeData();
    const writer = outboxWriter(data, new MemoryStorage());
    await writer.write("points", { kind: "create", draft: point, clientId: "presence:1:7" });
    const result = await writer.write("points", {
      kind: "create",
      draft: { ...point, titre: "Ma version" },
      clientId: "presence:1:7",
    });
    expect(result.status).toBe("conflict");
    expect(data.points.all().map((p) => p.titre)).toEqual(["Budget"]);

    await expect(writer.overwrite(result.status === "conflict" ? result.key : "")).resolves.toEqual({
      status: "saved",
    });
    expect(data.points.all().map((p) => p.titre)).toEqual(["Ma version"]);
    expect(writer.pending()).toEqual([]);
    writer.stop();
  });
});
