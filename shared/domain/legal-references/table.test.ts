import { CATALOG } from "../acts/clauses";
import { inForceOn, referenceConcerns, referenceEntry } from "./concerns";
import { REFERENCE_TABLE } from "./table";

/** Today, for the suite: the date of the review. Tests never read the clock. */
const TODAY = "2026-12-02";
const cited = [...new Set(CATALOG.filter((c) => c.status !== "retiree").flatMap((c) => c.references))].sort();

describe("table des références juridiques", () => {
  it("une entrée par référence, chacune avec sa source et sa date de vérification", () => {
    expect(new Set(REFERENCE_TABLE.map((r) => r.key)).size).toBe(REFERENCE_TABLE.length);
    for (const ref of REFERENCE_TABLE) {
      expect([ref.key, ref.source.length > 0, /^\d{4}-\d{2}-\d{2}$/.test(ref.checkedOn)]).toEqual([
        ref.key,
        true,
        true,
      ]);
      if (ref.status === "unverified") expect([ref.key, ref.note]).toEqual([ref.key, expect.any(String)]);
    }
  });

  it.each(cited)("%s, citée par une clause, est dans la table et en vigueur aujourd'hui", (key) => {
    const ref = referenceEntry(key);
    expect(ref).toBeDefined();
    if (ref) expect(inForceOn(ref, TODAY)).toBe(true);
  });

  it("une référence abrogée, absente ou non vérifiée est signalée (témoins)", () => {
    expect(referenceConcerns(["CGCT L2131-3"], TODAY)).toEqual([
      { key: "CGCT L2131-3", reason: "abrogee", message: "CGCT L2131-3 : abrogé, en vigueur jusqu'au 30 juin 2022." },
    ]);
    expect(referenceConcerns(["CGCT L2131-3"], "2021-05-01")).toEqual([]);
    expect(referenceConcerns(["CGFP L313-1"], "2021-05-01").map((c) => c.reason)).toEqual(["pas-encore-en-vigueur"]);
    expect(referenceConcerns(["CGCT L9999-1"], TODAY).map((c) => c.reason)).toEqual(["absente"]);
    expect(referenceConcerns(["C. route R417-10"], TODAY).map((c) => c.reason)).toEqual(["a-verifier"]);
    expect(referenceConcerns(["CGCT L2121-29", "CJA R421-1"], TODAY)).toEqual([]);
  });

  it("les marques « non vérifié » de la spécification et de la relecture sont dans la table", () => {
    const unverified = REFERENCE_TABLE.filter((r) => r.status === "unverified").map((r) => r.key);
    expect(unverified).toEqual(
      expect.arrayContaining([
        "CGI 1636 B sexies",
        "CGI 1639 A",
        "CG3P L2125-1",
        "CGCT L2311-7",
        "CGCT L2122-21",
        "C. route R417-10",
        "Décret portant statut particulier du cadre d'emplois",
      ]),
    );
  });
});
