import { MemoryStorage } from "@shared/data/outbox/storage";
import { legacyDetailsStore } from "../../app/data/legacy-details-store";
import type { MembreRecord } from "../../app/data/ports";
import { bundle, elus, presence, seance } from "../../testing/records";
import { legacyDetailsSchema, migrationWrites } from "./legacy-details";

const [maire, adjointe, conseiller] = elus as [MembreRecord, MembreRecord, MembreRecord];

const kept = legacyDetailsSchema.parse({
  convocation: { sentOn: "2026-11-30", mode: "dematerialisee" },
  presents: [maire.nom, adjointe.nom],
  procurations: [{ mandant: conseiller.nom, mandataire: adjointe.nom }],
  secretaire: adjointe.nom,
  votes: { p1: { pour: 3, contre: 0, abstentions: 0 } },
  drafts: { p2: "https://exemple.fr/tarifs.docx" },
  listePublieeLe: "2026-12-08",
});

describe("reprise des détails gardés dans le navigateur par les versions précédentes", () => {
  it("écrit dans les listes la convocation, les dates, le secrétaire, les votes, les projets et la présence", () => {
    const writes = migrationWrites(kept, bundle());
    expect(writes).toContainEqual({
      list: "seances",
      op: {
        kind: "update",
        id: "5",
        eTag: "e",
        patch: {
          convocationLe: "2026-11-30T11:00:00Z",
          modeConvocation: "dematerialisee",
          statut: "convoquee",
          secretaireSeance: adjointe.id,
          listePublieeLe: "2026-12-08T11:00:00Z",
        },
      },
    });
    expect(writes).toContainEqual({
      list: "points",
      op: { kind: "update", id: "p1", eTag: "e", patch: { pour: 3, contre: 0, abstentions: 0 } },
    });
    expect(writes).toContainEqual({
      list: "points",
      op: { kind: "update", id: "p2", eTag: "e", patch: { projetActe: "https://exemple.fr/tarifs.docx" } },
    });
    const presences = writes
      .filter((w) => w.list === "presences")
      .map((w) => (w.op.kind === "create" ? w.op.draft : undefined));
    expect(presences).toEqual([
      { titre: maire.nom, seance: "5", membre: maire.id, presence: "present" },
      { titre: adjointe.nom, seance: "5", membre: adjointe.id, presence: "present" },
      { titre: conseiller.nom, seance: "5", membre: conseiller.id, presence: "absent", mandataire: adjointe.id },
    ]);
  });

  it("ce que les listes tiennent déjà l'emporte : rien n'est réécrit par-dessus", () => {
    const recorded = {
      ...bundle(),
      seance: seance(undefined, {
        convocationLe: "2026-11-29T11:00:00Z",
        modeConvocation: "main_propre" as const,
        secretaireSeance: maire.id,
        listePublieeLe: "2026-12-07T11:00:00Z",
      }),
    };
    const withItems = {
      ...recorded,
      presences: elus.map((m, i) => presence(String(i), m.id)),
      points: recorded.points.map((p) => ({ ...p, pour: 1, projetActe: "https://exemple.fr/autre.docx" })),
    };
    expect(migrationWrites(kept, withItems)).toEqual([]);
  });

  it("lit la copie du navigateur seulement si elle a la forme attendue, et jette celle qui ne l'a pas", () => {
    const storage = new MemoryStorage();
    storage.setItem(
      "mairie.seance-details.5",
      JSON.stringify({ presents: ["Sophie Garnier"], votes: {}, drafts: {}, procurations: [] }),
    );
    storage.setItem("mairie.seance-details.6", "{pas du json");
    storage.setItem(
      "mairie.seance-details.7",
      JSON.stringify({ votes: { p1: { pour: -2, contre: 0, abstentions: 0 } } }),
    );
    const store = legacyDetailsStore(storage);
    expect(store.read("5")?.presents).toEqual(["Sophie Garnier"]);
    expect(store.read("6")).toBeUndefined();
    expect(store.read("7")).toBeUndefined();
    expect(storage.getItem("mairie.seance-details.6")).toBeNull();
    expect(store.read("8")).toBeUndefined();
    store.forget("5");
    expect(storage.getItem("mairie.seance-details.5")).toBeNull();
  });
});
