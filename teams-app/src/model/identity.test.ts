import type { MembreRecord } from "../data/ports";
import { canEditSeance, identityByEmail, identityOf, people } from "./identity";

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
});
