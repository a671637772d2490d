import type { Finding } from "@shared/domain/rules";
import { splitFindings } from "./to-verify";

const finding = (severity: Finding["severity"], inferred = false): Finding => ({
  rule: "CM-012",
  severity,
  message: "…",
  ref: "CGCT L2121-17",
  ...(inferred ? { evidence: { kind: "inferred", read: "15 6 8" } } : {}),
});

describe("constats à vérifier", () => {
  it("sépare les constats fondés sur un fait déduit", () => {
    const guessed = finding("warning", true);
    expect(splitFindings([finding("error"), guessed])).toEqual({ sure: [finding("error")], toVerify: [guessed] });
  });
});
