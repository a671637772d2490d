import { cockpitItems } from "./cockpit";
import { completionDateProblem, completionFormProblem, completionWrite, shortVerb } from "./cockpit-completion";
import type { Completion } from "./cockpit-completion";
import { commune, seance } from "../../testing/records";

const input = {
  today: "2026-11-20",
  communes: [commune],
  seances: [seance()],
  echeances: [
    { id: "e1", eTag: '"e1"', libelle: "Déclaration FCTVA", commune: "1", due: "2026-11-15", categorie: "budget" },
  ],
  actes: [
    {
      id: "a1",
      eTag: '"a1"',
      objet: "Tarifs de la cantine",
      type: "deliberation",
      commune: "1",
      date: "2026-10-02T17:00:00Z",
    },
  ],
  subventions: [
    {
      id: "s1",
      eTag: '"s1"',
      dossier: "École",
      commune: "1",
      financeur: "detr",
      dateLimite: "2026-12-10T23:00:00Z",
      statut: "a-deposer",
    },
  ],
} as const;

const items = cockpitItems({
  ...input,
  seances: [...input.seances],
  echeances: [...input.echeances],
  actes: [...input.actes],
  subventions: [...input.subventions],
});
const done = (kind: string) => items.find((i) => i.kind === kind)?.done;

describe("marquer fait depuis le cockpit", () => {
  it("écrit la date dans l'élément d'où vient la ligne, avec son eTag", () => {
    expect(completionWrite(done("transmission") ?? fail(), "2026-10-05")).toEqual({
      list: "actes",
      op: { kind: "update", id: "a1", eTag: '"a1"', patch: { transmisLe: "2026-10-05T10:00:00Z" } },
    });
    expect(completionWrite(done("publication") ?? fail(), "2026-10-05").op).toMatchObject({
      patch: { publieLe: "2026-10-05T10:00:00Z" },
    });
    expect(completionWrite(done("echeance") ?? fail(), "2026-11-14")).toMatchObject({
      list: "echeances",
      op: { id: "e1", eTag: '"e1"', patch: { faite: true, faiteLe: "2026-11-14T11:00:00Z" } },
    });
    expect(completionWrite(done("subvention") ?? fail(), "2026-11-20")).toMatchObject({
      list: "subventions",
      op: { patch: { statut: "depose", deposeLe: "2026-11-20T11:00:00Z" } },
    });
  });

  it("laisse le budget à sa vue : il ne se marque pas d'une date", () => {
    expect(done("budget")).toBeUndefined();
  });

  it("refuse une date future ou antérieure à l'acte", () => {
    const transmission = done("transmission") ?? fail();
    expect(completionDateProblem(transmission, "2026-11-20", "2026-11-20")).toBeUndefined();
    expect(completionDateProblem(transmission, "2026-11-21", "2026-11-20")).toMatch(/postérieure à aujourd'hui/);
    expect(completionDateProblem(transmission, "2026-10-01", "2026-11-20")).toMatch(/précéder le 02\/10\/2026/);
    expect(completionDateProblem(transmission, "", "2026-11-20")).toMatch(/Indiquez la date/);
  });
});

function fail(): never {
  throw new Error("élément attendu");
}

describe("la convocation marquée envoyée depuis le cockpit", () => {
  const convocation = cockpitItems({
    today: "2026-11-20",
    communes: [commune],
    seances: [seance("2026-12-05T18:00:00Z")],
    echeances: [],
    actes: [],
    subventions: [],
  }).find((i) => i.kind === "convocation")?.done;

  it("écrit la date d'envoi et passe la séance à « convoquée »", () => {
    expect(completionWrite(convocation ?? fail(), "2026-11-20")).toEqual({
      list: "seances",
      op: {
        kind: "update",
        id: "5",
        eTag: "e",
        patch: { convocationLe: "2026-11-20T11:00:00Z", statut: "convoquee" },
      },
    });
  });

  it("refuse un ordre du jour vide, et un envoi le jour de la séance ou à venir", () => {
    const c = convocation ?? fail();
    expect(completionDateProblem(c, "2026-11-20", "2026-11-20", 0)).toMatch(/ordre du jour est vide/);
    expect(completionDateProblem(c, "2026-12-05", "2026-12-05", 3)).toMatch(/précéder le jour de la séance/);
    expect(completionDateProblem(c, "2026-11-21", "2026-11-20", 3)).toMatch(/date à venir/);
    expect(completionDateProblem(c, "2026-11-20", "2026-11-20", 3)).toBeUndefined();
  });
});

describe("le formulaire d'achèvement du cockpit, hors de la vue", () => {
  const faite: Completion = { list: "echeances", field: "faiteLe", id: "e1", eTag: '"e1"', verb: "Faite le" };
  const convocation: Completion = {
    list: "seances",
    field: "convocationLe",
    id: "s1",
    eTag: '"s1"',
    verb: "Envoyée le",
    convocationFor: "2026-12-10",
  };

  it("nomme le bouton par le verbe sans « le »", () => {
    expect(shortVerb({ verb: "Transmis le" })).toBe("Transmis");
    expect(shortVerb({ verb: "Publié le" })).toBe("Publié");
  });

  it("dit d'abord que l'ordre du jour n'a pas pu être lu, sinon le problème de la date", () => {
    expect(
      completionFormProblem(convocation, "2026-11-20", "2026-11-20", { status: "failed", message: "Hors ligne." }),
    ).toBe("L'ordre du jour n'a pas pu être lu : Hors ligne.");
    expect(completionFormProblem(faite, "2026-11-21", "2026-11-20", { status: "done", value: undefined })).toBe(
      completionDateProblem(faite, "2026-11-21", "2026-11-20"),
    );
    expect(
      completionFormProblem(faite, "2026-11-20", "2026-11-20", { status: "done", value: undefined }),
    ).toBeUndefined();
    expect(completionFormProblem(convocation, "2026-11-20", "2026-11-20", { status: "done", value: 0 })).toBe(
      completionDateProblem(convocation, "2026-11-20", "2026-11-20", 0),
    );
  });
});
