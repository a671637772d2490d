import { render, screen } from "@testing-library/react";
import type { Finding } from "@shared/domain/rules";
import { ResultBar } from "./ResultBar";

const finding = (severity: Finding["severity"]): Finding => ({
  rule: "CM-000",
  severity,
  message: "Constat",
  ref: "CGCT",
});

describe("la barre de résultat", () => {
  it.each([
    [["info", "error", "warning"], "error", "1 erreur, 1 avertissement, 1 information"],
    [["error", "error"], "error", "2 erreurs, 0 avertissement, 0 information"],
    [["info", "warning"], "warning", "0 erreur, 1 avertissement, 1 information"],
    [["info"], "info", "0 erreur, 0 avertissement, 1 information"],
    [[], "success", "0 erreur, 0 avertissement, 0 information"],
  ] as const)("%j → %s", (severities, intent, text) => {
    render(<ResultBar title="Contrôle" findings={severities.map(finding)} />);
    const bar = screen.getByRole("status");
    expect(bar.getAttribute("data-intent")).toBe(intent);
    expect(bar.textContent).toBe(`Contrôle : ${text}.`);
  });
});
