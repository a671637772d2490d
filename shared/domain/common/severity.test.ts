import { countBySeverity, formatSeverityCounts, SEVERITY_LABELS, worse, worstSeverity } from "./severity";

const finding = (severity: "error" | "warning" | "info") => ({ severity });

describe("gravités : ordre, noms et décompte", () => {
  it("colore le bandeau selon le plus grave des constats", () => {
    expect(worstSeverity([finding("info"), finding("warning"), finding("info")])).toBe("warning");
    expect(worstSeverity([finding("warning"), finding("error")])).toBe("error");
    expect(worstSeverity([])).toBeUndefined();
    expect(worse("info", "warning")).toBe("warning");
  });

  it("compte chaque gravité et l'écrit en français, au pluriel au-delà de un", () => {
    const counts = countBySeverity([finding("error"), finding("warning"), finding("warning"), finding("error")]);
    expect(counts).toEqual({ error: 2, warning: 2, info: 0 });
    expect(formatSeverityCounts(counts)).toBe("2 erreurs, 2 avertissements, 0 information");
    expect(formatSeverityCounts({ error: 1, warning: 0, info: 1 })).toBe("1 erreur, 0 avertissement, 1 information");
  });

  it("nomme chaque gravité pour une personne", () => {
    expect(SEVERITY_LABELS).toEqual({ error: "Erreur", warning: "Avertissement", info: "Information" });
  });
});
