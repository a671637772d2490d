import type { ClauseVersionRecord } from "../../app/data/ports";
import {
  EMPTY_PROPOSAL,
  NOTICES,
  firstVersion,
  noticeAfterText,
  restoredNotice,
  validationOf,
  versionTitle,
  withKeys,
} from "./proposal";

const version: ClauseVersionRecord = {
  id: "9",
  eTag: '"v2"',
  titre: "Secrétaire de séance v1",
  clause: "4",
  version: 1,
  texte: "Secrétaire de séance : {secretaire}",
};

describe("proposer une clause au réseau, hors du volet", () => {
  it("tire les identifiants une fois : une nouvelle tentative réutilise ceux du brouillon", () => {
    let drawn = 0;
    const keyed = withKeys({ ...EMPTY_PROPOSAL, intitule: "Tarifs" }, () => `k${++drawn}`);
    expect(keyed).toEqual({ intitule: "Tarifs", texte: "", clauseKey: "k1", versionKey: "k2" });
    expect(withKeys(keyed, () => "autre")).toBe(keyed);
    expect(restoredNotice(EMPTY_PROPOSAL)).toBeUndefined();
    expect(restoredNotice(keyed)).toBe(NOTICES.unfinished);
  });

  it("la première version porte l'intitulé et le texte sans blancs autour, et son auteur", () => {
    const draft = { intitule: " Tarifs ", texte: " Le tarif est fixé. ", clauseKey: "a", versionKey: "b" };
    expect(firstVersion(draft, "4", "Claire Moreau")).toEqual({
      titre: "Tarifs v1",
      clause: "4",
      version: 1,
      texte: "Le tarif est fixé.",
      auteur: "Claire Moreau",
    });
  });

  it("ne dit rien après un conflit ou un refus (la boîte d'envoi le dit), sinon si le texte est parti ou attend", () => {
    expect(noticeAfterText("saved")).toBe(NOTICES.proposed);
    expect(noticeAfterText("queued")).toBe(NOTICES.textWaiting);
    expect(noticeAfterText("conflict")).toBeUndefined();
    expect(noticeAfterText("rejected")).toBeUndefined();
  });

  it("la décision du référent porte le texte exact, une par version et état du texte", () => {
    expect(validationOf(version)).toEqual({
      draft: { titre: version.titre, clause: "4", version: 1, texte: version.texte, decision: "validee" },
      clientId: 'validation:9:"v2"',
    });
    expect(versionTitle(undefined, version)).toBe("Secrétaire de séance v1 — version 1");
    expect(versionTitle({ id: "4", eTag: "e", intitule: "Secrétaire", categorie: "deliberation" }, version)).toBe(
      "Secrétaire — version 1",
    );
  });
});
