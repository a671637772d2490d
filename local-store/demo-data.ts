import type {
  actes,
  avis,
  communes,
  DraftOf,
  echeances,
  membres,
  ouvertures,
  points,
  presences,
  questions,
  reponses,
  seances,
  clauses,
  clauseVersions,
  subventions,
  validationsClauses,
} from "@shared/data/schema";

/** Days from the seeding date, as an ISO date-time at 18:00 UTC (evening council meetings). */
export type At = (days: number) => string;

/** A fictitious secretary who serves two small communes of Maine-et-Loire. Lookup ids follow creation order. */
export const demoCommunes: DraftOf<typeof communes>[] = [
  {
    nom: "Saint-Aubin-sur-Loire",
    codeInsee: "49901",
    population: 842,
    departement: "49",
    publication: "affichage",
    enTete:
      "Mairie de Saint-Aubin-sur-Loire\n2 place de l'Église, 49170 Saint-Aubin-sur-Loire\nmairie@saint-aubin-sur-loire.example",
  },
  {
    nom: "Les Essarts-le-Bas",
    article: "les",
    codeInsee: "49902",
    population: 1210,
    departement: "49",
    publication: "electronique",
    enTete: "Mairie des Essarts-le-Bas\n1 rue du Lavoir, 49170 Les Essarts-le-Bas\nmairie@les-essarts-le-bas.example",
  },
];

// Everyone has the e-mail of their account: it is how Teams and the embedded store tell who is signed in, so Claire
// Moreau's two entries carry the same one.
export const demoMembres: DraftOf<typeof membres>[] = [
  {
    nom: "Claire Moreau",
    email: "secretariat@saint-aubin-sur-loire.example",
    role: "secretaire",
    fonction: "Secrétaire générale de mairie",
    commune: "1",
  },
  {
    nom: "Claire Moreau",
    email: "secretariat@saint-aubin-sur-loire.example",
    role: "secretaire",
    fonction: "Secrétaire générale de mairie",
    commune: "2",
  },
  {
    nom: "Claire Dubois",
    prenom: "Claire",
    email: "maire@saint-aubin-sur-loire.example",
    role: "elu",
    fonction: "Maire",
    commune: "1",
    genre: "f",
    mandat: "maire",
  },
  {
    nom: "Sophie Garnier",
    email: "s.garnier@saint-aubin-sur-loire.example",
    role: "elu",
    fonction: "Première adjointe",
    commune: "1",
    genre: "f",
    mandat: "adjoint",
    rang: 1,
    delegation: "finances",
  },
  {
    nom: "Michel Rousseau",
    email: "m.rousseau@saint-aubin-sur-loire.example",
    role: "elu",
    fonction: "Deuxième adjoint",
    commune: "1",
    genre: "m",
    mandat: "adjoint",
    rang: 2,
    delegation: "travaux",
  },
  {
    nom: "Nadia Benali",
    email: "n.benali@saint-aubin-sur-loire.example",
    role: "elu",
    fonction: "Conseillère municipale",
    commune: "1",
    genre: "f",
    mandat: "conseiller",
  },
  {
    nom: "Paul Durand",
    email: "p.durand@cdg49.example",
    role: "referent",
    fonction: "Référent réseau des secrétaires",
    commune: "1",
  },
  {
    nom: "Hélène Brochard",
    prenom: "Hélène",
    email: "maire@les-essarts-le-bas.example",
    role: "elu",
    fonction: "Maire",
    commune: "2",
    genre: "f",
    mandat: "maire",
  },
  // The rest of each council (15 seats at 842 and at 1 210 inhabitants, CGCT L2121-2): quorum, convocation and votes
  // count every councillor, not only those who use the tab. Appended, so that the ids above stay as they are.
  {
    nom: "Bernard Lefort",
    email: "b.lefort@saint-aubin-sur-loire.example",
    role: "elu",
    fonction: "Conseiller municipal",
    commune: "1",
    genre: "m",
    mandat: "conseiller",
  },
  {
    nom: "Martine Caillaud",
    email: "m.caillaud@saint-aubin-sur-loire.example",
    role: "elu",
    fonction: "Conseillère municipale",
    commune: "1",
    genre: "f",
    mandat: "conseiller",
  },
  {
    nom: "Yves Pineau",
    email: "y.pineau@saint-aubin-sur-loire.example",
    role: "elu",
    fonction: "Conseiller municipal",
    commune: "1",
    genre: "m",
    mandat: "conseiller",
  },
  {
    nom: "Isabelle Ménard",
    email: "i.menard@saint-aubin-sur-loire.example",
    role: "elu",
    fonction: "Conseillère municipale",
    commune: "1",
    genre: "f",
    mandat: "conseiller",
  },
  {
    nom: "Thierry Bouvet",
    email: "t.bouvet@saint-aubin-sur-loire.example",
    role: "elu",
    fonction: "Conseiller municipal",
    commune: "1",
    genre: "m",
    mandat: "conseiller",
  },
  {
    nom: "Catherine Gaudin",
    email: "c.gaudin@saint-aubin-sur-loire.example",
    role: "elu",
    fonction: "Conseillère municipale",
    commune: "1",
    genre: "f",
    mandat: "conseiller",
  },
  {
    nom: "Olivier Chupin",
    email: "o.chupin@saint-aubin-sur-loire.example",
    role: "elu",
    fonction: "Conseiller municipal",
    commune: "1",
    genre: "m",
    mandat: "conseiller",
  },
  {
    nom: "Sandrine Rabin",
    email: "s.rabin@saint-aubin-sur-loire.example",
    role: "elu",
    fonction: "Conseillère municipale",
    commune: "1",
    genre: "f",
    mandat: "conseiller",
  },
  {
    nom: "Gérard Tessier",
    email: "g.tessier@saint-aubin-sur-loire.example",
    role: "elu",
    fonction: "Conseiller municipal",
    commune: "1",
    genre: "m",
    mandat: "conseiller",
  },
  {
    nom: "Émilie Hardy",
    email: "e.hardy@saint-aubin-sur-loire.example",
    role: "elu",
    fonction: "Conseillère municipale",
    commune: "1",
    genre: "f",
    mandat: "conseiller",
  },
  {
    nom: "Patrick Blanchard",
    email: "p.blanchard@saint-aubin-sur-loire.example",
    role: "elu",
    fonction: "Conseiller municipal",
    commune: "1",
    genre: "m",
    mandat: "conseiller",
  },
  {
    nom: "Alain Guérin",
    email: "a.guerin@les-essarts-le-bas.example",
    role: "elu",
    fonction: "Premier adjoint",
    commune: "2",
    genre: "m",
    mandat: "adjoint",
    rang: 1,
    delegation: "urbanisme",
  },
  {
    nom: "Nathalie Coutant",
    email: "n.coutant@les-essarts-le-bas.example",
    role: "elu",
    fonction: "Conseillère municipale",
    commune: "2",
    genre: "f",
    mandat: "conseiller",
  },
  {
    nom: "Didier Raimbault",
    email: "d.raimbault@les-essarts-le-bas.example",
    role: "elu",
    fonction: "Conseiller municipal",
    commune: "2",
    genre: "m",
    mandat: "conseiller",
  },
  {
    nom: "Françoise Pasquier",
    email: "f.pasquier@les-essarts-le-bas.example",
    role: "elu",
    fonction: "Conseillère municipale",
    commune: "2",
    genre: "f",
    mandat: "conseiller",
  },
  {
    nom: "Stéphane Leroux",
    email: "s.leroux@les-essarts-le-bas.example",
    role: "elu",
    fonction: "Conseiller municipal",
    commune: "2",
    genre: "m",
    mandat: "conseiller",
  },
  {
    nom: "Véronique Chauvin",
    email: "v.chauvin@les-essarts-le-bas.example",
    role: "elu",
    fonction: "Conseillère municipale",
    commune: "2",
    genre: "f",
    mandat: "conseiller",
  },
  {
    nom: "Jacques Boisseau",
    email: "j.boisseau@les-essarts-le-bas.example",
    role: "elu",
    fonction: "Conseiller municipal",
    commune: "2",
    genre: "m",
    mandat: "conseiller",
  },
  {
    nom: "Laurence Gohier",
    email: "l.gohier@les-essarts-le-bas.example",
    role: "elu",
    fonction: "Conseillère municipale",
    commune: "2",
    genre: "f",
    mandat: "conseiller",
  },
  {
    nom: "Christophe Landais",
    email: "c.landais@les-essarts-le-bas.example",
    role: "elu",
    fonction: "Conseiller municipal",
    commune: "2",
    genre: "m",
    mandat: "conseiller",
  },
  {
    nom: "Monique Vaillant",
    email: "m.vaillant@les-essarts-le-bas.example",
    role: "elu",
    fonction: "Conseillère municipale",
    commune: "2",
    genre: "f",
    mandat: "conseiller",
  },
  {
    nom: "Fabrice Jamin",
    email: "f.jamin@les-essarts-le-bas.example",
    role: "elu",
    fonction: "Conseiller municipal",
    commune: "2",
    genre: "m",
    mandat: "conseiller",
  },
  {
    nom: "Sylvie Moreau-Retif",
    email: "s.moreau-retif@les-essarts-le-bas.example",
    role: "elu",
    fonction: "Conseillère municipale",
    commune: "2",
    genre: "f",
    mandat: "conseiller",
  },
  {
    nom: "Éric Poirier",
    email: "e.poirier@les-essarts-le-bas.example",
    role: "elu",
    fonction: "Conseiller municipal",
    commune: "2",
    genre: "m",
    mandat: "conseiller",
  },
  {
    nom: "Chantal Audouin",
    email: "c.audouin@les-essarts-le-bas.example",
    role: "elu",
    fonction: "Conseillère municipale",
    commune: "2",
    genre: "f",
    mandat: "conseiller",
  },
];

export const demoSeances = (at: At): DraftOf<typeof seances>[] => [
  { titre: "Conseil municipal", commune: "1", date: at(12), lieu: "Salle du conseil, mairie", statut: "preparation" },
  {
    titre: "Conseil municipal",
    commune: "1",
    date: at(-44),
    lieu: "Salle du conseil, mairie",
    statut: "close",
    convocationLe: at(-50),
    modeConvocation: "dematerialisee",
    secretaireSeance: "4",
    listePublieeLe: at(-41),
  },
  { titre: "Conseil municipal", commune: "2", date: at(26), lieu: "Salle des fêtes", statut: "preparation" },
];

export const demoPoints: DraftOf<typeof points>[] = [
  {
    titre: "Approbation du procès-verbal de la séance précédente",
    seance: "1",
    numero: 1,
    nature: "deliberation",
    rapporteur: "Claire Dubois",
  },
  {
    titre: "Décision modificative n° 1 du budget principal",
    seance: "1",
    numero: 2,
    nature: "deliberation",
    rapporteur: "Sophie Garnier",
    expose: "Ajustement des crédits de la section d'investissement après notification de la DETR.",
    projetActe: "https://saint-aubin-sur-loire.example/projets/decision-modificative-1.docx",
  },
  {
    titre: "Demande de subvention DETR : rénovation énergétique de l'école",
    seance: "1",
    numero: 3,
    nature: "deliberation",
    rapporteur: "Michel Rousseau",
  },
  {
    titre: "Tarifs de la restauration scolaire à la rentrée",
    seance: "1",
    numero: 4,
    nature: "deliberation",
    rapporteur: "Sophie Garnier",
  },
  {
    titre: "Convention de mise à disposition de la salle des fêtes",
    seance: "1",
    numero: 5,
    nature: "deliberation",
    rapporteur: "Claire Dubois",
  },
  {
    titre: "Création d'un poste d'adjoint technique à temps non complet",
    seance: "1",
    numero: 6,
    nature: "deliberation",
    rapporteur: "Claire Dubois",
  },
  {
    titre: "Compte rendu des décisions prises par délégation (art. L2122-23 CGCT)",
    seance: "1",
    numero: 7,
    nature: "information",
    rapporteur: "Claire Dubois",
  },
  { titre: "Questions diverses", seance: "1", numero: 8, nature: "question" },
  {
    titre: "Admission en non-valeur de créances irrécouvrables",
    seance: "2",
    numero: 1,
    nature: "deliberation",
    rapporteur: "Sophie Garnier",
    pour: 4,
    contre: 0,
    abstentions: 0,
  },
  {
    titre: "Tarifs de location de la salle des fêtes",
    seance: "2",
    numero: 2,
    nature: "deliberation",
    rapporteur: "Claire Dubois",
    pour: 3,
    contre: 0,
    abstentions: 1,
  },
];

/** The séance held 44 days ago: three élus present, Nadia Benali represented by Sophie Garnier. */
export const demoPresences: DraftOf<typeof presences>[] = [
  { titre: "Claire Dubois", seance: "2", membre: "3", presence: "present" },
  { titre: "Sophie Garnier", seance: "2", membre: "4", presence: "present" },
  { titre: "Michel Rousseau", seance: "2", membre: "5", presence: "present" },
  { titre: "Nadia Benali", seance: "2", membre: "6", presence: "absent", mandataire: "4" },
];

export const demoAvis: DraftOf<typeof avis>[] = [
  { titre: "D'accord", seance: "1", point: "2", membre: "4", position: "favorable" },
  {
    titre: "Montant à préciser",
    seance: "1",
    point: "3",
    membre: "6",
    position: "reserve",
    commentaire: "Le devis de l'isolation date de l'an dernier : est-il encore valable ?",
  },
  {
    titre: "Quelle hausse ?",
    seance: "1",
    point: "4",
    membre: "6",
    position: "question",
    commentaire: "Quelle hausse par repas pour les familles ?",
  },
  { titre: "D'accord", seance: "1", point: "3", membre: "5", position: "favorable" },
  {
    titre: "Caution",
    seance: "1",
    point: "5",
    membre: "5",
    position: "reserve",
    commentaire: "Prévoir une caution pour les associations extérieures.",
  },
];

/**
 * Sophie Garnier opened the projet of point 2 from the tab before giving her avis; the library of a new store is
 * empty, so the file it names is not there any more (the secretary's view shows the version recorded).
 */
export const demoOuvertures = (at: At): DraftOf<typeof ouvertures>[] => [
  {
    titre: "Sophie Garnier — point 2 — version 1.0",
    seance: "1",
    point: "2",
    membre: "4",
    fichier: "01DEMONSTRATION",
    documentEmpreinte: '"c:{00000000-0000-0000-0000-000000000001},1"',
    documentVersion: "1.0",
    documentModifieLe: at(-3),
    ouvertLe: at(-2),
  },
];

export const demoEcheances = (at: At): DraftOf<typeof echeances>[] => [
  // The convocation of each séance is computed by the cockpit from the séance itself: no échéance repeats it.
  {
    libelle: "Réponse au centre de gestion sur le contrat d'assurance statutaire",
    commune: "1",
    due: at(8),
    categorie: "rh",
  },
  {
    libelle: "Transmission de la décision modificative au contrôle de légalité",
    commune: "1",
    due: at(27),
    categorie: "budget",
    reference: "CGCT L2131-1",
  },
  { libelle: "Déclaration annuelle des données sociales", commune: "2", due: at(40), categorie: "rh" },
  {
    libelle: "Affichage du compte rendu de la séance passée",
    commune: "1",
    due: at(-37),
    categorie: "seance",
    faite: true,
  },
];

export const demoQuestions = (at: At): DraftOf<typeof questions>[] => [
  {
    sujet: "Délai de convocation pour une séance extraordinaire ?",
    texte:
      "Le maire veut réunir le conseil en urgence : quel délai minimal pour une commune de moins de 3 500 habitants ?",
    theme: "seance",
    auteur: "Claire Moreau",
    commune: "1",
    poseeLe: at(-3),
  },
  {
    sujet: "Amortissement des subventions d'équipement versées en M57",
    texte: "Sur quelle durée amortissez-vous une subvention versée au syndicat d'eau ?",
    theme: "budget",
    auteur: "Secrétaire d'une commune voisine",
    poseeLe: at(-10),
    resolue: true,
  },
];

export const demoReponses = (at: At): DraftOf<typeof reponses>[] => [
  {
    resume: "Un jour franc en cas d'urgence",
    question: "1",
    texte:
      "En cas d'urgence, le délai peut être abrégé par le maire sans pouvoir être inférieur à un jour franc ; le conseil se prononce sur l'urgence en début de séance.",
    auteur: "Paul Durand",
    reponduLe: at(-2),
    reference: "CGCT L2121-11",
  },
  {
    resume: "Durée fixée par délibération",
    question: "2",
    texte: "La durée d'amortissement est fixée par l'assemblée dans la limite prévue selon la nature du bien financé.",
    auteur: "Paul Durand",
    reponduLe: at(-8),
  },
];

export const demoClauses: DraftOf<typeof clauses>[] = [
  { intitule: "Voies et délais de recours", categorie: "deliberation", versionCourante: 2 },
  { intitule: "Délégation de signature au maire", categorie: "deliberation", versionCourante: 1 },
];

export const demoClauseVersions: DraftOf<typeof clauseVersions>[] = [
  {
    titre: "Recours v1",
    clause: "1",
    version: 1,
    texte:
      "La présente délibération peut faire l'objet d'un recours devant le tribunal administratif dans un délai de deux mois.",
    auteur: "Claire Moreau",
  },
  {
    titre: "Recours v2",
    clause: "1",
    version: 2,
    texte:
      "La présente délibération peut faire l'objet d'un recours pour excès de pouvoir devant le tribunal administratif de Nantes dans un délai de deux mois à compter de sa publication. Le tribunal peut être saisi par l'application Télérecours citoyens (www.telerecours.fr).",
    auteur: "Claire Moreau",
  },
  {
    titre: "Délégation v1",
    clause: "2",
    version: 1,
    texte: "Le conseil municipal autorise le maire à signer toute pièce relative à ce dossier.",
    auteur: "Claire Moreau",
  },
];

/** The référent who validated the demo's clauses: the validations are his items. */
export const DEMO_REFERENT = "p.durand@cdg49.example";

/** Paul Durand's validation of both versions of the recours clause, each on its exact text. */
export const demoValidations: DraftOf<typeof validationsClauses>[] = demoClauseVersions
  .filter((v) => v.clause === "1")
  .map((v) => ({ titre: v.titre, clause: v.clause, version: v.version, texte: v.texte, decision: "validee" }));

/** One act of each state: exécutoire, published but not transmitted, neither, and one the préfet does not receive. */
export const demoActes = (at: At): DraftOf<typeof actes>[] => [
  {
    objet: "Admission en non-valeur de créances irrécouvrables",
    type: "deliberation",
    numero: "2026-012",
    commune: "1",
    seance: "2",
    date: at(-44),
    transmisLe: at(-42),
    publieLe: at(-41),
  },
  {
    objet: "Tarifs de location de la salle des fêtes",
    type: "deliberation",
    numero: "2026-013",
    commune: "1",
    seance: "2",
    date: at(-44),
    publieLe: at(-41),
  },
  {
    objet: "Délégation de fonctions au deuxième adjoint (travaux)",
    type: "arrete",
    numero: "A-2026-007",
    commune: "1",
    date: at(-10),
  },
  {
    objet: "Permission de voirie : échafaudage rue de la Loire",
    type: "arrete",
    numero: "A-2026-008",
    commune: "1",
    date: at(-6),
    sansTransmission: true,
    publieLe: at(-5),
  },
  {
    objet: "Adhésion au service commun d'instruction des autorisations d'urbanisme",
    type: "deliberation",
    numero: "2026-008",
    commune: "2",
    date: at(-20),
    publieLe: at(-18),
  },
];

export const demoSubventions = (at: At): DraftOf<typeof subventions>[] => [
  {
    dossier: "Rénovation énergétique de l'école",
    commune: "1",
    financeur: "detr",
    dateLimite: at(20),
    commencement: at(120),
    statut: "a-deposer",
    montant: 84000,
  },
  {
    dossier: "Réfection de la toiture de l'église",
    commune: "1",
    financeur: "departement",
    dateLimite: at(52),
    statut: "a-deposer",
    montant: 30000,
  },
  {
    dossier: "Aménagement de la traversée du bourg",
    commune: "2",
    financeur: "dsil",
    dateLimite: at(35),
    commencement: at(30),
    statut: "a-deposer",
    montant: 150000,
  },
  {
    dossier: "Aire de jeux du lotissement des Noues",
    commune: "2",
    financeur: "region",
    dateLimite: at(-15),
    statut: "depose",
    montant: 12000,
  },
];
