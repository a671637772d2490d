import { fireEvent, screen } from "@testing-library/react";
import { BLANK_FIELD, assembleSkeleton } from "@shared/domain/acts/clauses";
import { renderWordApp } from "../../testing/render-word-app";

describe("Acte complet : un formulaire, toutes les clauses dans l'ordre légal", () => {
  it("assemble un arrêté de circulation, chaque clause dans son contrôle de contenu, articles numérotés", async () => {
    const { preview } = await renderWordApp("");
    fireEvent.click(screen.getByRole("tab", { name: "Acte complet" }));
    fireEvent.change(await screen.findByLabelText("Acte à assembler"), {
      target: { value: "circulation-stationnement" },
    });
    const commune = await screen.findByLabelText("Nom de la commune");
    // Nothing in the seed catalog is validated by a référent: the pane says so before assembling.
    const count = assembleSkeleton("arrete", "circulation-stationnement").length;
    screen.getByText(
      `${count} clauses dans l'ordre légal, dont 0 validée par un référent du réseau ; un seul formulaire pour toutes leurs variables.`,
    );
    screen.getByText(
      new RegExp(
        `^Cet acte assemble ${count} clauses non validées par un référent du réseau : faites-les relire avant signature`,
      ),
    );
    screen.getByText(/^Références à vérifier : .*C\. route L325-1 : à vérifier/);
    // No séance linked, nothing in the act: the commune's name is not an example's, it is to complete.
    expect((commune as HTMLInputElement).value).toBe("");
    fireEvent.change(commune, { target: { value: "Saint-Aubin-sur-Loire" } });
    fireEvent.click(screen.getByRole("button", { name: "Assembler un acte complet" }));
    await screen.findByText(/Acte complet inséré/);
    const parts = assembleSkeleton("arrete", "circulation-stationnement");
    const ids = preview.snapshot().paragraphs.map((p) => p.clause?.id);
    expect([...new Set(ids)]).toEqual(parts.map((p) => p.clause.id));
    const text = preview.snapshot().paragraphs.map((p) => p.text);
    const articles = text.filter((t) => t.startsWith("Article ")).map((t) => t.slice(0, t.indexOf(" : ")));
    expect(articles.slice(0, 3)).toEqual(["Article 1er", "Article 2", "Article 3"]);
    expect(text.join("\n")).toContain("Saint-Aubin-sur-Loire");
    // The fields left empty are in the act, empty and highlighted in the simulated document.
    expect(text.join("\n")).toContain(BLANK_FIELD);
    expect(screen.getByTestId("simulated-document").querySelectorAll("mark").length).toBeGreaterThan(0);
  });
});
