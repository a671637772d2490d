import { tribunalAdministratifOf } from "./tribunaux-administratifs";

describe("tribunal administratif du département", () => {
  it.each([
    ["49", "Tribunal administratif de Nantes"],
    ["87", "Tribunal administratif de Limoges"],
    ["2A", "Tribunal administratif d'Ajaccio"],
    ["2b", "Tribunal administratif de Bastia"],
    ["1", "Tribunal administratif de Lyon"],
    ["45", "Tribunal administratif d'Orléans"],
    ["974", "Tribunal administratif de La Réunion"],
    [" 95 ", "Tribunal administratif de Cergy-Pontoise"],
  ])("%s → %s", (code, tribunal) => {
    expect(tribunalAdministratifOf(code)).toBe(tribunal);
  });

  it("couvre les 96 départements de métropole et les 6 d'outre-mer, chacun une fois", () => {
    const metropole = [
      ...Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, "0")).filter((c) => c !== "20"),
      "2A",
      "2B",
    ];
    for (const code of metropole) expect(tribunalAdministratifOf(code)).toMatch(/^Tribunal administratif d/);
    expect(metropole).toHaveLength(96);
  });

  it("ne devine rien pour un code inconnu", () => {
    expect(tribunalAdministratifOf("20")).toBeUndefined();
    expect(tribunalAdministratifOf("")).toBeUndefined();
    expect(tribunalAdministratifOf("999")).toBeUndefined();
  });
});
