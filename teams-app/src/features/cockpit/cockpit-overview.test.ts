import type { CommuneRecord } from "../../app/data/ports";
import { commune, seance } from "../../testing/records";
import { cockpitOverview, communesShown } from "./cockpit-overview";

const other: CommuneRecord = { ...commune, id: "2", nom: "Montreuil-sur-Loir" };
const today = "2026-11-20";
const lists = {
  seances: [
    seance("2026-12-05T18:00:00Z", { id: "a" }),
    seance("2026-11-28T18:00:00Z", { id: "b" }),
    seance("2026-10-02T17:00:00Z", { id: "past" }),
    seance("2026-11-25T18:00:00Z", { id: "other", commune: "2" }),
  ],
  echeances: [
    { id: "e1", eTag: '"e1"', libelle: "Déclaration FCTVA", commune: "1", due: "2026-11-15", categorie: "budget" },
  ],
  actes: [],
  subventions: [],
} as const;

describe("le cockpit", () => {
  it("montre toutes les communes servies, ou la seule choisie", () => {
    expect(communesShown([commune, other], "")).toEqual([commune, other]);
    expect(communesShown([commune, other], "2")).toEqual([other]);
    expect(communesShown([commune, other], "9")).toEqual([]);
  });

  it("liste les séances à venir de la commune, la plus proche d'abord, sans les passées ni celles d'une autre", () => {
    const overview = cockpitOverview(lists, [commune], today);
    expect(overview.upcoming.map((s) => s.id)).toEqual(["b", "a"]);
  });

  it("compte les échéances en retard parmi les choses à faire", () => {
    const overview = cockpitOverview(lists, [commune], today);
    expect(overview.items.some((i) => i.label.includes("FCTVA"))).toBe(true);
    expect(overview.late).toBe(overview.items.filter((i) => i.late).length);
    expect(overview.late).toBeGreaterThan(0);
  });

  it("ne montre rien d'une commune qui n'est pas choisie", () => {
    const overview = cockpitOverview(lists, [other], today);
    expect(overview.upcoming.map((s) => s.id)).toEqual(["other"]);
    expect(overview.items.some((i) => i.label.includes("FCTVA"))).toBe(false);
  });
});
