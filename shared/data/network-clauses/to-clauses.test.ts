import { createClauseLibrary } from "@shared/domain/acts/clauses";
import { makeClause } from "@shared/domain/acts/clauses/make-clause.test-support";
import type { Clause as ClauseRecord, ClauseValidation, ClauseVersion as ClauseVersionRecord } from "../schema";
import { networkClauses } from "./to-clauses";

const record = (id: string, intitule: string, categorie?: string): ClauseRecord => ({
  id,
  eTag: `"${id}"`,
  intitule,
  ...(categorie ? { categorie } : {}),
});
let next = 0;
/** The référents' decisions, items of the validations list: who and when come from SharePoint's createdBy/Date. */
const VALIDATIONS: ClauseValidation[] = [];
const version = (
  clause: string,
  n: number,
  texte: string,
  { valideeLe, valideePar, ...extra }: Partial<ClauseVersionRecord> = {},
): ClauseVersionRecord => {
  const id = String(++next);
  if (valideeLe)
    VALIDATIONS.push({
      id,
      eTag: '"1"',
      titre: `v${n}`,
      clause,
      version: n,
      texte,
      decision: "validee",
      createdDateTime: valideeLe,
      ...(valideePar ? { createdBy: { displayName: valideePar } } : {}),
    });
  return { id, eTag: '"1"', titre: `v${n}`, clause, version: n, texte, auteur: "Claire Moreau", ...extra };
};

const RECORDS = [
  record("1", "Recours du réseau", "deliberation recours"),
  record("2", "Visa ancien", "deliberation"),
  record("3", "Clause en cours", "arrete, inconnu"),
  record("x:v9", "Identifiant hostile"),
];
const VERSIONS = [
  version("1", 1, "Recours devant le tribunal administratif.", {
    valideeLe: "2025-01-10T11:00:00Z",
    valideePar: "Paul Durand",
  }),
  version("1", 2, "Recours devant le tribunal administratif de {{tribunal}}.", {
    valideeLe: "2025-06-10T10:00:00Z",
    valideePar: "Paul Durand",
  }),
  version("1", 3, "Projet de texte.", {}),
  version("2", 1, "Vu le code des communes ;", { valideeLe: "2025-02-01T11:00:00Z" }),
  version("3", 1, "Brouillon.", { statut: "brouillon" }),
  version("3", 2, "Retirée.", { valideeLe: "2025-02-01T11:00:00Z", statut: "retiree" }),
  version("3", 2, "Doublon."),
  version("9", 1, "Orpheline."),
  version("x:v9", 1, "Identifiant hostile."),
];

describe("clauses du réseau dans le modèle de la bibliothèque", () => {
  const { clauses, problems } = networkClauses(RECORDS, VERSIONS, VALIDATIONS, "2025-10-01");

  it("donne à chaque version son statut, son auteur de validation et sa date", () => {
    expect(clauses.map((c) => [c.id, c.version, c.status, c.validatedBy, c.validatedAt])).toEqual([
      ["reseau-1", 1, "validee", "Paul Durand", "2025-01-10"],
      ["reseau-1", 2, "validee", "Paul Durand", "2025-06-10"],
      ["reseau-1", 3, "proposee", undefined, undefined],
      ["reseau-2", 1, "proposee", "un référent du réseau", "2025-02-01"],
      ["reseau-3", 1, "brouillon", undefined, undefined],
      ["reseau-3", 2, "retiree", "un référent du réseau", "2025-02-01"],
    ]);
    expect(clauses[1]).toMatchObject({
      kind: "recours",
      section: "recours",
      actTypes: ["deliberation"],
      origin: "reseau",
      template: "Recours devant le tribunal administratif de {tribunal}.",
    });
    expect(clauses[1]?.variables.map((v) => v.label)).toEqual(["Ville du tribunal administratif compétent"]);
  });

  it("une version validée qui cite une référence obsolète revient à revoir, avec le message de la règle", () => {
    expect(clauses[3]?.flags).toEqual([
      expect.stringMatching(/^DEL-008 : « code des communes » : le code des communes est abrogé/),
    ]);
  });

  it("signale en français les versions sans clause, les doublons et les catégories inconnues", () => {
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/la version 2 de « Clause en cours » existe déjà/),
      expect.stringMatching(/la clause 9 n'existe pas/),
      expect.stringMatching(/la clause x:v9 n'existe pas/),
      expect.stringMatching(/catégorie inconnue « inconnu »/),
    ]);
  });

  it("fusionnée au catalogue : seules les dernières versions validées et non signalées sont offertes, et proposées en mise à jour", () => {
    const builtIn = makeClause({ id: "catalogue", title: "Clause du catalogue" });
    const library = createClauseLibrary([builtIn, ...clauses]);
    expect(library.list().map((c) => `${c.id}@${c.version}`)).toEqual(["catalogue@1", "reseau-1@2"]);
    expect(library.newerVersion("reseau-1", 1)?.version).toBe(2);
    expect(library.newerVersion("reseau-2", 0)).toBeUndefined();
    expect(library.list({ statuses: ["brouillon", "proposee", "retiree"] }).map((c) => `${c.id}@${c.version}`)).toEqual(
      ["reseau-2@1", "reseau-3@2", "reseau-1@3"],
    );
  });
});
