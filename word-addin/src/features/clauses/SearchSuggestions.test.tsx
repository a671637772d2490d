import { fireEvent, screen, within } from "@testing-library/react";
import { renderWordApp } from "../../testing/render-word-app";

const searchbox = () => screen.getByRole("searchbox", { name: "Rechercher une clause" }) as HTMLInputElement;
const search = (text: string) => fireEvent.change(searchbox(), { target: { value: text } });
const results = () => within(screen.getByRole("list", { name: "Clauses trouvées" }));
const suggestions = () => within(screen.getByRole("group", { name: "Autres recherches" }));

describe("Clauses : une recherche sans résultat propose d'autres recherches", () => {
  it("un mot mal tapé : la recherche corrigée, en un clic", async () => {
    await renderWordApp();
    search("recuors");
    expect(results().queryAllByRole("button")).toHaveLength(0);
    fireEvent.click(
      suggestions().getByRole("button", { name: /^Vouliez-vous dire «\srecours\s»\s\?\s\(\d+\sclauses?\)$/ }),
    );
    expect(searchbox().value).toBe("recours");
    expect(results().getAllByRole("button").length).toBeGreaterThan(0);
    expect(screen.queryByRole("group", { name: "Autres recherches" })).toBeNull();
  });

  it("des filtres qui cachent les clauses du texte : chercher sans eux", async () => {
    await renderWordApp();
    fireEvent.change(screen.getByLabelText("Nature de la clause"), { target: { value: "visa" } });
    search("recours");
    expect(results().queryAllByRole("button")).toHaveLength(0);
    fireEvent.click(suggestions().getByRole("button", { name: /^Chercher dans toutes les clauses, sans les filtres/ }));
    expect((screen.getByLabelText("Nature de la clause") as HTMLSelectElement).value).toBe("");
    expect(results().getByRole("button", { name: "Voies et délais de recours contre une délibération" })).toBeTruthy();
  });

  it("rien de proche : aucune suggestion, et rien tant que le texte est vide", async () => {
    await renderWordApp();
    search("zzzzzzzz");
    expect(results().queryAllByRole("button")).toHaveLength(0);
    expect(screen.queryByRole("group", { name: "Autres recherches" })).toBeNull();
  });
});
