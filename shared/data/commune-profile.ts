import type { CommuneProfile } from "../domain/commune/profile";
import type { Commune } from "./schema";

/**
 * Minimal stand-in for the commune profile storage (the secretary's-day issue brings the real one): what the
 * `communes` list holds today, every other value empty, so that nothing unknown is ever filled with an example.
 */
export async function loadCommuneProfile(
  data: { readonly communes: { get(id: string): Promise<Commune> } },
  communeId: string,
): Promise<CommuneProfile> {
  const commune = await data.communes.get(communeId);
  return {
    nom: commune.nom,
    article: "",
    ...(commune.codeInsee ? { codeInsee: commune.codeInsee } : {}),
    departement: commune.departement ?? "",
    population: commune.population ?? 0,
    effectifLegal: 0,
    tribunalAdministratif: "",
    maire: { prenom: "", nom: "", genre: "m", qualite: "" },
    adjoints: [],
    // The legal default when the council has not chosen (L2131-1 IV, last paragraph).
    publication: "electronique",
    enTete: [],
  };
}
