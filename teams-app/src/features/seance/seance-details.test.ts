import type { MembreRecord } from "../../app/data/ports";
import { elus, point, presence, seance } from "../../testing/records";
import { seanceDetails } from "./seance-details";

const [maire, adjointe, conseiller] = elus as [MembreRecord, MembreRecord, MembreRecord];

describe("les détails de la séance lus dans les listes", () => {
  it("nomme présents, procurations et secrétaire, date en heure de Paris, votes et projets par point", () => {
    const held = seance("2026-12-05T18:00:00Z", {
      convocationLe: "2026-11-30T23:30:00Z",
      modeConvocation: "main_propre",
      secretaireSeance: adjointe.id,
      listePublieeLe: "2026-12-08T11:00:00Z",
    });
    const points = [
      { ...point("p1", 1, "Budget"), pour: 2, abstentions: 1, projetActe: "https://exemple.fr/budget.docx" },
      point("p2", 2, "Tarifs"),
    ];
    const presences = [
      presence("1", maire.id),
      presence("2", adjointe.id),
      presence("3", conseiller.id, { presence: "absent", mandataire: adjointe.id }),
      presence("4", maire.id, { seance: "6", presence: "absent" }),
    ];
    expect(seanceDetails(held, points, presences, elus)).toEqual({
      convocation: { sentOn: "2026-12-01", mode: "main_propre" },
      presents: ["Jean-Pierre Lemaire", "Sophie Garnier"],
      procurations: [{ mandant: "Michel Rousseau", mandataire: "Sophie Garnier" }],
      secretaire: "Sophie Garnier",
      votes: { p1: { pour: 2, contre: 0, abstentions: 1 } },
      drafts: { p1: "https://exemple.fr/budget.docx" },
      listePublieeLe: "2026-12-08",
    });
  });
});
