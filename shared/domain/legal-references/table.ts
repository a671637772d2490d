import type { LegalReference } from "./model";

/** The date of the legal review every entry below comes from (spec/clause-audit-2026-12.md). */
export const REVIEW_DATE = "2026-12-02";

const CODES = {
  CGCT: "code général des collectivités territoriales",
  CGFP: "code général de la fonction publique",
  CJA: "code de justice administrative",
  CGI: "code général des impôts",
  CG3P: "code général de la propriété des personnes publiques",
  CRPA: "code des relations entre le public et l'administration",
  CSP: "code de la santé publique",
  "C. route": "code de la route",
  "C. voirie routière": "code de la voirie routière",
  "C. pénal": "code pénal",
  "C. éducation": "code de l'éducation",
} as const;
type Code = keyof typeof CODES;

const SPEC_TEXTS = "spec/article-texts.md";
const SPEC_REFERENCE = "spec/seance-actes-reference.md";
/** The reviewer's knowledge of the code, without a stored source: the review says so, the table keeps it to check. */
const FROM_MEMORY = "vérifié de mémoire par le relecteur, sans source enregistrée";

interface Read {
  readonly source: string;
  readonly inForceFrom?: string;
  readonly inForceTo?: string;
  readonly note?: string;
}

/** An article read in a stored source. */
function verified(code: Code, article: string, read: Read): LegalReference {
  return {
    key: `${code} ${article}`,
    text: CODES[code],
    article: articleLabel(article),
    checkedOn: REVIEW_DATE,
    status: "verified",
    ...read,
  };
}

/** An article the review judged without a stored source, or whose use it doubted. */
function toCheck(code: Code, article: string, note: string = FROM_MEMORY, read: Partial<Read> = {}): LegalReference {
  return {
    key: `${code} ${article}`,
    text: CODES[code],
    article: articleLabel(article),
    source: read.source ?? "spec/clause-audit-2026-12.md",
    checkedOn: REVIEW_DATE,
    status: "unverified",
    note,
    ...(read.inForceFrom ? { inForceFrom: read.inForceFrom } : {}),
    ...(read.inForceTo ? { inForceTo: read.inForceTo } : {}),
  };
}

/** « L2121-29 » → « L. 2121-29 »; « 1636 B sexies » unchanged. */
function articleLabel(article: string): string {
  return article.replace(/^([LRD])(\d)/, "$1. $2");
}

/** A text cited as a whole (décret, ordonnance, instruction). */
function text(key: string, status: LegalReference["status"], read: Read): LegalReference {
  return { key, text: key, checkedOn: REVIEW_DATE, status, ...read };
}

/** The reform of the publicity of acts (ordonnance 2021-1310, décret 2021-1311), in force on 1 July 2022. */
const REFORM_2022 = "2022-07-01";
/** The CGFP (ordonnance 2021-1574), in force on 1 March 2022. */
const CGFP_START = "2022-03-01";

export const REFERENCE_TABLE: readonly LegalReference[] = [
  // Visas, recours and exécutoire
  verified("CGCT", "L2121-29", { source: `${SPEC_TEXTS} (D.1) ; https://www.collectivites-locales.gouv.fr` }),
  verified("CJA", "R421-1", { source: `${SPEC_TEXTS} §1` }),
  verified("CJA", "R421-5", { source: `${SPEC_TEXTS} §1` }),
  toCheck("CJA", "R421-7"),
  verified("CGCT", "L2131-1", {
    source: "https://www.legifrance.gouv.fr (JORF, ordonnance n° 2021-1310, art. 6)",
    note: "rédaction issue de l'ordonnance n° 2021-1310 (I à IV)",
  }),
  verified("CGCT", "L2131-2", { source: `${SPEC_TEXTS} §2 ; https://www.codes-et-lois.fr` }),
  verified("CGCT", "L2131-3", {
    source: "https://www.juriblio.fr (historique des versions) ; https://www.doctrine.fr",
    inForceTo: "2022-06-30",
    note: "abrogé le 1er juillet 2022 par l'ordonnance n° 2021-1310 ; citer L. 2131-1 I et L. 2131-2 1° a) / b)",
  }),
  verified("CGCT", "R2121-9", { source: `${SPEC_TEXTS} §2` }),
  verified("CGCT", "R2122-7", { source: `${SPEC_TEXTS} §2` }),
  verified("CRPA", "L212-1", { source: `${SPEC_REFERENCE} (D.1)` }),
  verified("CGCT", "L2122-28", { source: `${SPEC_TEXTS} §1` }),
  toCheck("CGCT", "L2122-27", "vise le maire agent de l'État, non l'exécution d'un arrêté municipal"),
  toCheck("CGCT", "L2122-21"),
  verified("CGCT", "L2122-18", {
    source: "https://www.maisondescommunes85.fr ; https://www.weka.fr ; https://www.notaires.fr",
    note: "rédaction issue de la loi n° 2019-1461, art. 30 (adjoints et conseillers municipaux)",
  }),
  // Séance
  ...[
    "L2121-7",
    "L2121-10",
    "L2121-11",
    "L2121-12",
    "L2121-14",
    "L2121-15",
    "L2121-17",
    "L2121-18",
    "L2121-20",
    "L2121-21",
  ].map((article) => verified("CGCT", article, { source: `${SPEC_TEXTS} §1 et §2` })),
  toCheck("CGCT", "L2121-13", "droit d'information des conseillers, fondement lâche de l'exposé du rapporteur"),
  toCheck("CGCT", "L2121-22"),
  verified("CGCT", "L2131-11", { source: `${SPEC_TEXTS} §2` }),
  // Budget, fiscalité, subventions, conventions
  toCheck("CGCT", "L1612-1"),
  verified("CGCT", "L1612-2", {
    source: "https://www.french-business-law.com ; https://www.castelnau-le-lez.fr ; https://www.legibase.fr",
    note: "15 avril, 30 avril l'année du renouvellement des conseils, quinze jours après la communication tardive des informations fiscales",
  }),
  toCheck("CGCT", "L1612-4"),
  toCheck("CGCT", "L1612-11"),
  toCheck("CGCT", "L2311-1"),
  verified("CGCT", "L2312-1", { source: `${SPEC_TEXTS} §1` }),
  toCheck("CGCT", "L2312-2"),
  toCheck("CGCT", "L2311-7"),
  toCheck("CGCT", "L1611-4"),
  toCheck("CGCT", "L1111-10"),
  toCheck("CGCT", "L2334-32"),
  toCheck("CGCT", "L2334-42"),
  toCheck("CGCT", "R1617-1"),
  text("Instruction budgétaire et comptable M57", "verified", {
    source: "https://www.villedugosier.fr (fongibilité des crédits, 7,5 %)",
    note: "généralisée au 1er janvier 2024 ; ne vaut pas pour les budgets annexes M4x",
  }),
  toCheck("CGI", "1636 B sexies"),
  toCheck("CGI", "1639 A"),
  text("Loi n° 2019-1479 du 28 décembre 2019, art. 16", "unverified", {
    source: "spec/clause-audit-2026-12.md",
    note: FROM_MEMORY,
  }),
  ...["art. 10", "art. 10-1", "art. 9-1, 10 et 10-1"].map((article) =>
    text(`Loi n° 2000-321 du 12 avril 2000, ${article}`, "unverified", {
      source: "spec/clause-audit-2026-12.md",
      note: FROM_MEMORY,
    }),
  ),
  // Personnel and élus
  verified("CGFP", "L313-1", { source: "https://www.doctrine.fr ; https://www.cdg14.fr", inForceFrom: CGFP_START }),
  verified("CGFP", "L332-8", {
    source: "https://www.doctrine.fr (rédaction de la loi n° 2023-1380)",
    inForceFrom: CGFP_START,
    note: "cas 1° à 6° ; 3° : communes de moins de 1 000 habitants ; 5° : emplois à moins de 50 % du temps complet",
  }),
  verified("CGFP", "L332-23", { source: "note d'un centre de gestion (123dok)", inForceFrom: CGFP_START }),
  text("Décret n° 91-298 du 20 mars 1991", "verified", { source: "circulaire de la DGCL (fdocuments.fr)" }),
  text("Décret n° 88-145 du 15 février 1988", "verified", { source: "circulaire de la DGCL (fdocuments.fr)" }),
  text("Décret portant statut particulier du cadre d'emplois", "unverified", {
    source: "saisi par la commune",
    note: "numéro et date du décret saisis dans l'acte : à vérifier sur Légifrance",
  }),
  verified("CGCT", "L2123-20", { source: "https://www.cdg14.fr" }),
  verified("CGCT", "L2123-20-1", { source: `${SPEC_TEXTS} §1 ; https://www.cdg14.fr` }),
  verified("CGCT", "L2123-23", {
    source: "https://legal.tricoteuses.fr (loi n° 2019-1461, art. 92) ; https://www.juriblio.fr ; https://www.cdg14.fr",
    note: "barème de 2019",
  }),
  verified("CGCT", "L2123-24", { source: "https://www.cdg14.fr" }),
  toCheck("CGCT", "L2123-24-1"),
  verified("CGCT", "L2122-22", { source: "https://www.doctrine.fr ; https://www.justiweb.fr" }),
  verified("CGCT", "L2122-23", { source: `${SPEC_TEXTS} §1` }),
  // Publicité des actes
  verified("CGCT", "R2131-1", {
    source: `${SPEC_TEXTS} §2 ; https://www.maires41.fr ; https://www.banquedesterritoires.fr`,
    inForceFrom: REFORM_2022,
    note: "II bis (site de l'EPCI) issu du décret n° 2024-719",
  }),
  text("Ordonnance n° 2021-1310 du 7 octobre 2021", "verified", { source: "https://www.legifrance.gouv.fr (JORF)" }),
  text("Décret n° 2021-1311 du 7 octobre 2021", "verified", { source: "https://www.lagazettedescommunes.com" }),
  text("Décret n° 2024-719 du 5 juillet 2024", "verified", {
    source: "https://www.maires41.fr ; https://www.banquedesterritoires.fr ; https://www.astenavocats.com",
    note: "crée le II bis de l'article R. 2131-1 (publication sur le site de l'EPCI)",
  }),
  // Police, circulation, voirie, tarifs
  verified("CGCT", "L2212-1", { source: `${SPEC_TEXTS} §1` }),
  verified("CGCT", "L2212-2", { source: `${SPEC_TEXTS} §1` }),
  verified("C. pénal", "R610-5", { source: `${SPEC_REFERENCE} (D.1)` }),
  toCheck("CSP", "L3341-1", "visa accessoire : le fondement de l'interdiction est L. 2212-2"),
  text("Arrêté préfectoral relatif aux bruits de voisinage", "unverified", {
    source: "saisi par la commune",
    note: "arrêté du département, date saisie dans l'acte",
  }),
  verified("CGCT", "L2213-1", { source: `${SPEC_TEXTS} §1 ; https://www.svp.com` }),
  verified("CGCT", "L2213-2", { source: `${SPEC_TEXTS} §1 ; https://www.svp.com` }),
  verified("C. route", "R411-8", { source: `${SPEC_TEXTS} §1` }),
  verified("C. route", "R411-25", { source: `${SPEC_TEXTS} §1` }),
  toCheck(
    "C. route",
    "R417-10",
    "ne peut fonder ni qualifier de gênant un stationnement interdit par arrêté municipal (RM Sénat, JO 19 janvier 2012, p. 199)",
    {
      source: "https://legal.tricoteuses.fr (historique du code de la route) ; https://www.lagazettedescommunes.com",
    },
  ),
  toCheck("C. route", "L325-1", "fondement de la mise en fourrière proposé par la relecture, texte non relu"),
  text("Arrêté interministériel du 24 novembre 1967", "verified", {
    source: `${SPEC_REFERENCE} ; formulaire (gdpr.unblog)`,
  }),
  text("Instruction interministérielle sur la signalisation routière, livre I, 8e partie", "verified", {
    source: `${SPEC_REFERENCE} ; formulaire (gdpr.unblog)`,
  }),
  verified("C. voirie routière", "L113-2", { source: `${SPEC_TEXTS} §1` }),
  toCheck("CG3P", "L2122-1"),
  toCheck("CG3P", "L2122-3"),
  toCheck("CG3P", "L2125-1"),
  toCheck("C. éducation", "R531-52"),
  toCheck("C. éducation", "R531-53"),
  toCheck("CGCT", "L2144-3", "vise les associations, syndicats et partis : ne fonde pas seul un tarif de location"),
];
