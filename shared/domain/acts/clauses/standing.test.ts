import { makeClause } from "./make-clause.test-support";
import { clauseStanding } from "./standing";

const TODAY = "2026-12-02";

describe("ce que le volet peut dire d'une clause", () => {
  it("validée : par un référent, avec qui et quand, et des références vérifiées en vigueur", () => {
    const standing = clauseStanding(
      makeClause({ validatedBy: "Paul Durand", validatedAt: "2026-03-14", references: ["CGCT L2121-29"] }),
      TODAY,
    );
    expect(standing).toMatchObject({
      validated: true,
      label: "Validée",
      toCheck: false,
      provenance: "validée le 14 mars 2026 par Paul Durand",
    });
  });

  it("proposée par l'équipe : jamais « validée »", () => {
    const standing = clauseStanding(
      makeClause({ status: "proposee", validatedBy: undefined, validatedAt: undefined }),
      TODAY,
    );
    expect(standing).toMatchObject({
      validated: false,
      label: "Proposée par l'équipe",
      provenance: "proposée par l'équipe, non validée par un référent du réseau",
    });
  });

  it("une référence non vérifiée, abrogée ou pas encore en vigueur à la date de l'acte : à vérifier, même validée", () => {
    const unverified = clauseStanding(makeClause({ references: ["CGCT L2121-29", "CGCT L2122-21"] }), TODAY);
    expect(unverified).toMatchObject({ validated: false, label: "Validée", toCheck: true });
    expect(unverified.concerns.map((c) => c.key)).toEqual(["CGCT L2122-21"]);
    expect(clauseStanding(makeClause({ references: ["CGCT L2131-3"] }), TODAY).toCheck).toBe(true);
    expect(clauseStanding(makeClause({ references: ["CGCT L2131-3"] }), "2020-01-10").toCheck).toBe(false);
    expect(clauseStanding(makeClause({ references: ["CGFP L313-1"] }), "2021-01-10").toCheck).toBe(true);
  });

  it("signalée par le contrôle : « À revoir », jamais validée", () => {
    expect(clauseStanding(makeClause({ flags: ["DEL-008 : code des communes"] }), TODAY)).toMatchObject({
      validated: false,
      label: "À revoir",
    });
  });

  it("proposée par un membre du réseau", () => {
    expect(clauseStanding(makeClause({ status: "proposee", origin: "reseau", references: [] }), TODAY)).toMatchObject({
      label: "Proposée par le réseau",
      provenance: "proposée par un membre du réseau, non validée",
    });
  });
});
