import type { MembreRecord } from "../app/data/ports";
import {
  canEditSeance,
  entriesAwaitingOid,
  identityByEmail,
  identityOf,
  identityOfPerson,
  mailOfUpn,
  people,
} from "./identity";

const membre = (
  id: string,
  nom: string,
  role: MembreRecord["role"],
  commune: string,
  email?: string,
): MembreRecord => ({ id, eTag: "e", nom, role, commune, ...(email ? { email } : {}) });

const membres = [
  membre("1", "Claire Moreau", "secretaire", "1", "secretariat@a.example"),
  membre("2", "Claire Moreau", "secretaire", "2", "secretariat@b.example"),
  membre("3", "Sophie Garnier", "elu", "1", "sophie@a.example"),
];

describe("qui regarde l'onglet", () => {
  it("une secrétaire qui sert deux communes les voit toutes les deux, quel que soit le courriel", () => {
    expect(identityByEmail("SECRETARIAT@b.example", membres)?.communeIds).toEqual(["1", "2"]);
    expect(identityOf(membres[0] as MembreRecord, membres).communeIds).toEqual(["1", "2"]);
  });

  it("un élu ne peut pas modifier la séance ; un inconnu n'a pas d'identité", () => {
    const elu = identityByEmail("sophie@a.example", membres);
    expect(elu && canEditSeance(elu)).toBe(false);
    expect(identityByEmail("inconnu@x.example", membres)).toBeUndefined();
  });

  it("le sélecteur « Voir comme » liste chaque personne une fois par rôle", () => {
    expect(people(membres).map((m) => m.id)).toEqual(["1", "3"]);
  });

  it("reconnaît la personne par son oid une fois enregistré, même si son courriel a changé", () => {
    const recorded = membres.map((m) => (m.id === "3" ? { ...m, oid: "oid-sophie", email: "ancien@a.example" } : m));
    expect(identityOfPerson({ id: "oid-sophie", email: "sophie@a.example" }, recorded)?.nom).toBe("Sophie Garnier");
    // Another person reusing the mailbox is not her.
    expect(identityOfPerson({ id: "oid-autre", email: "ancien@a.example" }, recorded)).toBeUndefined();
  });

  it("reconnaît un invité par son UPN #EXT#, qui est son courriel réécrit", () => {
    expect(mailOfUpn("Sophie_a.example#EXT#@commune.onmicrosoft.com")).toBe("sophie@a.example");
    expect(mailOfUpn("jean_pierre_gmail.com#EXT#@commune.onmicrosoft.com")).toBe("jean_pierre@gmail.com");
    expect(mailOfUpn("secretariat@a.example")).toBe("secretariat@a.example");
    const guest = { id: "oid-sophie", email: "sophie_a.example#EXT#@commune.onmicrosoft.com" };
    expect(identityOfPerson(guest, membres)?.role).toBe("elu");
  });

  it("à la première connexion, enregistre l'oid sur les fiches trouvées par courriel qui n'en ont pas", () => {
    const person = { id: "oid-claire", email: "secretariat@b.example" };
    expect(entriesAwaitingOid(person, membres).map((m) => m.id)).toEqual(["2"]);
    const recorded = membres.map((m) => (m.id === "2" ? { ...m, oid: "oid-claire" } : m));
    expect(entriesAwaitingOid(person, recorded)).toEqual([]);
    expect(entriesAwaitingOid({ email: "secretariat@b.example" }, membres)).toEqual([]);
  });
});
