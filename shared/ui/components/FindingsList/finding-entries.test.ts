import { findingEntries, findingsListLabel } from "./finding-entries";
import { GUESSED as guessed, SURE as sure } from "./findings.test-support";

describe("les constats tels que la liste les montre", () => {
  it("un constat vérifié : badge de gravité, règle, référence, et lien vers le passage qu'il situe", () => {
    const [entry] = findingEntries([sure], false, true);
    expect(entry).toEqual({
      key: "CM-006:0",
      finding: sure,
      head: { kind: "checked", badgeColor: "danger", severity: "Erreur", rule: "CM-006" },
      selectable: true,
      read: undefined,
      reference: "Référence : CGCT art. L2121-17",
    });
  });

  it("un constat à vérifier : la règle marquée « à vérifier » et les mots lus dans l'acte", () => {
    const [entry] = findingEntries([guessed], true, true);
    expect(entry?.head).toEqual({ kind: "toVerify", caption: "CM-007 · à vérifier" });
    expect(entry?.read).toBe("Lu dans l'acte : « 15 6 8 »");
  });

  it("les mots lus ne s'affichent que dans la liste à vérifier", () => {
    expect(findingEntries([guessed], false, true)[0]?.read).toBeUndefined();
  });

  it("pas de lien quand la liste ne sélectionne pas, ou que le constat ne dit pas où il porte", () => {
    expect(findingEntries([sure], false, false)[0]?.selectable).toBe(false);
    expect(findingEntries([guessed], true, true)[0]?.selectable).toBe(false);
  });

  it("deux constats d'une même règle ont chacun leur clé", () => {
    expect(findingEntries([sure, sure], false, false).map((e) => e.key)).toEqual(["CM-006:0", "CM-006:1"]);
  });

  it("le nom de la liste : celui que donne la vue, sinon selon ce qu'elle contient", () => {
    expect(findingsListLabel("Constats de la séance", true)).toBe("Constats de la séance");
    expect(findingsListLabel(undefined, false)).toBe("Résultats de la vérification");
    expect(findingsListLabel(undefined, true)).toBe("Constats à vérifier");
  });
});
