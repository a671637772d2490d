import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import type { Finding } from "@shared/domain/rules";
import type { ReactElement } from "react";
import { FindingsList } from "./FindingsList";
import { GUESSED as guessed, SURE as sure } from "./findings.test-support";

function show(ui: ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}

describe("FindingsList", () => {
  it("shows a checked finding with its severity badge, rule and reference, and selects its passage", () => {
    const selected: Finding[] = [];
    show(<FindingsList findings={[sure]} onSelect={(f) => selected.push(f)} />);
    const list = screen.getByRole("list", { name: "Résultats de la vérification" });
    expect(within(list).getByText("Erreur")).toBeTruthy();
    expect(within(list).getByText("CM-006")).toBeTruthy();
    expect(within(list).getByText("Référence : CGCT art. L2121-17")).toBeTruthy();
    expect(within(list).queryByText(/Lu dans l'acte/)).toBeNull();
    fireEvent.click(within(list).getByRole("button", { name: sure.message }));
    expect(selected).toEqual([sure]);
  });

  it("marks an inferred finding « à vérifier » with the words read, and no severity badge", () => {
    show(<FindingsList findings={[guessed]} onSelect={() => undefined} variant="toVerify" />);
    const list = screen.getByRole("list", { name: "Constats à vérifier" });
    expect(within(list).getByText("CM-007 · à vérifier")).toBeTruthy();
    expect(within(list).getByText("Lu dans l'acte : « 15 6 8 »")).toBeTruthy();
    expect(within(list).queryByText("Avertissement")).toBeNull();
  });

  it("keeps hostile text as text and says when there is nothing to report", () => {
    const hostile = { ...sure, message: "<img src=x onerror=alert(1)>", at: undefined };
    const { container } = show(<FindingsList findings={[hostile]} />);
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByText(hostile.message)).toBeTruthy();
    show(<FindingsList findings={[]} />);
    expect(screen.getByText("Aucune anomalie trouvée.")).toBeTruthy();
  });
});
