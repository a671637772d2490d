import type { PendingWrite } from "../app/data/writer";
import { anySent, describeValues, problemNotice, problems, queuedNotice, retriedKeys } from "./pending-writes";

const write = (key: string, extra: Partial<PendingWrite> = {}): PendingWrite => ({
  key,
  list: "actes",
  state: "pending",
  values: { objet: "Tarifs de la cantine" },
  ...extra,
});

describe("les saisies pas encore sur le serveur", () => {
  it("se lisent avec les libellés des colonnes, les dates à l'heure de Paris, sans les identifiants de recherche", () => {
    const typed = write("k", { values: { objet: "Tarifs", commune: "1", date: "2026-11-02T17:00:00Z", numero: "" } });
    expect(describeValues(typed)).toBe("Objet : Tarifs ; Date de l'acte : 02/11/2026 à 18:00");
  });

  it("en route : le bandeau les compte sans dire que le serveur n'a pas répondu", () => {
    expect(queuedNotice([])).toBeUndefined();
    const notice = queuedNotice([write("a"), write("b", { state: "conflict" })]);
    expect(notice?.title).toBe("1 modification en cours d'envoi");
    expect(notice?.queued.map((p) => p.key)).toEqual(["a"]);
  });

  it("après un premier échec : le bandeau dit qu'elles attendent et seront renvoyées", () => {
    const notice = queuedNotice([write("a", { message: "503" }), write("b")]);
    expect(notice?.title).toBe("2 modifications en attente d'envoi");
    expect(notice?.text).toMatch(/renvoyée automatiquement/);
  });

  it("un conflit et un refus se disent chacun à leur façon", () => {
    const conflict = write("c", { state: "conflict" });
    const rejected = write("r", { state: "rejected", message: "Accès refusé." });
    expect(problems([write("a"), conflict, rejected])).toEqual([conflict, rejected]);
    expect(problemNotice(conflict)).toMatchObject({ conflict: true, title: "Modifié par quelqu'un d'autre" });
    expect(problemNotice(rejected)).toEqual({
      conflict: false,
      title: "Enregistrement refusé",
      text: "Accès refusé. Votre saisie : ",
    });
  });

  it("une saisie réessayée qui quitte la file est arrivée d'elle-même", () => {
    const retried = retriedKeys([write("a", { message: "503" }), write("b")]);
    expect(retried).toEqual(["a"]);
    expect(anySent(retried, [write("a", { message: "503" })])).toBe(false);
    expect(anySent(retried, [write("b")])).toBe(true);
  });
});
