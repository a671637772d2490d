import type { Finding } from "@shared/domain/rules";
import { splitFindings, worstSeverity } from "./to-verify";

const finding = (severity: Finding["severity"], inferred = false): Finding => ({
  rule: "CM-012",
  severity,
  message: "…",
  ref: "CGCT L2121-17",
  ...(inferred ? { evidence: { kind: "inferred", read: "15 6 8" } } : {}),
});

describe("constats à vérifier et bandeau de résultat", () => {
  it("sépare les constats fondés sur un fait déduit", () => {
    const guessed = finding("warning", true);
    expect(splitFindings([finding("error"), guessed])).toEqual({ sure: [finding("error")], toVerify: [guessed] });
  });

  it("colore le bandeau selon le plus grave des constats", () => {
    expect(worstSeverity([finding("info"), finding("warning"), finding("info")])).toBe("warning");
    expect(worstSeverity([finding("warning"), finding("error")])).toBe("error");
    expect(worstSeverity([])).toBeUndefined();
  });
});
