import type { MembreRecord } from "./data/ports";
import { resolveIdentity, signedInPerson } from "./resolve-identity";

const membre = (id: string, nom: string, role: MembreRecord["role"], email?: string, oid?: string): MembreRecord => ({
  id,
  eTag: "e",
  nom,
  role,
  commune: "1",
  ...(email ? { email } : {}),
  ...(oid ? { oid } : {}),
});

const membres = [
  membre("1", "Claire Moreau", "secretaire", "secretariat@a.example", "oid-claire"),
  membre("2", "Sophie Garnier", "elu", "sophie@a.example"),
];

describe("qui est l'utilisateur de l'onglet", () => {
  it("le jeton d'abord, sinon le courriel donné par l'hôte, sinon personne", () => {
    const fromToken = { id: "oid-claire", email: "claire@nouveau.example" };
    expect(signedInPerson(() => fromToken, "secretariat@a.example")).toBe(fromToken);
    expect(signedInPerson(() => undefined, "secretariat@a.example")).toEqual({ email: "secretariat@a.example" });
    expect(signedInPerson(undefined, "secretariat@a.example")).toEqual({ email: "secretariat@a.example" });
    expect(signedInPerson(undefined, undefined)).toBeUndefined();
  });

  it("« Voir comme » l'emporte sur la personne connectée", () => {
    const identity = resolveIdentity("2", { id: "oid-claire" }, membres);
    expect(identity).toMatchObject({ nom: "Sophie Garnier", role: "elu" });
  });

  it("un membre « Voir comme » absent de la liste ne retombe pas sur la personne connectée", () => {
    expect(resolveIdentity("9", { id: "oid-claire" }, membres)).toBeUndefined();
  });

  it("sans « Voir comme », la personne connectée, trouvée par son oid puis par son courriel", () => {
    expect(resolveIdentity(undefined, { id: "oid-claire", email: "autre@x.example" }, membres)?.nom).toBe(
      "Claire Moreau",
    );
    expect(resolveIdentity(undefined, { email: "SOPHIE@a.example" }, membres)?.nom).toBe("Sophie Garnier");
  });

  it("personne de connecté, ou inconnu de la liste : pas d'identité", () => {
    expect(resolveIdentity(undefined, undefined, membres)).toBeUndefined();
    expect(resolveIdentity(undefined, { email: "inconnu@x.example" }, membres)).toBeUndefined();
  });
});
