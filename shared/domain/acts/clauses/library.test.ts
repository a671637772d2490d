import { createClauseLibrary } from "./library";
import { singularOf, termForms } from "./search";
import { makeClause } from "./make-clause.test-support";

const VERSIONS = [
  makeClause({
    id: "recours",
    version: 1,
    kind: "recours",
    section: "recours",
    title: "Voies de recours",
    status: "retiree",
    template: "Recours devant le tribunal.",
  }),
  makeClause({
    id: "recours",
    version: 2,
    kind: "recours",
    section: "recours",
    title: "Voies et délais de recours",
    template: "Recours devant le tribunal administratif ; Télérecours citoyens.",
  }),
  makeClause({
    id: "recours",
    version: 3,
    kind: "recours",
    section: "recours",
    title: "Voies et délais de recours",
    status: "proposee",
    origin: "reseau",
    validatedBy: undefined,
    template: "Projet.",
  }),
  makeClause({
    id: "visa-delegations",
    kind: "visa",
    section: "visas",
    title: "Visa des délégations au maire",
    subjects: ["delegations-l2122-22"],
    template: "Vu le code général des collectivités territoriales, notamment son article L. 2122-22 ;",
    references: ["CGCT L2122-22"],
  }),
  makeClause({ id: "visa-generique", kind: "visa", section: "visas", title: "Visa général", template: "Vu le CGCT ;" }),
  makeClause({
    id: "arrete-voirie",
    kind: "dispositif",
    actTypes: ["arrete"],
    subjects: ["permission-de-voirie"],
    title: "Permission de voirie accordée",
    template: "Une permission de voirie est accordée.",
  }),
  makeClause({
    id: "brouillon",
    status: "brouillon",
    validatedBy: undefined,
    title: "Clause en préparation",
    template: "Texte en préparation.",
  }),
];

const library = createClauseLibrary(VERSIONS);
const ids = (clauses: readonly { id: string; version: number }[]) => clauses.map((c) => `${c.id}@${c.version}`);

describe("bibliothèque de clauses : liste et filtres", () => {
  it("n'offre par défaut que la dernière version validée de chaque clause, dans l'ordre légal", () => {
    expect(ids(library.list())).toEqual(["visa-delegations@1", "visa-generique@1", "arrete-voirie@1", "recours@2"]);
  });

  it("offre les autres statuts sur demande", () => {
    expect(ids(library.list({ statuses: ["validee", "proposee", "brouillon"] }))).toContain("recours@3");
    expect(ids(library.list({ statuses: ["brouillon"] }))).toEqual(["brouillon@1"]);
  });

  it("filtre par type d'acte, nature de clause et sujet (sujet : clauses propres et génériques de son type d'acte)", () => {
    expect(ids(library.list({ actType: "arrete" }))).toEqual(["arrete-voirie@1"]);
    expect(ids(library.list({ kind: "visa" }))).toEqual(["visa-delegations@1", "visa-generique@1"]);
    expect(ids(library.list({ subject: "delegations-l2122-22" }))).toEqual([
      "visa-delegations@1",
      "visa-generique@1",
      "recours@2",
    ]);
    expect(ids(library.list({ subject: "permission-de-voirie" }))).toEqual(["arrete-voirie@1"]);
  });
});

describe("bibliothèque de clauses : recherche plein texte", () => {
  it.each([
    ["telerecours", ["recours@2"]],
    ["TÉLÉRECOURS citoyens", ["recours@2"]],
    ["délégations maire", ["visa-delegations@1"]],
    ["l 2122-22", ["visa-delegations@1"]],
    ["L2122-22", ["visa-delegations@1"]],
    ["voirie", ["arrete-voirie@1"]],
    // A plural the clause does not use, and a word secretaries type for it.
    ["délégation", ["visa-delegations@1"]],
    ["route", ["arrete-voirie@1"]],
    ["routes", ["arrete-voirie@1"]],
    ["tribunal inexistant", []],
  ])("« %s »", (text, expected) => {
    expect(ids(library.list({ text }))).toEqual(expected);
  });

  it("cherche aussi dans le libellé du sujet", () => {
    expect(ids(library.list({ text: "permission" }))).toEqual(["arrete-voirie@1"]);
  });
});

describe("bibliothèque de clauses : versions", () => {
  it("donne l'historique complet, de la plus ancienne à la plus récente", () => {
    expect(library.history("recours").map((c) => [c.version, c.status])).toEqual([
      [1, "retiree"],
      [2, "validee"],
      [3, "proposee"],
    ]);
    expect(library.history("inconnue")).toEqual([]);
  });

  it("donne une version précise, ou la dernière validée", () => {
    expect(library.get("recours")?.version).toBe(2);
    expect(library.get("recours", 1)?.status).toBe("retiree");
    expect(library.get("brouillon")).toBeUndefined();
  });

  it("offre la proposition de l'équipe (catalogue intégré), jamais celle d'un membre du réseau ni une version signalée", () => {
    const team = makeClause({ id: "equipe", status: "proposee", validatedBy: undefined, validatedAt: undefined });
    const flagged = makeClause({ id: "signalee", status: "proposee", flags: ["DEL-008 : code des communes"] });
    const member = makeClause({ id: "membre", status: "proposee", origin: "reseau" });
    const offered = createClauseLibrary([team, flagged, member]);
    expect(ids(offered.list())).toEqual(["equipe@1"]);
    expect(offered.newerVersion("equipe", 0)?.version).toBe(1);
    expect(ids(offered.assembleSkeleton("deliberation", "conventions").map((p) => p.clause))).toEqual(["equipe@1"]);
  });

  it("signale une version offerte plus récente que celle du document", () => {
    expect(library.newerVersion("recours", 1)?.version).toBe(2);
    expect(library.newerVersion("recours", 2)).toBeUndefined();
    expect(library.newerVersion("recours", 3)).toBeUndefined();
    expect(library.newerVersion("inconnue", 1)).toBeUndefined();
  });
});

describe("recherche : pluriels et synonymes", () => {
  it.each([
    ["visas", "visa"],
    ["municipaux", "municipal"],
    ["prix", "prix"],
    ["bureaux", "bureau"],
    ["vu", "vu"],
    ["deliberation", "deliberation"],
  ])("« %s » se lit aussi « %s »", (term, singular) => {
    expect(singularOf(term)).toBe(singular);
  });

  it("une forme tapée cherche aussi son singulier et ses synonymes, sans doublon", () => {
    expect(termForms("tarifs")).toEqual(["tarifs", "tarif", "prix", "redevance"]);
    expect(termForms("visa")).toEqual(["visa"]);
  });
});
