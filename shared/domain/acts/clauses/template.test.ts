import { parseTemplate, placeholderNames } from "./template";

describe("modèles de clause", () => {
  it("découpe le texte et les variables, avec leurs formes", () => {
    const parsed = parseTemplate("{maire|Le Maire/La Maire}, {signataire|nom}, le {date}.");
    expect(parsed.errors).toEqual([]);
    expect(parsed.segments).toEqual([
      {
        name: "maire",
        modifier: { kind: "genre", masculin: "Le Maire", feminin: "La Maire" },
        source: "{maire|Le Maire/La Maire}",
      },
      ", ",
      { name: "signataire", modifier: { kind: "nom" }, source: "{signataire|nom}" },
      ", le ",
      { name: "date", source: "{date}" },
      ".",
    ]);
    expect(placeholderNames(parsed)).toEqual(["maire", "signataire", "date"]);
  });

  it("signale les accolades isolées et les formes inconnues", () => {
    expect(parseTemplate("Vu { la loi ;").errors).toHaveLength(1);
    expect(parseTemplate("Vu la loi } ;").errors).toHaveLength(1);
    expect(parseTemplate("{maire|en majuscules}").errors[0]).toContain("masculin/féminin");
    expect(parseTemplate("{maire|Le/}").errors).toHaveLength(1);
  });

  it("ne compte qu'une fois une variable répétée", () => {
    expect(placeholderNames(parseTemplate("{a} et {a} puis {b}"))).toEqual(["a", "b"]);
  });
});
