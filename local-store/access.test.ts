import { ADMIN, entriesOf } from "./caller";
import type { Caller } from "./caller";
import { FaultInjector } from "./faults";
import type { StoreResponse } from "./http";
import { StoreState } from "./model";
import type { JournalRecord } from "./model";
import { route } from "./router";
import { seedDemo } from "./seed";
import { LOCAL_SITE_ID } from "./site";

const origin = "http://127.0.0.1:4100";
const site = `/sites/${encodeURIComponent(LOCAL_SITE_ID)}`;
const SECRETAIRE = "secretariat@saint-aubin-sur-loire.example";
const SOPHIE = "s.garnier@saint-aubin-sur-loire.example";
const REFERENT = "p.durand@cdg49.example";
const LUC = "luc.martin@les-essarts-le-bas.example";

/** The demo store, plus Luc Martin, secretary of Les Essarts-le-Bas (commune 2) only. */
function store() {
  const state = new StoreState();
  const ctx = { state, commit: (records: readonly JournalRecord[]) => records.forEach((r) => state.apply(r)) };
  seedDemo(ctx, new Date("2026-02-01T00:00:00Z"));
  const send = (caller: Caller, method: string, path: string, body?: unknown): StoreResponse =>
    route(
      ctx,
      { caller, method, url: new URL(`/v1.0${site}${path}`, origin), headers: {}, body },
      origin,
      new FaultInjector(),
    );
  send(ADMIN, "POST", "/lists/Membres/items", {
    fields: { Title: "Luc Martin", Courriel: LUC, Role: "secretaire", CommuneLookupId: "2" },
  });
  const as = (email: string) => {
    const caller: Caller = { kind: "membre", email, entries: entriesOf(state, email) };
    return (method: string, path: string, body?: unknown) => send(caller, method, path, body);
  };
  return { as, admin: (method: string, path: string, body?: unknown) => send(ADMIN, method, path, body) };
}

const ids = (answer: StoreResponse): string[] =>
  ((answer.body as { value: { id: string }[] }).value ?? []).map((item) => item.id);
const refusal = (answer: StoreResponse) => ({
  status: answer.status,
  message: (answer.body as { error?: { message?: string } }).error?.message,
});

describe("droits d'accès du stockage local", () => {
  it("ne montre à un secrétaire que les séances, points et échéances des communes qu'il sert", () => {
    const { as } = store();
    const luc = as(LUC);
    expect(ids(luc("GET", "/lists/S%C3%A9ances/items"))).toEqual(["3"]);
    expect(ids(luc("GET", "/lists/Ordre%20du%20jour/items"))).toEqual([]);
    expect(luc("GET", "/lists/S%C3%A9ances/items/1").status).toBe(404);
    expect(ids(as(SECRETAIRE)("GET", "/lists/S%C3%A9ances/items"))).toEqual(["1", "2", "3"]);
  });

  it("laisse un élu lire les séances de sa commune, mais ni les échéances ni le réseau", () => {
    const sophie = store().as(SOPHIE);
    expect(ids(sophie("GET", "/lists/S%C3%A9ances/items"))).toEqual(["1", "2"]);
    expect(ids(sophie("GET", "/lists/%C3%89ch%C3%A9ances/items"))).toEqual([]);
    expect(ids(sophie("GET", "/lists/Questions%20du%20r%C3%A9seau/items"))).toEqual([]);
  });

  it("refuse à un élu toute écriture sauf ses propres avis", () => {
    const sophie = store().as(SOPHIE);
    expect(refusal(sophie("PATCH", "/lists/S%C3%A9ances/items/1/fields", { Statut: "convoquee" }))).toEqual({
      status: 403,
      message: "« Séances » : seul le secrétariat de la commune concernée peut y écrire.",
    });
    expect(
      sophie("POST", "/lists/Ordre%20du%20jour/items", {
        fields: { Title: "Ajout", SeanceLookupId: "1", Numero: 9, Nature: "question" },
      }).status,
    ).toBe(403);
    const own = sophie("POST", "/lists/Avis%20des%20%C3%A9lus/items", {
      fields: {
        Title: "D'accord",
        SeanceLookupId: "1",
        PointLookupId: "4",
        MembreLookupId: "4",
        Position: "favorable",
      },
    });
    expect(own.status).toBe(201);
    const other = {
      status: 403,
      message: "Un élu ne donne et ne modifie que ses propres avis, sur les séances de sa commune.",
    };
    expect(refusal(sophie("PATCH", "/lists/Avis%20des%20%C3%A9lus/items/2/fields", { Position: "favorable" }))).toEqual(
      other,
    );
    expect(
      sophie("PATCH", "/lists/Avis%20des%20%C3%A9lus/items/1/fields", { Commentaire: "Après relecture." }).status,
    ).toBe(200);
  });

  it("tient pour auteur d'un avis son createdBy, posé d'après le jeton, jamais la colonne Élu que la page remplit", () => {
    const { as } = store();
    const sophie = as(SOPHIE);
    // Sophie names another élu in the Élu column: the item is still hers, and only hers to edit.
    const posted = sophie("POST", "/lists/Avis%20des%20%C3%A9lus/items", {
      fields: {
        Title: "Au nom de Nadia",
        SeanceLookupId: "1",
        PointLookupId: "2",
        MembreLookupId: "6",
        Position: "favorable",
      },
    }).body as { id: string; createdBy: { user: { email: string; displayName: string } } };
    expect(posted.createdBy.user).toEqual({ displayName: "Sophie Garnier", email: SOPHIE });
    const nadia = as("n.benali@saint-aubin-sur-loire.example");
    expect(
      nadia("PATCH", `/lists/Avis%20des%20%C3%A9lus/items/${posted.id}/fields`, { Commentaire: "Non." }).status,
    ).toBe(403);
    // The demo's avis were posted by their élus: Nadia edits hers (item 2), not Sophie's (item 1).
    expect(nadia("PATCH", "/lists/Avis%20des%20%C3%A9lus/items/2/fields", { Commentaire: "Vu." }).status).toBe(200);
    expect(nadia("PATCH", "/lists/Avis%20des%20%C3%A9lus/items/1/fields", { Commentaire: "Vu." }).status).toBe(403);
    // Changing the Élu column hands nothing over: the author stays the one who created the item.
    expect(sophie("PATCH", "/lists/Avis%20des%20%C3%A9lus/items/1/fields", { MembreLookupId: "6" }).status).toBe(200);
    expect(nadia("PATCH", "/lists/Avis%20des%20%C3%A9lus/items/1/fields", { Commentaire: "Vu." }).status).toBe(403);
  });

  it("ne laisse valider une clause qu'un référent, par un élément de la liste des validations ; un secrétaire propose", () => {
    const { as } = store();
    const secretaire = as(SECRETAIRE);
    const decision = { Title: "Délégation v1", ClauseLookupId: "2", Version: 1, Decision: "validee" };
    const texte = "Le conseil municipal autorise le maire à signer toute pièce relative à ce dossier.";
    expect(
      refusal(secretaire("POST", "/lists/Validations%20de%20clauses/items", { fields: { ...decision, Texte: texte } })),
    ).toEqual({
      status: 403,
      message:
        "Seul un référent du réseau valide ou retire une version de clause, et il ne modifie que ses propres décisions.",
    });
    // Secretaries propose versions and may edit their text: a validation covers the text it copied, no other.
    expect(
      secretaire("POST", "/lists/Versions%20de%20clauses/items", {
        fields: { Title: "Délégation v2", ClauseLookupId: "2", Version: 2, Texte: "Nouveau texte." },
      }).status,
    ).toBe(201);
    const referent = as(REFERENT);
    const posted = referent("POST", "/lists/Validations%20de%20clauses/items", {
      fields: { ...decision, Texte: texte },
    });
    expect(posted.status).toBe(201);
    expect((posted.body as { createdBy: { user: { displayName: string } } }).createdBy.user.displayName).toBe(
      "Paul Durand",
    );
    // Secretaries read the decisions; a secretary cannot alter one, nor may another référent.
    const id = (posted.body as { id: string }).id;
    expect(ids(secretaire("GET", "/lists/Validations%20de%20clauses/items"))).toContain(id);
    expect(
      secretaire("PATCH", `/lists/Validations%20de%20clauses/items/${id}/fields`, { Decision: "retiree" }).status,
    ).toBe(403);
    expect(
      referent("PATCH", `/lists/Validations%20de%20clauses/items/${id}/fields`, { Decision: "retiree" }).status,
    ).toBe(200);
  });

  it("refuse toute écriture sur une séance close et ses points, présences et avis, au secrétariat comme aux élus", () => {
    const { as } = store();
    const secretaire = as(SECRETAIRE);
    const closed = {
      status: 403,
      message: "La séance est close (procès-verbal arrêté) : ses éléments ne se modifient plus.",
    };
    // Séance 2 of the demo is closed.
    expect(refusal(secretaire("PATCH", "/lists/S%C3%A9ances/items/2/fields", { Lieu: "Ailleurs" }))).toEqual(closed);
    expect(refusal(secretaire("DELETE", "/lists/S%C3%A9ances/items/2"))).toEqual(closed);
    expect(
      refusal(
        secretaire("POST", "/lists/Ordre%20du%20jour/items", {
          fields: { Title: "Ajout", SeanceLookupId: "2", Numero: 9, Nature: "question" },
        }),
      ),
    ).toEqual(closed);
    expect(refusal(secretaire("PATCH", "/lists/Pr%C3%A9sences/items/1/fields", { Presence: "absent" }))).toEqual(
      closed,
    );
    // An open séance is written as before, and closing it is the last write it takes.
    expect(secretaire("PATCH", "/lists/S%C3%A9ances/items/1/fields", { Statut: "close" }).status).toBe(200);
    expect(refusal(secretaire("PATCH", "/lists/S%C3%A9ances/items/1/fields", { Statut: "tenue" }))).toEqual(closed);
    expect(
      refusal(as(SOPHIE)("PATCH", "/lists/Avis%20des%20%C3%A9lus/items/1/fields", { Commentaire: "Trop tard." })),
    ).toEqual(closed);
  });

  it("réserve à l'administrateur l'inscription des secrétaires et des référents, et les listes", () => {
    const { as, admin } = store();
    const luc = as(LUC);
    expect(
      luc("POST", "/lists/Membres/items", { fields: { Title: "Élu des Essarts", Role: "elu", CommuneLookupId: "2" } })
        .status,
    ).toBe(201);
    expect(
      refusal(
        luc("POST", "/lists/Membres/items", {
          fields: { Title: "Luc Martin", Courriel: LUC, Role: "referent", CommuneLookupId: "2" },
        }),
      ),
    ).toEqual({
      status: 403,
      message: "Seul l'administrateur du site inscrit les secrétaires et les référents.",
    });
    expect(
      luc("POST", "/lists/Membres/items", {
        fields: { Title: "Luc Martin", Courriel: LUC, Role: "secretaire", CommuneLookupId: "1" },
      }).status,
    ).toBe(403);
    expect(refusal(luc("POST", "/lists", { displayName: "Brouillons" }))).toEqual({
      status: 403,
      message: "Seul l'administrateur du site crée des listes et des colonnes.",
    });
    expect(admin("POST", "/lists", { displayName: "Brouillons" }).status).toBe(201);
    admin("POST", "/lists/Brouillons/items", { fields: { Title: "Note" } });
    expect(ids(luc("GET", "/lists/Brouillons/items"))).toEqual([]);
    expect(refusal(luc("POST", "/lists/Brouillons/items", { fields: { Title: "Autre" } }))).toEqual({
      status: 403,
      message: "« Brouillons » : seul l'administrateur du site peut y écrire.",
    });
  });

  it("montre l'annuaire du réseau aux secrétaires, pas les élus des autres communes", () => {
    const { as } = store();
    const luc = as(LUC);
    // The directory names the commune each secretary serves; an élu only sees their own commune.
    expect(ids(luc("GET", "/lists/Communes/items"))).toEqual(["1", "2"]);
    expect(ids(as(SOPHIE)("GET", "/lists/Communes/items"))).toEqual(["1"]);
    const membres = luc("GET", "/lists/Membres/items?expand=fields(select=Title)").body as {
      value: { fields: { Title: string } }[];
    };
    const names = membres.value.map((m) => m.fields.Title);
    // Secretaries and référents of every commune, and the élus of his own commune only (Les Essarts-le-Bas).
    expect(names.slice(0, 4)).toEqual(["Claire Moreau", "Claire Moreau", "Paul Durand", "Hélène Brochard"]);
    expect(names).toContain("Chantal Audouin");
    expect(names).toContain("Luc Martin");
    expect(names).not.toContain("Sophie Garnier");
    expect(names).not.toContain("Bernard Lefort");
    expect(names).toHaveLength(4 + 14 + 1);
  });
});
