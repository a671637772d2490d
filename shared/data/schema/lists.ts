import { boolean, choice, dateTime, lookup, note, number, text } from "./columns";
import { defineList } from "./define-list";

/** Every SharePoint list of the suite. Internal column names are stable: renaming one is a migration. */

export const communes = defineList("communes", "Communes", "Communes servies par le secrétariat.", {
  nom: text("Title", "Nom", { required: true }),
  codeInsee: text("CodeInsee", "Code INSEE", { indexed: true }),
  population: number("Population", "Population municipale"),
  departement: text("Departement", "Département"),
});

export const ROLES = ["secretaire", "elu", "referent"] as const;

export const membres = defineList("membres", "Membres", "Qui sert quelle commune, et à quel titre.", {
  nom: text("Title", "Nom", { required: true }),
  email: text("Courriel", "Courriel", { indexed: true }),
  role: choice("Role", "Rôle", ROLES, { required: true }),
  fonction: text("Fonction", "Fonction"),
  commune: lookup("Commune", "Commune", "communes", { required: true, indexed: true }),
});

export const seances = defineList("seances", "Séances", "Séances du conseil municipal.", {
  titre: text("Title", "Intitulé", { required: true }),
  commune: lookup("Commune", "Commune", "communes", { required: true, indexed: true }),
  date: dateTime("DateSeance", "Date de la séance", { required: true, indexed: true }),
  lieu: text("Lieu", "Lieu"),
  statut: choice("Statut", "Statut", ["preparation", "convoquee", "tenue", "close"], { required: true }),
  convocationLe: dateTime("ConvocationLe", "Convocation envoyée le"),
  invitationId: text("InvitationOutlook", "Invitation Outlook (id de l'événement)"),
});

export const points = defineList("points", "Ordre du jour", "Points de l'ordre du jour d'une séance.", {
  titre: text("Title", "Objet", { required: true }),
  seance: lookup("Seance", "Séance", "seances", { required: true, indexed: true }),
  numero: number("Numero", "Numéro", { required: true }),
  rapporteur: text("Rapporteur", "Rapporteur"),
  nature: choice("Nature", "Nature", ["deliberation", "information", "question"], { required: true }),
  expose: note("Expose", "Exposé"),
});

export const avis = defineList("avis", "Avis des élus", "Avis des élus sur les points avant la séance.", {
  titre: text("Title", "Résumé", { required: true }),
  // The séance is repeated on each avis so that one filtered request loads all the avis of a séance.
  seance: lookup("Seance", "Séance", "seances", { required: true, indexed: true }),
  point: lookup("Point", "Point", "points", { required: true, indexed: true }),
  membre: lookup("Membre", "Élu", "membres", { required: true }),
  position: choice("Position", "Position", ["favorable", "reserve", "question"], { required: true }),
  commentaire: note("Commentaire", "Commentaire"),
});

export const clauses = defineList("clauses", "Clauses", "Clauses types réutilisées dans les actes.", {
  intitule: text("Title", "Intitulé", { required: true }),
  categorie: text("Categorie", "Catégorie", { indexed: true }),
  versionCourante: number("VersionCourante", "Version courante"),
});

export const CLAUSE_STATUTS = ["brouillon", "proposee", "validee", "retiree"] as const;

export const clauseVersions = defineList("clauseVersions", "Versions de clauses", "Historique du texte des clauses.", {
  titre: text("Title", "Titre", { required: true }),
  clause: lookup("Clause", "Clause", "clauses", { required: true, indexed: true }),
  version: number("Version", "Version", { required: true }),
  texte: note("Texte", "Texte", { required: true }),
  auteur: text("Auteur", "Auteur"),
  valideeLe: dateTime("ValideeLe", "Validée le"),
  // Who validated, shown in the Word add-ins beside the date; empty for versions validated before the column existed.
  valideePar: text("ValideePar", "Validée par"),
  // Empty means "proposée" until valideeLe is set; brouillon and retirée are set by hand in SharePoint or the tab.
  statut: choice("Statut", "Statut", CLAUSE_STATUTS),
});

export const questions = defineList("questions", "Questions du réseau", "Questions posées entre secrétaires de mairie.", {
  sujet: text("Title", "Sujet", { required: true }),
  texte: note("Texte", "Question", { required: true }),
  theme: choice("Theme", "Thème", ["budget", "seance", "urbanisme", "rh", "etat-civil", "autre"], { indexed: true }),
  auteur: text("Auteur", "Auteur"),
  commune: lookup("Commune", "Commune", "communes"),
  poseeLe: dateTime("PoseeLe", "Posée le", { indexed: true }),
  resolue: boolean("Resolue", "Résolue"),
});

export const reponses = defineList("reponses", "Réponses du réseau", "Réponses aux questions du réseau.", {
  resume: text("Title", "Résumé", { required: true }),
  question: lookup("Question", "Question", "questions", { required: true, indexed: true }),
  texte: note("Texte", "Réponse", { required: true }),
  auteur: text("Auteur", "Auteur"),
  reponduLe: dateTime("ReponduLe", "Répondu le"),
  reference: text("Reference", "Référence"),
});

export const echeances = defineList("echeances", "Échéances", "Échéances légales et administratives à tenir.", {
  libelle: text("Title", "Libellé", { required: true }),
  commune: lookup("Commune", "Commune", "communes", { required: true, indexed: true }),
  due: dateTime("Echeance", "Échéance", { required: true, indexed: true }),
  categorie: choice("Categorie", "Catégorie", ["budget", "seance", "urbanisme", "rh", "fiscalite", "autre"], { required: true }),
  reference: text("Reference", "Référence"),
  faite: boolean("Faite", "Faite"),
});

/** In creation order: a list comes after the lists its lookups point to. */
export const LISTS = [communes, membres, seances, points, avis, clauses, clauseVersions, questions, reponses, echeances] as const;

export type AnyList = (typeof LISTS)[number];
export type ListKey = AnyList["key"];
