import { installFakeWord } from "@tests/support/fake-office";
import { readWordSeanceLink } from "./word-seance-link";

describe("readWordSeanceLink : la séance d'un document généré, en un seul context.sync()", () => {
  it.each([10, 1000])("sur un document de %i paragraphes", async (n) => {
    const fake = installFakeWord(Array.from({ length: n }, (_, i) => `Paragraphe ${i + 1}`));
    fake.state.customProperties.push({ key: "MairieSeance", value: "7" }, { key: "MairiePoint", value: "31" });
    expect(await readWordSeanceLink()).toEqual({ seanceId: "7", pointId: "31" });
    expect(fake.counter.count).toBe(1);
    fake.restore();
  });

  it("un document que la suite n'a pas généré n'a pas de séance", async () => {
    const fake = installFakeWord(["Délibération"]);
    fake.state.customProperties.push({ key: "Auteur", value: "Mairie" });
    expect(await readWordSeanceLink()).toBeUndefined();
    expect(fake.counter.count).toBe(1);
    fake.restore();
  });
});
