import type { EcheanceRecord } from "../data/ports";
import { budgetDeadline, cockpitItems } from "./cockpit";
import { EMPTY_DETAILS } from "./seance-details";
import { commune, seance } from "../testing/records";

const echeance = (due: string, extra: Partial<EcheanceRecord> = {}): EcheanceRecord => ({
  id: "e1",
  eTag: "e",
  libelle: "Dépôt du dossier DETR",
  commune: "1",
  due,
  categorie: "budget",
  ...extra,
});

const input = (today: string, extra: Partial<Parameters<typeof cockpitItems>[0]> = {}) => ({
  today,
  communes: [commune],
  seances: [seance()],
  echeances: [],
  details: () => EMPTY_DETAILS,
  ...extra,
});

describe("le cockpit de la secrétaire", () => {
  it("calcule la date limite d'envoi de la convocation (3 jours francs, L2121-11) et la marque en retard une fois passée", () => {
    const [first] = cockpitItems(input("2026-11-20"));
    expect(first).toMatchObject({ kind: "convocation", due: "2026-12-01", ref: "CGCT L2121-11", late: false });
    expect(cockpitItems(input("2026-12-02")).find((i) => i.kind === "convocation")?.late).toBe(true);
  });

  it("ne demande plus la convocation une fois envoyée", () => {
    const sent = cockpitItems(input("2026-11-20", { seances: [seance(undefined, { convocationLe: "2026-11-25T11:00:00Z" })] }));
    expect(sent.map((i) => i.kind)).not.toContain("convocation");
  });

  it("après la séance : liste des délibérations dans la semaine (L2121-25), PV à arrêter à la séance suivante (L2121-15)", () => {
    const past = seance("2026-10-02T17:00:00Z", { id: "4", statut: "tenue" });
    const items = cockpitItems(input("2026-11-20", { seances: [past, seance()] }));
    expect(items.find((i) => i.kind === "liste")).toMatchObject({ due: "2026-10-09", ref: "CGCT L2121-25", late: true });
    expect(items.find((i) => i.kind === "pv")).toMatchObject({ due: "2026-12-05", ref: "CGCT L2121-15", late: false });
  });

  it("budget avant le 15 avril (30 avril l'année du renouvellement), compte avant le 30 juin", () => {
    expect(budgetDeadline(2027)).toBe("2027-04-15");
    expect(budgetDeadline(2026)).toBe("2026-04-30");
    const items = cockpitItems(input("2026-11-20", { seances: [] }));
    expect(items.find((i) => i.kind === "budget")).toMatchObject({ due: "2027-04-15", ref: "CGCT L1612-2" });
    expect(items.find((i) => i.kind === "compte")).toMatchObject({ due: "2027-06-30", ref: "CGCT L1612-12" });
  });

  it("reprend les échéances non faites, triées par date, les retards en évidence", () => {
    const items = cockpitItems(
      input("2026-11-20", { seances: [], echeances: [echeance("2026-11-10T11:00:00Z"), echeance("2026-12-01T11:00:00Z", { id: "e2", faite: true })] }),
    );
    const dates = items.map((i) => i.due);
    expect(dates).toEqual([...dates].sort());
    expect(items.filter((i) => i.kind === "echeance")).toEqual([expect.objectContaining({ due: "2026-11-10", late: true })]);
  });
});
