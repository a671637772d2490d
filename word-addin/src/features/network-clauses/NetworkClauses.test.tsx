import { fireEvent, screen, within } from "@testing-library/react";
import { act } from "react";
import { loadNetworkLibrary } from "@shared/data/network-clauses";
import type { NetworkClauseLists } from "@shared/data/network-clauses";
import { DataError } from "@shared/data/graph/errors";
import { CATALOG } from "@shared/domain/acts/clauses";
import { renderWordApp } from "../../testing/render-word-app";

const items = <R,>(records: R[]) => ({ items: async () => ({ records, problems: [] }) });
const auteur = { auteur: "Claire Moreau" };
const LISTS_VERSIONS = [
  {
    id: "1",
    eTag: '"1"',
    titre: "v1",
    clause: "7",
    version: 1,
    texte: "Considérant que la commune de {{commune}} équipe la salle ;",
    ...auteur,
  },
  {
    id: "2",
    eTag: '"1"',
    titre: "v2",
    clause: "7",
    version: 2,
    texte: "Considérant que la commune de {{commune}} équipe la salle des sports ;",
    ...auteur,
  },
  { id: "3", eTag: '"1"', titre: "v1", clause: "8", version: 1, texte: "Vu le code des communes ;", ...auteur },
];
/** Paul Durand's decision on each version's text, items of the validations list (author and date from SharePoint). */
const DECISIONS = LISTS_VERSIONS.map(({ id, titre, clause, version, texte }) => ({
  id,
  eTag: '"1"',
  titre,
  clause,
  version,
  texte,
  decision: "validee" as const,
  createdBy: { displayName: "Paul Durand" },
  createdDateTime: "2025-09-15T10:00:00Z",
}));
const LISTS: NetworkClauseLists = {
  clauses: items([
    { id: "7", eTag: '"1"', intitule: "Considérant du défibrillateur", categorie: "deliberation considerant" },
    { id: "8", eTag: '"1"', intitule: "Visa périmé", categorie: "deliberation" },
  ]),
  clauseVersions: items(LISTS_VERSIONS),
  validationsClauses: items(DECISIONS),
};
const search = (text: string) =>
  fireEvent.change(screen.getByRole("searchbox", { name: "Rechercher une clause" }), { target: { value: text } });
const results = () => within(screen.getByRole("list", { name: "Clauses trouvées" }));

describe("Clauses du réseau dans le volet Word", () => {
  it("offre la dernière version validée d'une clause du réseau, avec qui l'a validée et quand, préremplie depuis l'acte", async () => {
    await renderWordApp(undefined, {
      loadNetworkClauses: () => loadNetworkLibrary(async () => LISTS, CATALOG, "2025-10-01"),
    });
    await screen.findByText("3 versions de clauses du réseau ajoutées à la bibliothèque intégrée.");
    search("défibrillateur");
    const item = results().getByRole("button", { name: /Considérant du défibrillateur/ });
    within(item.closest("li") as HTMLElement).getByText("Réseau");
    fireEvent.click(item);
    screen.getByText("Version 2 — clause du réseau, validée le 15 septembre 2025 par Paul Durand");
    expect(screen.getByTestId("rendered-text").textContent).toMatch(
      /^Considérant que la commune de .+ équipe la salle des sports ;$/,
    );
  });

  it("montre une clause validée qui cite une référence obsolète comme à revoir, avec le message de la règle", async () => {
    await renderWordApp(undefined, {
      loadNetworkClauses: () => loadNetworkLibrary(async () => LISTS, CATALOG, "2025-10-01"),
    });
    await screen.findByText(/versions de clauses du réseau/);
    search("visa périmé");
    const item = results().getByRole("button", { name: /Visa périmé/ });
    within(item.closest("li") as HTMLElement).getByText("À revoir");
    fireEvent.click(item);
    screen.getByText(
      /Clause à revoir, non proposée comme validée : DEL-008 : « code des communes » : le code des communes est abrogé/,
    );
  });

  it("propose la mise à jour d'une clause du réseau insérée dans une version plus ancienne, validée depuis l'ouverture", async () => {
    const [v1, v2] = LISTS_VERSIONS;
    if (!v1 || !v2) throw new Error("deux versions attendues");
    const versions = [v1];
    const lists: NetworkClauseLists = {
      clauses: LISTS.clauses,
      clauseVersions: { items: async () => ({ records: [...versions], problems: [] }) },
      validationsClauses: LISTS.validationsClauses,
    };
    const { preview } = await renderWordApp("Titre", {
      loadNetworkClauses: () => loadNetworkLibrary(async () => lists, CATALOG, "2025-10-01"),
    });
    await screen.findByText(/1 version de clauses du réseau/);
    await act(() =>
      preview.insertClauses([
        {
          clauseId: "reseau-7",
          version: 1,
          title: "Considérant du défibrillateur",
          text: "Considérant que la commune de Saint-Aubin équipe la salle ;",
          values: { commune: "Saint-Aubin" },
        },
      ]),
    );
    fireEvent.click(screen.getByRole("tab", { name: "Mises à jour" }));
    await screen.findByText("1 clause de la bibliothèque dans le document, 0 à mettre à jour.");
    versions.push(v2);
    fireEvent.click(screen.getByRole("button", { name: "Rechercher les mises à jour" }));
    const card = await screen.findByRole("group", { name: "Mise à jour : Considérant du défibrillateur" });
    within(card).getByText(/Version 1 dans le document, version 2 validée le 15 septembre 2025 par Paul Durand/);
    expect((within(card).getByLabelText("Nom de la commune") as HTMLInputElement).value).toBe("Saint-Aubin");
  });

  it("listes injoignables : le volet garde la bibliothèque intégrée et le dit", async () => {
    const down: NetworkClauseLists = {
      clauses: { items: () => Promise.reject(new DataError("coupé", 0)) },
      clauseVersions: items([]),
      validationsClauses: items([]),
    };
    await renderWordApp(undefined, {
      loadNetworkClauses: () => loadNetworkLibrary(async () => down, CATALOG, "2025-10-01"),
    });
    await screen.findByText(
      "Clauses du réseau inaccessibles (serveur injoignable) : le volet propose la bibliothèque intégrée.",
    );
    search("recours");
    results().getByRole("button", { name: "Voies et délais de recours contre une délibération" });
  });
});
