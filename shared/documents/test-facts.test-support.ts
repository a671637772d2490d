import type { CommuneProfile } from "@shared/domain/commune/profile";
import type { SeanceFacts } from "./seance-facts";

/** A complete commune profile and séance for the generators' tests (test data, never shipped in a document). */
export const PROFILE: CommuneProfile = {
  nom: "Essarts-le-Bas",
  article: "les",
  departement: "49",
  population: 842,
  effectifLegal: 5,
  tribunalAdministratif: "Tribunal administratif de Nantes",
  maire: { prenom: "Jean-Pierre", nom: "Lemaire", genre: "m", qualite: "Maire" },
  adjoints: [],
  publication: "electronique",
  enTete: ["1 place de la Mairie, 49000 Les Essarts-le-Bas", "mairie@essarts.test"],
};

const ELUS = [
  { nom: "Jean-Pierre Lemaire", fonction: "Maire" },
  { nom: "Sophie Garnier", fonction: "Première adjointe" },
  { nom: "Michel Rousseau", fonction: "Conseiller municipal" },
  { nom: "Nadia Benali", fonction: "Conseillère municipale" },
  { nom: "Paul Girard", fonction: "Conseiller municipal" },
];

/** Before the séance: convoked, no attendance nor vote yet. */
export const PLANNED: SeanceFacts = {
  seanceId: "7",
  commune: PROFILE,
  date: "2026-12-15",
  heure: "20:00",
  lieu: "salle du conseil",
  convocation: { sentOn: "2026-12-08", mode: "dematerialisee" },
  elus: ELUS,
  presents: [],
  procurations: [],
  points: [
    {
      id: "31",
      numero: 1,
      titre: "Tarifs de location de la salle des fêtes",
      nature: "deliberation",
      rapporteur: "Sophie Garnier",
    },
    { id: "32", numero: 2, titre: "Dénomination d'une voie communale", nature: "deliberation" },
    { id: "33", numero: 3, titre: "Informations du maire", nature: "information" },
  ],
};

/** After the séance: attendance, a proxy, the secretary and the votes recorded. */
export const HELD: SeanceFacts = {
  ...PLANNED,
  presents: ["Jean-Pierre Lemaire", "Sophie Garnier", "Michel Rousseau"],
  procurations: [{ mandant: "Nadia Benali", mandataire: "Sophie Garnier" }],
  secretaire: "Sophie Garnier",
  points: PLANNED.points.map((p) =>
    p.nature === "deliberation" ? { ...p, vote: { pour: 4, contre: 0, abstentions: 0 } } : p,
  ),
};
