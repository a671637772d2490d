import { newSeanceBlocked, newSeanceDraft } from "./new-seance";

const ready = { commune: "c1", titre: "Conseil municipal", schedule: { date: "2026-12-15", time: "20:00", lieu: "" } };

describe("nouvelle séance", () => {
  it.each([
    ["prête", ready, false],
    ["intitulé vide", { ...ready, titre: "   " }, true],
    ["sans commune", { ...ready, commune: "" }, true],
    ["date passée", { ...ready, schedule: { ...ready.schedule, date: "2026-11-19" } }, true],
    ["sans heure", { ...ready, schedule: { ...ready.schedule, time: "" } }, true],
  ])("%s", (_case, form, blocked) => {
    expect(newSeanceBlocked(form, "2026-11-20")).toBe(blocked);
  });

  it("enregistre la séance en préparation, l'intitulé nettoyé et l'heure de Paris en UTC", () => {
    expect(
      newSeanceDraft({ ...ready, titre: "  Conseil  ", schedule: { ...ready.schedule, lieu: " Mairie " } }),
    ).toEqual({
      titre: "Conseil",
      commune: "c1",
      statut: "preparation",
      date: "2026-12-15T19:00:00Z",
      lieu: "Mairie",
    });
  });
});
