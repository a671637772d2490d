import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { CATALOG, createClauseLibrary } from "@shared/domain/acts/clauses";
import { HELD } from "@shared/documents/test-facts.test-support";
import { renderWordApp } from "../../testing/render-word-app";

const search = (text: string) =>
  fireEvent.change(screen.getByRole("searchbox", { name: "Rechercher une clause" }), { target: { value: text } });
const results = () => within(screen.getByRole("list", { name: "Clauses trouvées" }));
const field = (label: RegExp) => screen.getByLabelText(label) as HTMLInputElement;

describe("Clauses : chercher, remplir, insérer", () => {
  it("cherche par texte, type d'acte et nature ; chaque clause dit qui la porte, les versions retirées n'apparaissent qu'à la demande", async () => {
    await renderWordApp();
    search("recours");
    const recours = results().getByRole("button", { name: "Voies et délais de recours contre une délibération" });
    within(recours.closest("li") as HTMLElement).getByText("Proposée par l'équipe");
    expect(results().queryByText("Validée")).toBeNull();
    expect(results().queryByText("Retirée")).toBeNull();
    fireEvent.change(screen.getByLabelText("Type d'acte"), { target: { value: "arrete" } });
    expect(results().queryByRole("button", { name: /contre une délibération/ })).toBeNull();
    fireEvent.change(screen.getByLabelText("Type d'acte"), { target: { value: "" } });
    fireEvent.click(
      screen.getByRole("switch", {
        name: "Afficher aussi les brouillons, les propositions du réseau et les versions retirées",
      }),
    );
    expect(results().getAllByText("Retirée").length).toBeGreaterThan(0);
    search("");
    fireEvent.change(screen.getByLabelText("Nature de la clause"), { target: { value: "visa" } });
    const titles = results()
      .getAllByRole("button")
      .map((b) => b.textContent ?? "");
    expect(titles.length).toBeGreaterThan(3);
    expect(titles.every((t) => /^Visa/.test(t))).toBe(true);
  });

  it("sans séance liée ni valeur dans l'acte, un champ reste vide et surligné ; signale en français une saisie invalide, puis insère le texte rendu", async () => {
    const { preview } = await renderWordApp();
    search("tarifs cantine repas");
    fireEvent.click(results().getAllByRole("button")[0] as HTMLElement);
    const enfant = await waitFor(() => field(/Prix du repas enfant/));
    // Neither the open act nor a record gives a price: no example fills it in.
    expect(enfant.value).toBe("");
    expect(screen.getAllByText("À compléter : laissé vide et surligné dans l'acte.").length).toBeGreaterThan(0);
    expect(screen.getByTestId("rendered-text").querySelectorAll("mark").length).toBeGreaterThan(0);
    fireEvent.change(enfant, { target: { value: "trois euros" } });
    screen.getByText(/montant en euros attendu/);
    expect(screen.getByRole("button", { name: "Insérer" })).toHaveProperty("disabled", true);
    fireEvent.change(enfant, { target: { value: "3,45" } });
    const preview_ = screen.getByTestId("rendered-text");
    expect(preview_.textContent).toContain("3,45\u202f€");
    fireEvent.click(screen.getByRole("button", { name: "Insérer" }));
    await screen.findByText(/insérée \(version 1\)/);
    const inserted = preview.snapshot().paragraphs.filter((p) => p.clause);
    expect(inserted.map((p) => p.text).join("\n")).toBe(preview_.textContent);
    expect((await preview.listInsertedClauses())[0]?.values).toMatchObject({ tarifRepasEnfant: 345 });
  });

  it("un titre du maire au choix, accordé dans l'aperçu", async () => {
    await renderWordApp();
    search("urgence convocation");
    fireEvent.click(results().getByRole("button", { name: "Convocation en urgence" }));
    fireEvent.click(await screen.findByRole("radio", { name: "Madame la Maire" }));
    expect(screen.getByTestId("rendered-text").textContent).toContain("Madame la Maire en a rendu compte");
  });

  it("insère une saisie hostile telle quelle, en texte, sans rien exécuter", async () => {
    const { preview } = await renderWordApp();
    const hostile = `<script>window.pwned = true</script><img src=x onerror="window.pwned = true">`;
    search("en-tête délibération");
    fireEvent.click(results().getByRole("button", { name: "En-tête de la délibération" }));
    fireEvent.change(await waitFor(() => field(/Objet de l'acte/)), { target: { value: hostile } });
    const scripts = document.querySelectorAll("script, img").length;
    fireEvent.click(screen.getByRole("button", { name: "Insérer" }));
    await screen.findByText(/insérée/);
    expect(preview.snapshot().paragraphs.map((p) => p.text)).toContain(`Objet : ${hostile}`);
    const page = screen.getByTestId("simulated-document");
    within(page).getByText(`Objet : ${hostile}`);
    expect(document.querySelectorAll("script, img")).toHaveLength(scripts);
    expect((window as { pwned?: boolean }).pwned).toBeUndefined();
  });
});

describe("Clauses : ce qui est validé, et par qui", () => {
  const validatedByReferent = (id: string) =>
    CATALOG.map((c) =>
      c.id === id ? { ...c, status: "validee" as const, validatedBy: "Paul Durand", validatedAt: "2026-11-20" } : c,
    );
  const withLibrary = (clauses: typeof CATALOG) => ({
    loadNetworkClauses: async () => ({ library: createClauseLibrary(clauses), networkVersions: 0, problems: [] }),
  });

  it("une clause du catalogue validée par un référent le dit, avec qui et quand", async () => {
    await renderWordApp(undefined, withLibrary(validatedByReferent("seance-secretaire")));
    search("secrétaire de séance");
    const item = await waitFor(() => results().getByRole("button", { name: "Secrétaire de séance" }));
    within(item.closest("li") as HTMLElement).getByText("Validée");
    fireEvent.click(item);
    screen.getByText("Version 1 — validée le 20 novembre 2026 par Paul Durand");
    expect(screen.queryByText(/non validée/)).toBeNull();
  });

  it("validée mais citant une référence non vérifiée : « À vérifier », et pas dite validée", async () => {
    await renderWordApp(undefined, withLibrary(validatedByReferent("execution-deliberation")));
    search("exécution de la délibération");
    const item = await waitFor(() =>
      results().getByRole("button", { name: "Exécution de la délibération par le maire" }),
    );
    within(item.closest("li") as HTMLElement).getByText("À vérifier");
    fireEvent.click(item);
    screen.getByText(/Références à vérifier, la clause ne peut être dite validée : CGCT L2122-21 : à vérifier/);
  });

  it("une clause qui ne s'applique pas à la commune ne s'insère pas", async () => {
    // A document generated for a séance of a commune that publishes its acts electronically.
    await renderWordApp("", {
      readSeanceLink: async () => ({ seanceId: HELD.seanceId }),
      loadSeance: async () => HELD,
    });
    search("site EPCI");
    fireEvent.click(
      results().getByRole("button", { name: "Publication sur le site de l'EPCI (commune sans site internet)" }),
    );
    fireEvent.change(await waitFor(() => field(/Nom de l'EPCI/)), { target: { value: "CC du Val" } });
    // The séance's commune publishes electronically (its profile): R2131-1 II bis is not for it.
    screen.getByText(/Cette clause ne s'applique pas ici : Ne s'applique qu'à une commune qui a choisi l'affichage/);
    expect(screen.getByRole("button", { name: "Insérer" })).toHaveProperty("disabled", true);
  });
});
