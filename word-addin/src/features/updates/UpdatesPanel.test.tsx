import { fireEvent, screen, within } from "@testing-library/react";
import { act } from "react";
import { clauseLibrary, renderClause } from "@shared/domain/acts/clauses";
import { renderWordApp } from "../../testing/render-word-app";

describe("Mises à jour des clauses du document", () => {
  it("propose la version plus récente, en disant qu'elle n'est que proposée par l'équipe, préremplie avec les valeurs de l'insertion, et la remplace", async () => {
    const { preview } = await renderWordApp("Titre");
    const old = clauseLibrary.get("recours-deliberation", 1);
    if (!old) throw new Error("version 1 attendue dans le catalogue");
    const values = { tribunal: "Poitiers" };
    const rendered = renderClause(old, values);
    if (!rendered.ok) throw new Error(rendered.errors.join(" "));
    await act(() =>
      preview.insertClauses([{ clauseId: old.id, version: 1, title: old.title, text: rendered.text, values }]),
    );
    fireEvent.click(screen.getByRole("tab", { name: "Mises à jour" }));
    const card = await screen.findByRole("group", { name: `Mise à jour : ${old.title}` });
    within(card).getByText(
      "Version 1 dans le document, version 2 proposée par l'équipe, non validée par un référent du réseau.",
    );
    within(card).getByText(/Clause proposée par l'équipe, non validée : à faire relire avant usage/);
    expect((within(card).getByLabelText(/tribunal/i) as HTMLInputElement).value).toBe("Poitiers");
    fireEvent.click(within(card).getByRole("button", { name: "Mettre à jour" }));
    await screen.findByText(
      /mise à jour en version 2 \(1 occurrence\)\. 1 clause de la bibliothèque dans le document, 0 à mettre à jour/,
    );
    const inserted = await preview.listInsertedClauses();
    expect(inserted).toEqual([expect.objectContaining({ clauseId: "recours-deliberation", version: 2, values })]);
    expect(inserted[0]?.text).toContain("Poitiers");
  });
});
