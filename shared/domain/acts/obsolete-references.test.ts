import { findObsoleteReferences } from "./obsolete-references";

describe("findObsoleteReferences", () => {
  it("situe chaque référence obsolète et propose son remplacement", () => {
    const text = "Vu le Code des communes ;\nVu l'article L. 3221-4 du CGCT ;";
    const found = findObsoleteReferences(text, "2024-01-01");
    expect(found.map((r) => [r.match, text.slice(r.start, r.end), r.id])).toEqual([
      ["Code des communes", "Code des communes", "code-des-communes"],
      ["L. 3221-4", "L. 3221-4", "article-departement"],
    ]);
    expect(found[0]?.replacement).toBe("code général des collectivités territoriales");
    expect(found[1]?.reason).toContain("président du conseil départemental");
  });

  it("applique le droit à la date donnée", () => {
    const text = "dans le cadre de la procédure de péril imminent ; loi n° 84-53 du 26 janvier 1984";
    expect(findObsoleteReferences(text, "2020-06-01")).toEqual([]);
    expect(findObsoleteReferences(text, "2021-06-01").map((r) => r.id)).toEqual(["peril"]);
    expect(findObsoleteReferences(text, "2022-03-01").map((r) => r.id)).toEqual(["peril", "loi-84-53"]);
  });

  it("ne confond pas le texte actuel avec l'ancien", () => {
    expect(findObsoleteReferences("taxe d'habitation sur les résidences secondaires", "2024-01-01")).toEqual([]);
    expect(findObsoleteReferences("indice brut terminal 1027", "2024-01-01")).toEqual([]);
    expect(findObsoleteReferences("arrêté de mise en sécurité (CCH L. 511-19)", "2024-01-01")).toEqual([]);
  });

  it.each([
    ["Ont signé au registre tous les membres présents", "signature-membres"],
    ["compte rendu affiché dans la huitaine", "compte-rendu"],
    ["au recueil des actes administratifs", "recueil-actes"],
    ["indice brut 1015", "indice-1015"],
    ["boissons du 2e groupe", "groupe-2"],
    ["le quorum est fixé au tiers des membres", "quorum-covid"],
    ["après avis du comité technique", "comite-technique"],
    ["Vu la loi n° 82-213 du 2 mars 1982", "loi-82-213"],
    ["code pénal, article R. 26-15", "code-penal-ancien"],
  ])("« %s »", (text, id) => {
    expect(findObsoleteReferences(text, "2025-01-01").map((r) => r.id)).toEqual([id]);
  });
});
