import type { Clause } from "../model";
import { deliberation } from "./define";

/** Indemnités de fonction of the maire, adjoints and conseillers délégués (CGCT L2123-20 and following). */
export const INDEMNITES: readonly Clause[] = [
  deliberation({
    id: "visa-cgct-indemnites",
    title: "Visa des articles du CGCT sur les indemnités des élus",
    kind: "visa",
    section: "visas",
    order: 10,
    slot: "visa-cgct",
    subjects: ["indemnites"],
    template: "Vu le code général des collectivités territoriales, notamment ses articles L. 2123-20 à L. 2123-24-1 ;",
    refs: ["CGCT L2123-20", "CGCT L2123-20-1", "CGCT L2123-23", "CGCT L2123-24"],
  }),
  deliberation({
    id: "visa-installation-conseil",
    title: "Visa du procès-verbal d'installation du conseil",
    kind: "visa",
    section: "visas",
    order: 50,
    subjects: ["indemnites"],
    template:
      "Vu le procès-verbal de l'installation du conseil municipal et de l'élection du maire et des adjoints en date du {dateInstallation} ;",
    refs: ["CGCT L2123-20-1"],
    vars: ["dateInstallation"],
  }),
  deliberation({
    id: "visa-arretes-delegation-adjoints",
    title: "Visa des arrêtés de délégation de fonction",
    kind: "visa",
    section: "visas",
    order: 55,
    subjects: ["indemnites"],
    template: "Vu les arrêtés municipaux portant délégation de fonction aux adjoints ;",
    refs: ["CGCT L2122-18", "CGCT L2123-24"],
  }),
  deliberation({
    id: "considerant-population-indemnites",
    title: "Population de référence pour les indemnités",
    kind: "considerant",
    section: "considerants",
    order: 10,
    subjects: ["indemnites"],
    template:
      "Considérant que la population totale de la commune s'élève à {population} habitants au 1er janvier {anneePopulation} ;",
    refs: ["CGCT L2123-23"],
    vars: ["population", "anneePopulation"],
  }),
  deliberation({
    id: "considerant-indemnite-maire",
    title: "Indemnité du maire fixée de droit au taux maximal",
    kind: "considerant",
    section: "considerants",
    order: 20,
    subjects: ["indemnites"],
    template:
      "Considérant que l'indemnité du maire est fixée de droit au taux maximal prévu par l'article L. 2123-23 du code général des collectivités territoriales, sauf si le conseil municipal, à la demande du maire, la fixe à un taux inférieur ;",
    refs: ["CGCT L2123-23"],
  }),
  deliberation({
    id: "considerant-enveloppe-indemnitaire",
    title: "Enveloppe indemnitaire globale",
    kind: "considerant",
    section: "considerants",
    order: 30,
    subjects: ["indemnites"],
    template:
      "Considérant que le montant total des indemnités allouées ne peut excéder l'enveloppe indemnitaire globale constituée des indemnités maximales du maire et des adjoints en exercice ;",
    refs: ["CGCT L2123-24"],
  }),
  deliberation({
    id: "article-indemnites-taux",
    title: "Taux des indemnités de fonction",
    kind: "dispositif",
    section: "articles",
    order: 10,
    subjects: ["indemnites"],
    template:
      "À compter du {dateEffet}, les indemnités de fonction sont fixées, dans la limite de l'enveloppe indemnitaire globale, aux taux suivants de l'indice brut terminal de l'échelle indiciaire de la fonction publique :\n- maire : {tauxMaire} ;\n- adjoints titulaires d'une délégation de fonction : {tauxAdjoints}.",
    refs: ["CGCT L2123-23", "CGCT L2123-24"],
    vars: ["dateEffet", "tauxMaire", "tauxAdjoints"],
  }),
  deliberation({
    id: "article-indemnites-evolution",
    title: "Évolution automatique des indemnités",
    kind: "dispositif",
    section: "articles",
    order: 20,
    subjects: ["indemnites"],
    template:
      "Les indemnités évoluent avec la valeur du point d'indice et l'indice brut terminal de l'échelle indiciaire de la fonction publique.",
    refs: ["CGCT L2123-20"],
  }),
  deliberation({
    id: "article-indemnites-tableau",
    title: "Tableau annexe récapitulant les indemnités",
    kind: "dispositif",
    section: "articles",
    order: 30,
    subjects: ["indemnites"],
    template:
      "Le tableau récapitulant l'ensemble des indemnités allouées aux membres du conseil municipal est annexé à la présente délibération.",
    refs: ["CGCT L2123-20-1"],
  }),
  deliberation({
    id: "article-indemnites-credits",
    title: "Crédits des indemnités de fonction",
    kind: "dispositif",
    section: "articles",
    order: 40,
    subjects: ["indemnites"],
    template: "Les crédits nécessaires sont inscrits au budget de l'exercice {exercice}, chapitre 65.",
    refs: ["CGCT L2123-20"],
    vars: ["exercice"],
  }),
];
