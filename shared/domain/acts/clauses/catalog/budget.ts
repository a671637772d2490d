import type { Clause } from "../model";
import { deliberation } from "./define";

/** Budget primitif voted by chapitre, décisions modificatives and the vote of the tax rates. */
export const BUDGET: readonly Clause[] = [
  deliberation({
    id: "visa-cgct-budget", title: "Visa des règles budgétaires du CGCT", kind: "visa", section: "visas", order: 10, slot: "visa-cgct",
    subjects: ["budget-primitif"],
    template: "Vu le code général des collectivités territoriales, notamment ses articles L. 1612-1 et suivants et L. 2311-1 et suivants ;",
    refs: ["CGCT L1612-1", "CGCT L2311-1"],
  }),
  deliberation({
    id: "visa-cgct-decision-modificative", title: "Visa des règles de modification du budget", kind: "visa", section: "visas", order: 10,
    slot: "visa-cgct", subjects: ["decision-modificative"],
    template: "Vu le code général des collectivités territoriales, notamment ses articles L. 1612-11 et L. 2311-1 et suivants ;",
    refs: ["CGCT L1612-11", "CGCT L2311-1"],
  }),
  deliberation({
    id: "visa-instruction-m57", title: "Visa de l'instruction budgétaire et comptable M57", kind: "visa", section: "visas", order: 20,
    subjects: ["budget-primitif", "decision-modificative"],
    template: "Vu l'instruction budgétaire et comptable M57 ;", refs: ["Instruction budgétaire et comptable M57"],
  }),
  deliberation({
    id: "visa-adoption-m57", title: "Visa de la délibération adoptant la M57", kind: "visa", section: "visas", order: 25, optional: true,
    subjects: ["budget-primitif", "decision-modificative"],
    template: "Vu la délibération du {dateDeliberationM57} adoptant la nomenclature budgétaire et comptable M57, applicable depuis l'exercice {anneeM57} ;",
    refs: ["Instruction budgétaire et comptable M57"], vars: ["dateDeliberationM57", "anneeM57"],
  }),
  deliberation({
    id: "visa-commission-finances", title: "Visa de l'avis de la commission des finances", kind: "visa", section: "visas", order: 60, optional: true,
    subjects: ["budget-primitif", "decision-modificative", "vote-des-taux"],
    template: "Vu l'avis de la commission des finances réunie le {dateCommission} ;", refs: ["CGCT L2121-22"], vars: ["dateCommission"],
  }),
  deliberation({
    id: "visa-projet-budget", title: "Visa du projet de budget présenté par le maire", kind: "visa", section: "visas", order: 50,
    subjects: ["budget-primitif"],
    template: "Vu le projet de budget primitif de l'exercice {exercice} présenté par {maire} ;", refs: ["CGCT L2312-1"], vars: ["exercice", "maire"],
  }),
  deliberation({
    id: "visa-debat-orientation", title: "Visa du débat d'orientation budgétaire (3 500 habitants et plus)", kind: "visa", section: "visas", order: 55,
    optional: true, subjects: ["budget-primitif"],
    template: "Vu le débat d'orientation budgétaire tenu le {dateDob} ;", refs: ["CGCT L2312-1"], vars: ["dateDob"],
  }),
  deliberation({
    id: "considerant-budget-delai", title: "Délai d'adoption du budget", kind: "considerant", section: "considerants", order: 10,
    subjects: ["budget-primitif"],
    template: "Considérant que le budget primitif doit être adopté avant le 15 avril de l'exercice auquel il s'applique ;", refs: ["CGCT L1612-2"],
  }),
  deliberation({
    id: "considerant-budget-equilibre", title: "Équilibre réel du budget", kind: "considerant", section: "considerants", order: 20,
    subjects: ["budget-primitif"],
    template: "Considérant que le projet de budget est présenté en équilibre réel, en section de fonctionnement comme en section d'investissement ;",
    refs: ["CGCT L1612-4"],
  }),
  deliberation({
    id: "article-budget-adoption", title: "Adoption du budget par chapitre", kind: "dispositif", section: "articles", order: 10,
    subjects: ["budget-primitif"],
    template: "Le budget primitif de l'exercice {exercice} est adopté par chapitre, tel qu'il est annexé à la présente délibération.",
    refs: ["CGCT L2312-2"], vars: ["exercice"],
  }),
  deliberation({
    id: "article-budget-montants", title: "Montants du budget par section", kind: "dispositif", section: "articles", order: 20,
    subjects: ["budget-primitif"],
    template: "Le budget primitif s'équilibre comme suit : section de fonctionnement : {depensesFonctionnement} en dépenses et {recettesFonctionnement} en recettes ; section d'investissement : {depensesInvestissement} en dépenses et {recettesInvestissement} en recettes.",
    refs: ["CGCT L1612-4"], vars: ["depensesFonctionnement", "recettesFonctionnement", "depensesInvestissement", "recettesInvestissement"],
  }),
  deliberation({
    id: "visa-budget-adopte", title: "Visa de la délibération adoptant le budget", kind: "visa", section: "visas", order: 50,
    subjects: ["decision-modificative"],
    template: "Vu la délibération n° {numeroDeliberationBudget} du {dateDeliberationBudget} adoptant le budget primitif de l'exercice {exercice} ;",
    refs: ["CGCT L1612-11"], vars: ["numeroDeliberationBudget", "dateDeliberationBudget", "exercice"],
  }),
  deliberation({
    id: "considerant-dm-besoin", title: "Motif de la décision modificative", kind: "considerant", section: "considerants", order: 10,
    subjects: ["decision-modificative"],
    template: "Considérant qu'il est nécessaire d'ajuster les crédits ouverts au budget de l'exercice {exercice} pour {motifDm} ;",
    refs: ["CGCT L1612-11"], vars: ["exercice", "motifDm"],
  }),
  deliberation({
    id: "considerant-dm-equilibre", title: "Maintien de l'équilibre du budget modifié", kind: "considerant", section: "considerants", order: 20,
    subjects: ["decision-modificative"],
    template: "Considérant que la décision modificative maintient l'équilibre réel du budget ;", refs: ["CGCT L1612-4"],
  }),
  deliberation({
    id: "article-dm-adoption", title: "Adoption de la décision modificative", kind: "dispositif", section: "articles", order: 10,
    subjects: ["decision-modificative"],
    template: "La décision modificative n° {numeroDm} du budget de l'exercice {exercice} est adoptée par chapitre, telle qu'elle figure dans le tableau annexé à la présente délibération.",
    refs: ["CGCT L1612-11"], vars: ["numeroDm", "exercice"],
  }),
  deliberation({
    id: "article-dm-virement", title: "Virement de crédits entre chapitres", kind: "dispositif", section: "articles", order: 20, optional: true,
    subjects: ["decision-modificative"],
    template: "Un crédit de {montantVirement} est transféré du chapitre {chapitreOrigine} au chapitre {chapitreDestination} de la section de {sectionBudget}.",
    refs: ["CGCT L1612-11"], vars: ["montantVirement", "chapitreOrigine", "chapitreDestination", "sectionBudget"],
  }),
];
