import { makeClause } from "@shared/domain/acts/clauses/make-clause.test-support";
import { outdatedClauses, scanMessage, updatedMessage } from "./updates";

const recours2 = makeClause({ id: "recours", version: 2, title: "Recours" });
const newerVersion = (id: string, version: number) => (id === "recours" && version < 2 ? recours2 : undefined);

describe("mises à jour des clauses, hors du volet", () => {
  it("retient chaque clause dépassée une fois, avec sa première occurrence dans le document", () => {
    const first = { clauseId: "recours", version: 1, text: "a" };
    const found = outdatedClauses(
      [
        first,
        { clauseId: "recours", version: 1, text: "b" },
        { clauseId: "recours", version: 2, text: "c" },
        { clauseId: "visa", version: 1, text: "d" },
      ],
      newerVersion,
    );
    expect(found).toEqual([{ inserted: first, newer: recours2 }]);
    expect(outdatedClauses([], newerVersion)).toEqual([]);
  });

  it("dit combien de clauses sont dans le document et combien à mettre à jour, après la mise à jour qui y a mené", () => {
    expect(scanMessage("", 1, 0)).toBe("1 clause de la bibliothèque dans le document, 0 à mettre à jour.");
    expect(scanMessage("Fait.", 3, 1)).toBe("Fait. 3 clauses de la bibliothèque dans le document, 1 à mettre à jour.");
    expect(updatedMessage(recours2, 1)).toBe("« Recours » mise à jour en version 2 (1 occurrence).");
    expect(updatedMessage(recours2, 2)).toBe("« Recours » mise à jour en version 2 (2 occurrences).");
  });
});
