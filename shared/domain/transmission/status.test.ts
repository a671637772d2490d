import { completeRecord } from "./record.test-support";
import { actStatus, executoireMention, recordWindows } from "./status";

describe("statut de l'acte après le vote", () => {
  it("à transmettre et à publier : deux raisons, chacune avec sa référence", () => {
    const status = actStatus(completeRecord());
    expect(status).toMatchObject({ transmis: false, arRecu: false, publie: false, executoire: false });
    expect(status.raisons.map((r) => r.ref)).toEqual(["CGCT L2131-1, L2131-2", "CGCT L2131-1 IV"]);
    expect(status.raisons[1]?.message).toBe("pas encore publié : à mettre en ligne sur le site de la commune");
  });

  it("transmis sans accusé de réception : pas exécutoire, l'AR manque", () => {
    const status = actStatus(completeRecord({ transmisLe: "2025-06-13", publieLe: "2025-06-14" }));
    expect(status).toMatchObject({ transmis: true, arRecu: false, publie: true, executoire: false });
    expect(status.raisons[0]?.message).toContain("accusé de réception");
    expect(executoireMention(completeRecord({ transmisLe: "2025-06-13", publieLe: "2025-06-14" }))).toBeUndefined();
  });

  it("AR reçu et publié : exécutoire au plus tard des deux, et la mention du registre", () => {
    const record = completeRecord({ transmisLe: "2025-06-13", arLe: "2025-06-16", publieLe: "2025-06-14" });
    expect(actStatus(record)).toMatchObject({ executoire: true, executoireLe: "2025-06-16", raisons: [] });
    expect(executoireMention(record)).toBe(
      "Acte rendu exécutoire après transmission le 16/06/2025 et publication le 14/06/2025",
    );
  });

  it("affichage : la raison dit « à afficher en mairie »", () => {
    const status = actStatus(
      completeRecord({ publication: "affichage", transmisLe: "2025-06-13", arLe: "2025-06-13" }),
    );
    expect(status.raisons).toEqual([{ message: "pas encore publié : à afficher en mairie", ref: "CGCT L2131-1 IV" }]);
  });

  it("arrêté de circulation non transmissible : exécutoire dès sa publication", () => {
    const record = completeRecord({
      type: "arrete",
      nature: 2,
      portee: "reglementaire",
      transmissible: false,
      publieLe: "2025-06-20",
    });
    expect(actStatus(record)).toMatchObject({ executoire: true, executoireLe: "2025-06-20", transmis: false });
    expect(executoireMention(record)).toBe("Acte rendu exécutoire après publication le 20/06/2025");
  });

  it("acte individuel : la notification remplace la publication", () => {
    const record = completeRecord({
      type: "arrete",
      nature: 3,
      portee: "individuel",
      publieLe: "2025-06-20",
      transmisLe: "2025-06-18",
      arLe: "2025-06-18",
    });
    expect(actStatus(record).raisons[0]?.message).toContain("notifié");
    const notifie = { ...record, notifieLe: "2025-06-21" };
    expect(executoireMention(notifie)).toBe(
      "Acte rendu exécutoire après transmission le 18/06/2025 et notification le 21/06/2025",
    );
  });

  it("les délais qui suivent viennent du calendrier", () => {
    const record = completeRecord({ transmisLe: "2025-06-13", arLe: "2025-06-16", publieLe: "2025-06-14" });
    expect(recordWindows(record).map((w) => [w.kind, w.until])).toEqual([
      ["recours-contentieux", "2025-08-15"],
      ["defere-prefectoral", "2025-08-18"],
    ]);
  });
});
