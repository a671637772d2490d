import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { LocalTokenProvider } from "./auth/local-token-provider";
import { loadCommuneProfile, profileGaps, toCommuneProfile } from "./commune-profile";
import { createGraphClient } from "./graph/create-graph-client";
import { createRepositories } from "./graph/repositories";
import { startLocalStore } from "../../local-store";
import type { LocalStore } from "../../local-store";
import type { Commune, Membre } from "./schema";

const commune = (fields: Partial<Commune> = {}): Commune => ({
  id: "1",
  eTag: '"1"',
  nom: "Les Essarts-le-Bas",
  article: "les",
  departement: "49",
  population: 1210,
  publication: "electronique",
  enTete: "Mairie des Essarts-le-Bas\n\n1 rue du Lavoir ",
  ...fields,
});

let next = 0;
const membre = (fields: Partial<Membre> & Pick<Membre, "nom">): Membre => ({
  id: String(++next),
  eTag: '"1"',
  role: "elu",
  commune: "1",
  ...fields,
});

describe("profil de la commune lu dans les listes", () => {
  it("sépare l'article, dérive tribunal et effectif, range les adjoints par rang", () => {
    const profile = toCommuneProfile(commune(), [
      membre({ nom: "Hélène Brochard", prenom: "Hélène", genre: "f", mandat: "maire", fonction: "Maire" }),
      membre({ nom: "Luc Martin", genre: "m", mandat: "adjoint", rang: 2, fonction: "Deuxième adjoint" }),
      membre({
        nom: "Anne-Marie Le Gall",
        prenom: "Anne-Marie",
        genre: "f",
        mandat: "adjoint",
        rang: 1,
        fonction: "Première adjointe",
        delegation: " écoles ",
      }),
      membre({ nom: "Paul Roy", genre: "m", mandat: "conseiller" }),
      // Another commune's maire and a secretary are not this council's.
      membre({ nom: "Claire Dubois", genre: "f", mandat: "maire", commune: "2" }),
      membre({ nom: "Claire Moreau", role: "secretaire", mandat: "maire" }),
    ]);
    expect(profile).toEqual({
      nom: "Essarts-le-Bas",
      article: "les",
      departement: "49",
      population: 1210,
      effectifLegal: 15,
      tribunalAdministratif: "Tribunal administratif de Nantes",
      maire: { prenom: "Hélène", nom: "Brochard", genre: "f", qualite: "Maire" },
      adjoints: [
        { prenom: "Anne-Marie", nom: "Le Gall", genre: "f", qualite: "Première adjointe", delegation: "écoles" },
        { prenom: "Luc", nom: "Martin", genre: "m", qualite: "Deuxième adjoint" },
      ],
      publication: "electronique",
      enTete: ["Mairie des Essarts-le-Bas", "1 rue du Lavoir"],
    });
  });

  it("garde ce que la commune a écrit plutôt que le dérivé", () => {
    const profile = toCommuneProfile(commune({ tribunal: "Tribunal administratif de Rennes", effectifLegal: 14 }), []);
    expect(profile.tribunalAdministratif).toBe("Tribunal administratif de Rennes");
    expect(profile.effectifLegal).toBe(14);
  });

  it("laisse vide ce que personne n'a rempli, et le dit", () => {
    const bare: Commune = { id: "1", eTag: '"1"', nom: "Saint-Aubin-sur-Loire" };
    const profile = toCommuneProfile(bare, [membre({ nom: "Luc Martin", mandat: "adjoint" })]);
    expect(profile.maire).toEqual({ prenom: "", nom: "", genre: "m", qualite: "" });
    expect(profile.tribunalAdministratif).toBe("");
    expect(profile.effectifLegal).toBe(0);
    expect(profile.enTete).toEqual([]);
    expect(profileGaps(bare, [membre({ nom: "Luc Martin", mandat: "adjoint" })]).map((g) => g.field)).toEqual([
      "departement",
      "population",
      "tribunal",
      "publication",
      "enTete",
      "maire",
      "genre",
    ]);
    expect(profileGaps(commune(), [membre({ nom: "Hélène Brochard", genre: "f", mandat: "maire" })])).toEqual([]);
  });
});

describe("loadCommuneProfile sur le stockage local de démonstration", () => {
  let store: LocalStore;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "commune-profile-"));
    store = await startLocalStore({ port: 0, dataDir, seed: true });
  });
  afterAll(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const repos = () =>
    createRepositories(
      createGraphClient({ baseUrl: store.graphBaseUrl, tokenProvider: new LocalTokenProvider(store.tokens.admin()) }),
      store.siteId,
    );

  it("lit Saint-Aubin-sur-Loire : Maine-et-Loire, tribunal de Nantes, Madame Claire Dubois maire", async () => {
    const data = repos();
    const id = (await data.communes.items()).records.find((c) => c.nom === "Saint-Aubin-sur-Loire")?.id ?? "";
    const profile = await loadCommuneProfile(data, id);
    expect(profile).toMatchObject({
      nom: "Saint-Aubin-sur-Loire",
      article: "",
      departement: "49",
      tribunalAdministratif: "Tribunal administratif de Nantes",
      effectifLegal: 15,
      maire: { prenom: "Claire", nom: "Dubois", genre: "f", qualite: "Maire" },
      publication: "affichage",
    });
    expect(profile.adjoints.map((a) => [a.nom, a.delegation])).toEqual([
      ["Garnier", "finances"],
      ["Rousseau", "travaux"],
    ]);
    expect(profile.enTete[0]).toBe("Mairie de Saint-Aubin-sur-Loire");
  });

  it("lit Les Essarts-le-Bas avec son article", async () => {
    const data = repos();
    const id = (await data.communes.items()).records.find((c) => c.nom === "Les Essarts-le-Bas")?.id ?? "";
    const profile = await loadCommuneProfile(data, id);
    expect(profile).toMatchObject({ nom: "Essarts-le-Bas", article: "les", publication: "electronique" });
    expect(profile.maire).toMatchObject({ prenom: "Hélène", nom: "Brochard", genre: "f" });
  });
});
