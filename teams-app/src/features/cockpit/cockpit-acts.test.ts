import type { ActeRecord } from "../../app/data/ports";
import { commune } from "../../testing/records";
import { acteRecordOf } from "./acte-record";
import { cockpitItems } from "./cockpit";
import { acknowledgementItems, actTracking, statusLabel } from "./cockpit-acts";

const acte = (extra: Partial<ActeRecord> = {}): ActeRecord => ({
  id: "a1",
  eTag: "e",
  objet: "Tarifs de la cantine",
  type: "deliberation",
  numero: "2026_031",
  commune: "1",
  seance: "4",
  date: "2026-10-02T17:00:00Z",
  ...extra,
});

describe("la fiche de l'acte dans le cockpit", () => {
  it("lit la fiche : dates de Paris, nature, mode de publication de la commune (L2131-1 IV)", () => {
    const record = acteRecordOf(
      acte({
        natureActes: "1",
        classification: "7.10",
        transmisLe: "2026-10-04T22:30:00Z",
        publieLe: "2026-10-05T10:00:00Z",
      }),
      { ...commune, publication: "affichage" },
    );
    expect(record).toMatchObject({
      nature: 1,
      classification: "7.10",
      transmisLe: "2026-10-05",
      publieLe: "2026-10-05",
      publication: "affichage",
    });
    expect(acteRecordOf(acte(), { ...commune, population: 5000, publication: "affichage" }).publication).toBe(
      "electronique",
    );
  });

  it("acte individuel : la date « publié ou notifié » est celle de la notification", () => {
    const record = acteRecordOf(
      acte({ type: "arrete", portee: "individuel", publieLe: "2026-10-05T10:00:00Z" }),
      commune,
    );
    expect(record).toMatchObject({ notifieLe: "2026-10-05" });
    expect(record.publieLe).toBeUndefined();
  });

  it("transmis sans accusé de réception : un rappel daté du lendemain, qui s'enregistre dans la fiche", () => {
    const sent = acte({ transmisLe: "2026-10-05T10:00:00Z" });
    const [ar] = acknowledgementItems(sent, acteRecordOf(sent, commune), commune.nom);
    expect(ar).toMatchObject({ kind: "accuse", due: "2026-10-06", ref: "CGCT L2131-1" });
    expect(ar?.done).toMatchObject({ list: "actes", field: "arLe", notBefore: "2026-10-05" });
  });

  it("AR reçu et publié : les délais de recours et de déféré, avec leur référence, jusqu'à leur dernier jour", () => {
    const done = acte({
      transmisLe: "2026-10-05T10:00:00Z",
      arLe: "2026-10-05T10:05:00Z",
      publieLe: "2026-10-06T10:00:00Z",
    });
    const [tracked] = actTracking([done], [commune], "2026-11-01");
    expect(tracked?.windows.map((w) => [w.kind, w.until, w.ref])).toEqual([
      ["recours-contentieux", "2026-12-07", "CJA R421-1"],
      ["defere-prefectoral", "2026-12-07", "CGCT L2131-6"],
    ]);
    expect(tracked?.label).toBe("La délibération n° 2026_031 « Tarifs de la cantine » du 02/10/2026");
    expect(tracked?.status.executoire).toBe(true);
    expect(actTracking([done], [commune], "2026-12-08")).toEqual([]);
  });

  it("le cockpit garde ses rappels et y ajoute le suivi", () => {
    const items = cockpitItems({
      today: "2026-10-07",
      communes: [commune],
      seances: [],
      echeances: [],
      actes: [acte({ transmisLe: "2026-10-05T10:00:00Z" })],
      subventions: [],
    });
    expect(items.map((i) => i.kind).sort()).toEqual(["accuse", "budget", "compte", "publication"]);
  });

  it("un acte pas encore exécutoire reste suivi, avec la raison ; une commune non servie n'y est pas", () => {
    const tracked = actTracking([acte(), acte({ id: "a2", commune: "9" })], [commune], "2026-10-03");
    expect(tracked.map((t) => t.key)).toEqual(["a1"]);
    expect(tracked[0]?.status.raisons.map((r) => r.ref)).toEqual(["CGCT L2131-1, L2131-2", "CGCT L2131-1 IV"]);
  });

  it("statut en une ligne : transmis, AR reçu, publié, exécutoire", () => {
    const record = acteRecordOf(
      acte({ transmisLe: "2026-10-05T10:00:00Z", arLe: "2026-10-05T10:05:00Z", publieLe: "2026-10-06T10:00:00Z" }),
      commune,
    );
    expect(statusLabel(record)).toBe(
      "transmis le 05/10/2026, AR reçu le 05/10/2026, publié le 06/10/2026 — exécutoire depuis le 06/10/2026",
    );
    expect(statusLabel(acteRecordOf(acte(), commune))).toContain("pas exécutoire : pas encore transmis au préfet");
  });
});
