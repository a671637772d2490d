import { createClauseLibrary } from "@shared/domain/acts/clauses";
import { makeClause } from "@shared/domain/acts/clauses/make-clause.test-support";
import type { ClauseFilters } from "./clause-search";
import { clauseLabel, countLabel, kindOf, searchClauses, subjectOf, subjectsFor, withActType } from "./clause-search";

const library = createClauseLibrary([
  makeClause({ id: "recours", version: 1, kind: "recours", title: "Recours", status: "retiree" }),
  makeClause({ id: "recours", version: 2, kind: "recours", title: "Recours" }),
  makeClause({ id: "recours", version: 3, kind: "recours", title: "Recours", status: "brouillon" }),
  makeClause({ id: "signalee", title: "Signalée", status: "proposee", origin: "reseau", flags: ["DEL-008"] }),
  makeClause({ id: "reseau", title: "Du réseau", status: "proposee", origin: "reseau" }),
  makeClause({ id: "voirie", title: "Voirie", actTypes: ["arrete"] }),
]);
const ALL: ClauseFilters = { actType: "", subject: "", kind: "", text: "", showAll: false };
const keys = (filters: ClauseFilters) => searchClauses(library, filters).map((c) => `${c.id}@${c.version}`);

describe("la recherche de clauses, hors du volet", () => {
  it("trouve les clauses offertes et, toujours, celles du réseau que le contrôle signale", () => {
    const found = keys(ALL);
    expect(found).toEqual(expect.arrayContaining(["recours@2", "signalee@1", "voirie@1"]));
    expect(found).not.toContain("reseau@1");
    expect(found).not.toContain("recours@1");
    expect(keys({ ...ALL, actType: "arrete" })).toEqual(["voirie@1"]);
    expect(keys({ ...ALL, kind: "recours" })).toEqual(["recours@2"]);
  });

  it("à la demande, montre aussi brouillons, propositions et versions retirées, chacune une fois, par version", () => {
    const found = keys({ ...ALL, showAll: true });
    expect(found.filter((k) => k.startsWith("recours@"))).toEqual(["recours@1", "recours@2", "recours@3"]);
    expect(found).toContain("reseau@1");
    expect(new Set(found).size).toBe(found.length);
  });

  it("choisir un type d'acte retire un sujet de l'autre type ; une valeur inconnue vaut « tous »", () => {
    const withSubject: ClauseFilters = { ...ALL, subject: "tarifs-cantine" };
    expect(withActType(withSubject, "arrete")).toMatchObject({ actType: "arrete", subject: "" });
    expect(withActType(withSubject, "deliberation")).toMatchObject({
      actType: "deliberation",
      subject: "tarifs-cantine",
    });
    expect(withActType(withSubject, "")).toMatchObject({ actType: "", subject: "tarifs-cantine" });
    expect(withActType(ALL, "<script>")).toMatchObject({ actType: "" });
    expect(kindOf("visa")).toBe("visa");
    expect(kindOf("inconnue")).toBe("");
    expect(subjectOf("tarifs-cantine")).toBe("tarifs-cantine");
    expect(subjectOf("inconnu")).toBe("");
  });

  it("propose les sujets du type d'acte choisi, tous sinon", () => {
    expect(subjectsFor("")).toContain("tarifs-cantine");
    expect(subjectsFor("arrete")).not.toContain("tarifs-cantine");
    expect(subjectsFor("deliberation")).toContain("tarifs-cantine");
  });

  it("nomme une version non offerte par son numéro, et compte au pluriel au-delà d'une", () => {
    expect(clauseLabel(makeClause({ title: "Recours" }))).toBe("Recours");
    expect(clauseLabel(makeClause({ title: "Recours", version: 3, status: "brouillon" }))).toBe("Recours (v3)");
    expect(countLabel(0)).toBe("0\u00a0clause");
    expect(countLabel(1)).toBe("1\u00a0clause");
    expect(countLabel(2)).toBe("2\u00a0clauses");
  });
});
