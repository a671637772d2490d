import { obsoleteReferenceFindings } from "./reference-check";

const clause = (
  template: string,
  actTypes: ("deliberation" | "arrete")[] = ["deliberation"],
  title = "Visa du réseau",
) => ({ title, template, actTypes, subjects: [] as const });

describe("références obsolètes dans le texte d'une clause", () => {
  it("rend le constat de la règle de l'acte, avec son identifiant et son message", () => {
    const findings = obsoleteReferenceFindings(clause("Vu le code des communes ;"), "2025-01-01");
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([["DEL-008", "error"]]);
    expect(findings[0]?.message).toBe(
      "« code des communes » : le code des communes est abrogé depuis le 24 février 1996 (loi n° 96-142) ; citer plutôt code général des collectivités territoriales.",
    );
  });

  it("applique la règle de chaque type d'acte de la clause (l'article du département dans un arrêté du maire)", () => {
    const findings = obsoleteReferenceFindings(clause("Vu l'article L. 3221-4 du CGCT ;", ["arrete"]), "2025-01-01");
    expect(findings.map((f) => f.rule)).toEqual(["ARR-003"]);
  });

  it("tient compte de la matière de la clause, lue dans son titre", () => {
    const text = "Les taux de la taxe d'habitation sont maintenus.";
    expect(
      obsoleteReferenceFindings(clause(text, ["deliberation"], "Vote des taux d'imposition"), "2025-01-01").map(
        (f) => f.rule,
      ),
    ).toEqual(["DEL-024"]);
    expect(obsoleteReferenceFindings(clause(text, ["deliberation"], "Tarifs de la cantine"), "2025-01-01")).toEqual([]);
  });

  it("ne signale rien pour un texte à jour, ni pour une référence devenue obsolète après la date", () => {
    expect(
      obsoleteReferenceFindings(clause("Vu le code général des collectivités territoriales ;"), "2025-01-01"),
    ).toEqual([]);
    expect(obsoleteReferenceFindings(clause("procédure de péril imminent", ["arrete"]), "2020-06-01")).toEqual([]);
  });
});
