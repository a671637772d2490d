import { boolean, choice, dateTime, lookup, note, number, text } from "./columns";
import { defineList } from "./define-list";
import { CONVOCATION_MODES } from "@shared/domain/council/schema";
import { FUNDER_KINDS } from "@shared/domain/subsidies/plan";
import { PUBLICATION_MODES } from "@shared/domain/commune/profile";
import { BUDGET_DOCUMENTS } from "@shared/domain/calendar";
import { ACT_NATURES } from "@shared/domain/common/executoire";

/** The @CTES nature codes as SharePoint choices (a choice column holds text). */
export const NATURE_CHOICES = ["1", "2", "3", "4", "5", "6"] as const;

/** Every SharePoint list of the suite. Internal column names are stable: renaming one is a migration. */

/** The articles of COMMUNE_ARTICLES but the empty one, which SharePoint cannot offer as a choice. */
export const COMMUNE_ARTICLE_CHOICES = ["le", "la", "les", "l'"] as const;

export const communes = defineList("communes", "Communes", "Communes servies par le secrétariat.", {
  nom: text("Title", "Nom", { required: true }),
  codeInsee: text("CodeInsee", "Code INSEE", { indexed: true }),
  population: number("Population", "Population municipale"),
  departement: text("Departement", "Département"),
  // The commune profile (shared/domain/commune/profile.ts): the name above is written in full, « Les Essarts-le-Bas »,
  // and this column says which of its words is the article that contracts with « de » and « à ». SharePoint refuses
  // an empty choice: no article is an empty column.
  article: choice("Article", "Article du nom", COMMUNE_ARTICLE_CHOICES),
  // Empty: the effectif of L2121-2 for the population; filled when the council has another size (fusion, vacancies).
  effectifLegal: number("EffectifLegal", "Effectif légal du conseil"),
  // Empty: the tribunal of the département (shared/domain/commune/tribunaux-administratifs.ts).
  tribunal: text("TribunalAdministratif", "Tribunal administratif"),
  publication: choice("ModePublication", "Mode de publication des actes (L2131-1)", PUBLICATION_MODES),
  // One line of the letterhead per line: address, telephone, e-mail.
  enTete: note("EnTete", "En-tête des courriers"),
});

export const ROLES = ["secretaire", "elu", "referent"] as const;
export const GENRES = ["f", "m"] as const;
/** The seat an élu holds: the profile's maire and adjoints come from here, in the order of their rang. */
export const MANDATS = ["maire", "adjoint", "conseiller-delegue", "conseiller"] as const;

export const membres = defineList("membres", "Membres", "Qui sert quelle commune, et à quel titre.", {
  nom: text("Title", "Nom", { required: true }),
  email: text("Courriel", "Courriel", { indexed: true }),
  // The person's Entra object id (the token's `oid`), recorded at their first sign-in: stable when the mail or the UPN
  // changes, and the same for a guest, whose UPN (x_domaine#EXT#@locataire) is not their mail.
  oid: text("IdEntra", "Identifiant Microsoft Entra", { indexed: true }),
  role: choice("Role", "Rôle", ROLES, { required: true }),
  // The qualité as the commune writes it: « Maire », « Première adjointe », « Secrétaire générale de mairie ».
  fonction: text("Fonction", "Fonction"),
  commune: lookup("Commune", "Commune", "communes", { required: true, indexed: true }),
  // The name above is written in full (« Claire Dubois »); the prénom tells where the family name starts.
  prenom: text("Prenom", "Prénom"),
  genre: choice("Genre", "Genre", GENRES),
  mandat: choice("Mandat", "Mandat", MANDATS),
  rang: number("RangAdjoint", "Rang d'adjoint"),
  delegation: text("Delegation", "Délégation"),
});

export const seances = defineList("seances", "Séances", "Séances du conseil municipal.", {
  titre: text("Title", "Intitulé", { required: true }),
  commune: lookup("Commune", "Commune", "communes", { required: true, indexed: true }),
  date: dateTime("DateSeance", "Date de la séance", { required: true, indexed: true }),
  lieu: text("Lieu", "Lieu"),
  statut: choice("Statut", "Statut", ["preparation", "convoquee", "tenue", "close"], { required: true }),
  convocationLe: dateTime("ConvocationLe", "Convocation envoyée le"),
  invitationId: text("InvitationOutlook", "Invitation Outlook (id de l'événement)"),
  modeConvocation: choice("ModeConvocation", "Mode de convocation", CONVOCATION_MODES),
  urgence: boolean("Urgence", "Convoquée en urgence"),
  // Recorded in the room, so that another device and the élus see the same séance.
  secretaireSeance: lookup("SecretaireSeance", "Secrétaire de séance", "membres"),
  listePublieeLe: dateTime("ListePublieeLe", "Liste des délibérations publiée le"),
  pvArreteLe: dateTime("PvArreteLe", "Procès-verbal arrêté le"),
});

export const points = defineList("points", "Ordre du jour", "Points de l'ordre du jour d'une séance.", {
  titre: text("Title", "Objet", { required: true }),
  seance: lookup("Seance", "Séance", "seances", { required: true, indexed: true }),
  numero: number("Numero", "Numéro", { required: true }),
  rapporteur: text("Rapporteur", "Rapporteur"),
  nature: choice("Nature", "Nature", ["deliberation", "information", "question"], { required: true }),
  expose: note("Expose", "Exposé"),
  pour: number("Pour", "Voix pour"),
  contre: number("Contre", "Voix contre"),
  abstentions: number("Abstentions", "Abstentions"),
  // Multi-line text: a SharePoint document link easily passes the 255 characters of a single line.
  projetActe: note("ProjetActe", "Lien vers le projet d'acte"),
});

export const PRESENCES = ["present", "absent"] as const;

/** One item per séance and élu: who was there, and to whom an absent élu gave a proxy. */
export const presences = defineList("presences", "Présences", "Présence et procurations des élus à chaque séance.", {
  titre: text("Title", "Élu", { required: true }),
  // Indexed so that one filtered request loads the attendance of a séance, whatever the size of the council.
  seance: lookup("Seance", "Séance", "seances", { required: true, indexed: true }),
  membre: lookup("Membre", "Élu", "membres", { required: true }),
  presence: choice("Presence", "Présence", PRESENCES, { required: true }),
  mandataire: lookup("Mandataire", "Procuration donnée à", "membres"),
  // The live séance: `presence` is the opening's; an arrival or a departure is tied to the point whose discussion it
  // precedes, so that the quorum of each point (L2121-17) can be told. Empty on items recorded before these columns.
  arrivee: lookup("ArriveeAvantPoint", "Arrivé(e) avant le point", "points"),
  depart: lookup("DepartAvantPoint", "Parti(e) avant le point", "points"),
  // Ids of the points the élu does not take part in (intéressé), separated by « ; »: one item per élu keeps the
  // attendance of a séance in one list, written in one batch.
  sansPart: note("PointsSansPart", "Ne prend pas part aux points"),
  // Every arrival and departure, in the order noted, since an élu may come and go several times, a departure with
  // the pouvoir handed to a colleague (L2121-20): « depart <point id> pouvoir <élu id> ; arrivee <point id> ».
  // Items noted before it keep their one arrival and one departure in the two lookups above, still read.
  mouvements: note("Mouvements", "Arrivées, départs et pouvoirs pendant la séance"),
});

/**
 * The élu's answer on a point. The first lists had only `position` (three values, required): it is still written,
 * a défavorable avis as « reserve » there, so that a reader of that column never takes it for an agreement.
 */
export const AVIS_CHOICES = ["favorable", "defavorable", "reserve", "question"] as const;

export const avis = defineList("avis", "Avis des élus", "Avis des élus sur les points avant la séance.", {
  titre: text("Title", "Résumé", { required: true }),
  // The séance is repeated on each avis so that one filtered request loads all the avis of a séance.
  seance: lookup("Seance", "Séance", "seances", { required: true, indexed: true }),
  point: lookup("Point", "Point", "points", { required: true, indexed: true }),
  membre: lookup("Membre", "Élu", "membres", { required: true }),
  position: choice("Position", "Position", ["favorable", "reserve", "question"], { required: true }),
  commentaire: note("Commentaire", "Commentaire"),
  // The version of the point's projet the élu had in view when giving the avis: its cTag (changes with the content
  // only), SharePoint's version label and its last modification. Empty on avis given before these columns existed,
  // or with no document: « version inconnue ».
  documentEmpreinte: text("EmpreinteDocument", "Empreinte du document lu"),
  documentVersion: text("VersionDocument", "Version du document lu"),
  documentModifieLe: dateTime("DocumentModifieLe", "Document lu, modifié le"),
  // Empty on avis given before it existed: `position` is then the answer.
  choix: choice("Avis", "Avis", AVIS_CHOICES),
});

/**
 * « Ouvert » events: an élu clicked « Ouvrir dans Word » on a point's document in the tab. Graph does not say who
 * opened which version of a file (driveItem `activities` is beta and not on every tenant, `analytics` counts
 * viewers without versions), so the suite records what happens in its own tab, one item per élu, point and version.
 */
export const ouvertures = defineList(
  "ouvertures",
  "Documents ouverts",
  "Quel élu a ouvert quelle version du projet d'un point, depuis l'onglet.",
  {
    titre: text("Title", "Résumé", { required: true }),
    seance: lookup("Seance", "Séance", "seances", { required: true, indexed: true }),
    point: lookup("Point", "Point", "points", { required: true, indexed: true }),
    membre: lookup("Membre", "Élu", "membres", { required: true }),
    fichier: text("Fichier", "Fichier (identifiant dans la bibliothèque)", { required: true }),
    documentEmpreinte: text("EmpreinteDocument", "Empreinte du document ouvert", { required: true }),
    documentVersion: text("VersionDocument", "Version du document ouvert"),
    documentModifieLe: dateTime("DocumentModifieLe", "Document ouvert, modifié le"),
    ouvertLe: dateTime("OuvertLe", "Ouvert le", { required: true }),
  },
);

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
  // Written by earlier versions of the suite, by anyone who could edit the list: never read as a validation now.
  valideeLe: dateTime("ValideeLe", "Validée le (ancienne colonne)"),
  valideePar: text("ValideePar", "Validée par (ancienne colonne)"),
  // Empty means "proposée" until a référent's validation item exists; brouillon and retirée are set by hand.
  statut: choice("Statut", "Statut", CLAUSE_STATUTS),
});

export const VALIDATION_DECISIONS = ["validee", "retiree"] as const;

/**
 * A référent's decision on one version of a clause. The list has unique permissions (only référents create items,
 * each edits only their own): the validator is the item's `createdBy` and the date its `createdDateTime`, which no
 * contributor can write. The text validated is copied, so that a version edited since is no longer validated.
 */
export const validationsClauses = defineList(
  "validationsClauses",
  "Validations de clauses",
  "Décisions des référents du réseau sur les versions des clauses (seuls les référents y écrivent).",
  {
    titre: text("Title", "Objet", { required: true }),
    // A network clause, or the item that stands for a catalog clause (Catégorie « catalogue:<id> »).
    clause: lookup("Clause", "Clause", "clauses", { required: true, indexed: true }),
    version: number("Version", "Version", { required: true }),
    texte: note("Texte", "Texte validé", { required: true }),
    decision: choice("Decision", "Décision", VALIDATION_DECISIONS, { required: true }),
  },
);

export const questions = defineList(
  "questions",
  "Questions du réseau",
  "Questions posées entre secrétaires de mairie.",
  {
    sujet: text("Title", "Sujet", { required: true }),
    texte: note("Texte", "Question", { required: true }),
    theme: choice("Theme", "Thème", ["budget", "seance", "urbanisme", "rh", "etat-civil", "autre"], { indexed: true }),
    auteur: text("Auteur", "Auteur"),
    commune: lookup("Commune", "Commune", "communes"),
    poseeLe: dateTime("PoseeLe", "Posée le", { indexed: true }),
    resolue: boolean("Resolue", "Résolue"),
  },
);

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
  categorie: choice("Categorie", "Catégorie", ["budget", "seance", "urbanisme", "rh", "fiscalite", "autre"], {
    required: true,
  }),
  reference: text("Reference", "Référence"),
  faite: boolean("Faite", "Faite"),
  // Set with `faite` from the cockpit: when it was done, for the record.
  faiteLe: dateTime("FaiteLe", "Faite le"),
});

export const actes = defineList("actes", "Actes", "Délibérations et arrêtés, jusqu'à ce qu'ils soient exécutoires.", {
  objet: text("Title", "Objet", { required: true }),
  type: choice("TypeActe", "Type d'acte", ["deliberation", "arrete"], { required: true }),
  numero: text("Numero", "Numéro"),
  commune: lookup("Commune", "Commune", "communes", { required: true, indexed: true }),
  seance: lookup("Seance", "Séance", "seances", { indexed: true }),
  date: dateTime("DateActe", "Date de l'acte", { required: true, indexed: true }),
  // Some acts are not transmissible (L2131-2: droits de voirie, avancement de grade…): no reminder for them.
  sansTransmission: boolean("SansTransmission", "Non transmissible au préfet"),
  transmisLe: dateTime("TransmisLe", "Transmis au contrôle de légalité le"),
  publieLe: dateTime("PublieLe", "Publié ou notifié le"),
  // Issue 14: the record the @CTES envelope is built from (shared/domain/transmission), filled from the projet on.
  point: lookup("Point", "Point de l'ordre du jour", "points", { indexed: true }),
  natureActes: choice("NatureActes", "Nature @CTES", NATURE_CHOICES),
  // « 7.1 »: a sous-matière of the prefecture's nomenclature (TDT-CLASSIFICATION).
  classification: text("Classification", "Classification (matière et sous-matière)"),
  portee: choice("Portee", "Portée (publiée ou notifiée)", ACT_NATURES),
  // Multi-line text: a SharePoint document link easily passes the 255 characters of a single line.
  documentActe: note("DocumentActe", "Lien vers l'acte"),
  // One link a line: the annexes sent with the act.
  annexes: note("Annexes", "Annexes (un lien par ligne)"),
  documentBudgetaire: choice("DocumentBudgetaire", "Document budgétaire", BUDGET_DOCUMENTS),
  exercice: number("Exercice", "Exercice budgétaire"),
  arId: text("AccuseReception", "Identifiant de l'accusé de réception"),
  arLe: dateTime("AccuseReceptionLe", "Accusé de réception du"),
  // Affichage: the act stays posted at least two months; the day it was taken down, for the record.
  publicationRetireeLe: dateTime("PublicationRetireeLe", "Retiré de l'affichage le"),
  // Électronique: the publication page in the « Publications » library.
  pagePublication: note("PagePublication", "Page de publication"),
  observationsLe: dateTime("ObservationsLe", "Lettre d'observations du préfet reçue le"),
  reponseObservationsLe: dateTime("ReponseObservationsLe", "Réponse à la lettre d'observations le"),
});

export const SUBVENTION_STATUTS = ["a-deposer", "depose", "accorde", "refuse"] as const;

export const subventions = defineList(
  "subventions",
  "Subventions",
  "Dossiers de demande de subvention et leurs dates limites.",
  {
    dossier: text("Title", "Dossier", { required: true }),
    commune: lookup("Commune", "Commune", "communes", { required: true, indexed: true }),
    financeur: choice("Financeur", "Financeur", FUNDER_KINDS, { required: true }),
    dateLimite: dateTime("DateLimiteDepot", "Date limite de dépôt", { indexed: true }),
    commencement: dateTime("DateCommencement", "Date de commencement prévue"),
    statut: choice("Statut", "Statut", SUBVENTION_STATUTS, { required: true }),
    montant: number("MontantSollicite", "Montant sollicité (€)"),
    // Set with the statut « déposé » from the cockpit: the funder's acknowledgement starts from it.
    deposeLe: dateTime("DeposeLe", "Déposé le"),
  },
);

/** In creation order: a list comes after the lists its lookups point to. */
export const LISTS = [
  communes,
  membres,
  seances,
  points,
  presences,
  avis,
  ouvertures,
  clauses,
  clauseVersions,
  validationsClauses,
  questions,
  reponses,
  echeances,
  actes,
  subventions,
] as const;

export type AnyList = (typeof LISTS)[number];
export type ListKey = AnyList["key"];
