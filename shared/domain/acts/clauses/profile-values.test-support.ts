import type { CommuneProfile, EluProfile } from "../../commune/profile";
import { EXAMPLE_VALUES } from "./example-values";
import type { ClauseValues, PersonValue } from "./model";

const ARTICLE_PREFIX: Readonly<Record<CommuneProfile["article"], string>> = {
  "": "",
  le: "Le ",
  la: "La ",
  les: "Les ",
  "l'": "L'",
};

const person = (elu: EluProfile): PersonValue => ({
  civilite: elu.genre === "f" ? "Mme" : "M.",
  nom: `${elu.prenom} ${elu.nom}`,
});

/**
 * The values of a commune profile, as clause variables, over the example séance: what the renderer tests render
 * with (the Word pane's prefill has its own mapping). The commune's name carries its article (« Les Essarts-le-Bas »)
 * so that the renderer contracts « de » and « à » with it.
 */
export function profileValues(profile: CommuneProfile, extra: ClauseValues = {}): ClauseValues {
  const delegataire = profile.adjoints[0] ?? profile.maire;
  return {
    ...EXAMPLE_VALUES,
    commune: ARTICLE_PREFIX[profile.article] + profile.nom,
    maire: profile.maire.genre === "f" ? "madame" : "monsieur",
    president: person(profile.maire),
    signataire: person(profile.maire),
    tribunal: profile.tribunalAdministratif.replace(/^tribunal administratif d(?:e |')/i, ""),
    modePublicite: profile.publication,
    population: profile.population,
    delegataire: person(delegataire),
    ...extra,
  };
}

const elu = (prenom: string, nom: string, genre: EluProfile["genre"], qualite: string): EluProfile => ({
  prenom,
  nom,
  genre,
  qualite,
});

const base = {
  departement: "49",
  effectifLegal: 15,
  tribunalAdministratif: "Tribunal administratif de Nantes",
  enTete: [],
} as const;

/** Communes whose names take « de », « d' », « du », « des », « de L' »; populations around 1,000 and 3,500. */
export const PROFILES: Readonly<Record<string, CommuneProfile>> = {
  saintAubin: {
    ...base,
    nom: "Saint-Aubin-sur-Loire",
    article: "",
    population: 842,
    maire: elu("Claire", "PETIT", "f", "Maire"),
    adjoints: [elu("Paul", "LEROY", "m", "1er adjoint")],
    publication: "affichage",
  },
  essarts: {
    ...base,
    nom: "Essarts-le-Bas",
    article: "les",
    population: 1_250,
    maire: elu("Jean", "DUPONT", "m", "Maire"),
    adjoints: [elu("Anne", "GIRARD", "f", "1re adjointe")],
    publication: "electronique",
  },
  mesnil: {
    ...base,
    nom: "Mesnil-sur-Oise",
    article: "le",
    population: 3_620,
    maire: elu("Sophie", "MERCIER", "f", "Maire"),
    adjoints: [elu("Marc", "ROUSSEL", "m", "1er adjoint")],
    publication: "electronique",
  },
  isle: {
    ...base,
    nom: "Isle-sur-Vienne",
    article: "l'",
    population: 420,
    maire: elu("Henri", "FAURE", "m", "Maire"),
    adjoints: [elu("Lucie", "BLANC", "f", "conseillère déléguée")],
    publication: "papier",
  },
  aubeterre: {
    ...base,
    nom: "Aubeterre",
    article: "",
    population: 2_100,
    maire: elu("Nadia", "SIMON", "f", "Maire"),
    adjoints: [elu("Yves", "GARNIER", "m", "1er adjoint")],
    publication: "affichage",
    tribunalAdministratif: "Tribunal administratif d'Orléans",
  },
};

/** A profile of the list by name; a test naming an absent one fails loudly. */
export function profile(name: string): CommuneProfile {
  const found = PROFILES[name];
  if (!found) throw new Error(`profil inconnu : ${name}`);
  return found;
}
