import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { SAMPLE_DELIBERATION } from "../../host/sample-act";
import { renderWordApp } from "../../testing/render-word-app";

// The checker's view loads when its tab first opens.
async function openCheck() {
  fireEvent.click(screen.getByRole("tab", { name: "Vérifier l'acte" }));
  await screen.findByRole("button", { name: "Vérifier l'acte" });
}

describe("Vérifier l'acte, sur le document simulé", () => {
  it("détecte une délibération, liste les anomalies avec leur référence, un clic sélectionne le paragraphe", async () => {
    const { preview } = await renderWordApp();
    await openCheck();
    fireEvent.click(screen.getByRole("button", { name: "Vérifier l'acte" }));
    const result = await screen.findByRole("region", { name: "Résultat de la vérification" });
    within(result).getByText("Acte détecté : délibération");
    // One bar says the outcome, red for an error: no green « Acte vérifié » above it.
    const outcome = screen.getByText(/Acte vérifié : 1 erreur/);
    expect(outcome.closest("[data-intent]")?.getAttribute("data-intent")).toBe("error");
    expect(screen.getAllByText(/Acte vérifié/)).toHaveLength(1);
    const finding = within(result).getByRole("button", { name: /code des communes/ });
    within(finding.closest("li") as HTMLElement).getByText("DEL-008");
    within(result).getByText("Référence : CGCT L2131-2");
    fireEvent.click(finding);
    const line = SAMPLE_DELIBERATION.split("\n").indexOf("Vu le code des communes ;");
    await waitFor(() => expect(preview.snapshot().selected).toBe(line));
    expect(
      within(screen.getByTestId("simulated-document"))
        .getByText("Vu le code des communes ;")
        .getAttribute("aria-current"),
    ).toBe("true");
  });

  it("vérifie le document tel qu'il est au moment du clic", async () => {
    const { preview } = await renderWordApp();
    await openCheck();
    act(() =>
      preview.setText(
        "ARRÊTÉ N° 2025-12 portant interdiction de stationner\nLe Maire de la commune de Saint-Aubin,\nARRÊTE :\nArticle 1er : Le stationnement est interdit.",
      ),
    );
    fireEvent.click(screen.getByRole("button", { name: "Vérifier l'acte" }));
    await screen.findByText("Acte détecté : arrêté");
  });

  it("montre à part, avec les mots lus, un constat fondé sur un fait déduit, et résume le tout dans le bandeau", async () => {
    const { preview } = await renderWordApp();
    await openCheck();
    act(() =>
      preview.setText(
        SAMPLE_DELIBERATION.replace("Vu le code des communes ;\n", "").replace(
          "Nombre de conseillers en exercice : 15 – Présents : 11 – Votants : 13",
          "En exercice   Présents   Votants\n15   6   8",
        ),
      ),
    );
    fireEvent.click(screen.getByRole("button", { name: "Vérifier l'acte" }));
    const toVerify = await screen.findByRole("list", { name: "Constats à vérifier" });
    within(toVerify).getByText(/^CM-012/);
    expect(within(toVerify).getAllByText("Lu dans l'acte : « 15 6 8 »").length).toBeGreaterThan(0);
    const sure = screen.getByRole("list", { name: "Résultats de la vérification" });
    expect(within(sure).queryByText("CM-012")).toBeNull();
    const result = screen.getByRole("region", { name: "Résultat de la vérification" });
    const bar = within(result).getByRole("status");
    // Coloured by its worst finding: amber, as nothing is an error.
    expect(bar.getAttribute("data-intent")).toBe("warning");
    expect(bar.textContent).toBe("Acte vérifié : 0 erreur, 3 avertissements, 4 informations.");
  });
});

describe("Vérifier l'acte : l'enveloppe de télétransmission (règles TDT)", () => {
  it("nomme ce qui manque à la fiche de l'acte pour @CTES, à part des règles de l'acte", async () => {
    const { preview } = await renderWordApp();
    await openCheck();
    act(() =>
      preview.setText(
        "COMMUNE DE TESTVILLE\nDélibération n° 2025-12\nSéance du 12 juin 2025\nObjet : Tarifs de la cantine\nLe conseil municipal,\nDÉCIDE\nArticle 1 : les tarifs sont fixés.",
      ),
    );
    fireEvent.click(screen.getByRole("button", { name: "Vérifier l'acte" }));
    const envelope = await screen.findByRole("region", { name: "Enveloppe de télétransmission" });
    within(envelope).getByText("TDT-NUMERO");
    within(envelope).getByText(/« 2025_12 »/);
    within(envelope).getByText("TDT-CLASSIFICATION");
    expect(within(envelope).queryByText("TDT-PDF")).toBeNull();
  });
});
