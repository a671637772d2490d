import type { ActeRecord, EcheanceRecord, SubventionRecord } from "../../app/data/ports";
import { budgetDeadline, cockpitItems } from "./cockpit";
import type { CockpitInput } from "./cockpit";
import { commune, seance } from "../../testing/records";

const echeance = (due: string, extra: Partial<EcheanceRecord> = {}): EcheanceRecord => ({
  id: "e1",
  eTag: "e",
  libelle: "Dépôt du dossier DETR",
  commune: "1",
  due,
  categorie: "budget",
  ...extra,
});

const input = (today: string, extra: Partial<CockpitInput> = {}): CockpitInput => ({
  today,
  communes: [commune],
  seances: [seance()],
  echeances: [],
  actes: [],
  subventions: [],
  ...extra,
});

const acte = (extra: Partial<ActeRecord> = {}): ActeRecord => ({
  id: "a1",
  eTag: "e",
  objet: "Tarifs de la cantine",
  type: "deliberation",
  numero: "2026-031",
  commune: "1",
  seance: "4",
  date: "2026-10-02T17:00:00Z",
  ...extra,
});

const subvention = (extra: Partial<SubventionRecord> = {}): SubventionRecord => ({
  id: "s1",
  eTag: "e",
  dossier: "Rénovation de l'école",
  commune: "1",
  financeur: "detr",
  dateLimite: "2026-12-10T23:00:00Z",
  statut: "a-deposer",
  ...extra,
});

describe("le cockpit de la secrétaire", () => {
  it("calcule la date limite d'envoi de la convocation (3 jours francs, L2121-11) et la marque en retard une fois passée", () => {
    const [first] = cockpitItems(input("2026-11-20"));
    expect(first).toMatchObject({ kind: "convocation", due: "2026-12-01", ref: "CGCT L2121-11", late: false });
    expect(cockpitItems(input("2026-12-02")).find((i) => i.kind === "convocation")?.late).toBe(true);
  });

  it("ne demande plus la convocation une fois envoyée", () => {
    const sent = cockpitItems(
      input("2026-11-20", {
        seances: [seance(undefined, { convocationLe: "2026-11-25T11:00:00Z", statut: "convoquee" })],
      }),
    );
    expect(sent.map((i) => i.kind)).not.toContain("convocation");
  });

  it("redemande la convocation quand la séance est repassée en préparation après un changement de date ou de lieu", () => {
    const moved = cockpitItems(
      input("2026-11-20", { seances: [seance(undefined, { convocationLe: "2026-11-18T11:00:00Z" })] }),
    );
    expect(moved.find((i) => i.kind === "convocation")).toMatchObject({
      due: "2026-12-01",
      label: expect.stringMatching(/^Renvoyer la convocation/),
    });
  });

  it("en urgence, la convocation peut partir jusqu'à la veille (un jour franc)", () => {
    const [first] = cockpitItems(input("2026-11-20", { seances: [seance(undefined, { urgence: true })] }));
    expect(first).toMatchObject({ kind: "convocation", due: "2026-12-03" });
  });

  it("après la séance : liste des délibérations dans la semaine (L2121-25), PV à arrêter à la séance suivante (L2121-15)", () => {
    const past = seance("2026-10-02T17:00:00Z", { id: "4", statut: "tenue" });
    const items = cockpitItems(input("2026-11-20", { seances: [past, seance()] }));
    expect(items.find((i) => i.kind === "liste")).toMatchObject({
      due: "2026-10-09",
      ref: "CGCT L2121-25",
      late: true,
    });
    expect(items.find((i) => i.kind === "pv")).toMatchObject({ due: "2026-12-05", ref: "CGCT L2121-15", late: false });
    const done = seance("2026-10-02T17:00:00Z", {
      id: "4",
      statut: "tenue",
      listePublieeLe: "2026-10-05T10:00:00Z",
      pvArreteLe: "2026-12-05T18:00:00Z",
    });
    const kinds = cockpitItems(input("2026-11-20", { seances: [done, seance()] })).map((i) => i.kind);
    expect(kinds).not.toContain("liste");
    expect(kinds).not.toContain("pv");
  });

  it("une délibération ni transmise ni publiée : deux rappels datés, en retard de tant de jours, avec leur référence", () => {
    const items = cockpitItems(input("2026-10-20", { seances: [], actes: [acte()] }));
    expect(items.find((i) => i.kind === "transmission")).toMatchObject({
      due: "2026-10-17",
      late: true,
      lateDays: 3,
      ref: "CGCT L2131-1, L2131-2",
      seanceId: "4",
      commune: "Saint-Aubin-sur-Loire",
    });
    expect(items.find((i) => i.kind === "publication")).toMatchObject({
      due: "2026-10-09",
      lateDays: 11,
      ref: "CGCT L2131-1, L2121-25",
    });
    expect(items.find((i) => i.kind === "publication")?.label).toBe(
      "Publier la délibération n° 2026-031 du 02/10/2026 « Tarifs de la cantine » : pas exécutoire sans publication",
    );
    const done = acte({ transmisLe: "2026-10-05T10:00:00Z", publieLe: "2026-10-05T10:00:00Z" });
    expect(
      cockpitItems(input("2026-10-20", { seances: [], actes: [done] })).filter(
        (i) => i.kind === "transmission" || i.kind === "publication",
      ),
    ).toEqual([]);
  });

  it("les dossiers de subvention à déposer dans les deux mois, pas les autres, ni ceux d'une commune non servie", () => {
    const files = [
      subvention(),
      subvention({ id: "s2", statut: "depose" }),
      subvention({ id: "s3", dateLimite: "2027-06-01T10:00:00Z" }),
      subvention({ id: "s4", commune: "9" }),
    ];
    const items = cockpitItems(input("2026-11-20", { seances: [], subventions: files })).filter(
      (i) => i.kind === "subvention",
    );
    expect(items).toEqual([
      expect.objectContaining({
        key: "subvention:s1",
        due: "2026-12-11",
        late: false,
        ref: "CGCT L2334-33, R2334-24 ; appel à projets préfectoral",
      }),
    ]);
    expect(items[0]?.label).toBe("Déposer le dossier DETR « Rénovation de l'école » (J-21)");
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
      input("2026-11-20", {
        seances: [],
        echeances: [echeance("2026-11-10T11:00:00Z"), echeance("2026-12-01T11:00:00Z", { id: "e2", faite: true })],
      }),
    );
    const dates = items.map((i) => i.due);
    expect(dates).toEqual([...dates].sort());
    expect(items.filter((i) => i.kind === "echeance")).toEqual([
      expect.objectContaining({ due: "2026-11-10", late: true }),
    ]);
  });
});
