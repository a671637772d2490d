import type { MembreRecord } from "../../app/data/ports";
import { eluChanged, eluErrors, eluFieldsFor, eluFormOf, eluPatch } from "./elu-form";

const membre: MembreRecord = {
  id: "1",
  eTag: '"1"',
  nom: "Claire Moreau",
  role: "elu",
  commune: "1",
  mandat: "adjoint",
  rang: 2,
};

describe("la ligne d'un élu, hors de la vue", () => {
  it("reprend la fiche, et ne signale un changement qu'après une saisie", () => {
    const form = eluFormOf(membre);
    expect(form).toEqual({ prenom: "", genre: "", mandat: "adjoint", rang: "2", delegation: "" });
    expect(eluChanged(form, eluFormOf(membre))).toBe(false);
    expect(eluChanged({ ...form, delegation: "Écoles" }, form)).toBe(true);
  });

  it("refuse un rang hors de 1 à 99 et un prénom par lequel le nom ne commence pas", () => {
    const form = eluFormOf(membre);
    expect(eluErrors(form, membre.nom)).toEqual({});
    expect(eluErrors({ ...form, rang: "0" }, membre.nom).rang).toBe("Un rang de 1 à 99.");
    expect(eluErrors({ ...form, rang: "100" }, membre.nom).rang).toBe("Un rang de 1 à 99.");
    expect(eluErrors({ ...form, prenom: " Claire " }, membre.nom)).toEqual({});
    expect(eluErrors({ ...form, prenom: "Paul" }, membre.nom).prenom).toBe(
      "Le nom « Claire Moreau » ne commence pas par ce prénom.",
    );
  });

  it("vide les colonnes effacées ; seul un adjoint garde un rang", () => {
    const form = { ...eluFormOf(membre), prenom: " Claire ", delegation: "  " };
    expect(eluPatch(form)).toEqual({
      prenom: "Claire",
      genre: undefined,
      mandat: "adjoint",
      rang: 2,
      delegation: undefined,
    });
    expect(eluPatch({ ...form, mandat: "conseiller" }).rang).toBeUndefined();
  });

  it("demande le rang au seul adjoint, la délégation à l'adjoint et au conseiller délégué", () => {
    expect(eluFieldsFor("adjoint")).toEqual({ rang: true, delegation: true });
    expect(eluFieldsFor("conseiller-delegue")).toEqual({ rang: false, delegation: true });
    expect(eluFieldsFor("maire")).toEqual({ rang: false, delegation: false });
    expect(eluFieldsFor("conseiller")).toEqual({ rang: false, delegation: false });
    expect(eluFieldsFor("")).toEqual({ rang: false, delegation: false });
  });
});
