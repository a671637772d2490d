import { NNBSP } from "../format";
import type { Clause } from "../model";
import { deliberation } from "./define";

/** Approval of a convention, and the application for a DETR or DSIL grant. */
export const CONVENTIONS: readonly Clause[] = [
  deliberation({
    id: "visa-projet-convention", title: "Visa du projet de convention", kind: "visa", section: "visas", order: 50, subjects: ["conventions"],
    template: "Vu le projet de convention relative à {objetConvention} à conclure avec {partenaire}, annexé à la présente délibération ;",
    refs: ["CGCT L2121-29"], vars: ["objetConvention", "partenaire"],
  }),
  deliberation({
    id: "considerant-interet-convention", title: "Intérêt de la convention pour la commune", kind: "considerant", section: "considerants",
    order: 10, subjects: ["conventions"],
    template: "Considérant l'intérêt pour la commune de {interetConvention} ;", refs: ["CGCT L2121-29"], vars: ["interetConvention"],
  }),
  deliberation({
    id: "article-convention-approbation", title: "Approbation de la convention", kind: "dispositif", section: "articles", order: 10,
    subjects: ["conventions"],
    template: "La convention relative à {objetConvention} à conclure avec {partenaire}, pour une durée de {dureeConvention}, est approuvée.",
    refs: ["CGCT L2121-29"], vars: ["objetConvention", "partenaire", "dureeConvention"],
  }),
  deliberation({
    id: "article-autorisation-signature", title: "Autorisation donnée au maire de signer", kind: "dispositif", section: "articles", order: 20,
    subjects: ["conventions"],
    template: "{maire} est {maire|autorisé/autorisée} à signer cette convention ainsi que tout document nécessaire à son exécution.",
    refs: ["CGCT L2122-21"], vars: ["maire"],
  }),
  deliberation({
    id: "visa-cgct-dotations-etat", title: "Visa des dotations d'investissement de l'État (DETR, DSIL)", kind: "visa", section: "visas", order: 10,
    slot: "visa-cgct", subjects: ["demande-subvention"],
    template: "Vu le code général des collectivités territoriales, notamment ses articles L. 2334-32 et suivants, relatifs à la dotation d'équipement des territoires ruraux, et L. 2334-42, relatif à la dotation de soutien à l'investissement local ;",
    refs: ["CGCT L2334-32", "CGCT L2334-42"],
  }),
  deliberation({
    id: "considerant-projet-eligible", title: "Éligibilité du projet à la dotation", kind: "considerant", section: "considerants", order: 10,
    subjects: ["demande-subvention"],
    template: "Considérant que le projet {intituleProjet} est susceptible de bénéficier de {dotation} au titre de l'exercice {exercice} ;",
    refs: ["CGCT L2334-32", "CGCT L2334-42"], vars: ["intituleProjet", "dotation", "exercice"],
  }),
  deliberation({
    id: "considerant-participation-minimale", title: "Participation minimale du maître d'ouvrage", kind: "considerant", section: "considerants",
    order: 20, subjects: ["demande-subvention"],
    template: `Considérant que la participation minimale du maître d'ouvrage au financement d'un projet d'investissement est de 20${NNBSP}% du montant total des financements apportés par des personnes publiques ;`,
    refs: ["CGCT L1111-10"],
  }),
  deliberation({
    id: "article-projet-approbation", title: "Approbation du projet et de son coût", kind: "dispositif", section: "articles", order: 10,
    subjects: ["demande-subvention"],
    template: "Le projet {intituleProjet}, d'un coût prévisionnel de {coutHt} hors taxes, est approuvé.",
    refs: ["CGCT L2121-29"], vars: ["intituleProjet", "coutHt"],
  }),
  deliberation({
    id: "article-plan-financement", title: "Plan de financement prévisionnel", kind: "dispositif", section: "articles", order: 20,
    subjects: ["demande-subvention"],
    template: "Le plan de financement prévisionnel est arrêté comme suit : {dotation} : {montantSollicite} ; autofinancement communal : {montantAutofinancement} ; total : {coutHt} hors taxes.",
    refs: ["CGCT L1111-10"], vars: ["dotation", "montantSollicite", "montantAutofinancement", "coutHt"],
  }),
  deliberation({
    id: "article-demande-dotation", title: "Demande de la dotation par le maire", kind: "dispositif", section: "articles", order: 30,
    subjects: ["demande-subvention"],
    template: "{maire} est {maire|autorisé/autorisée} à solliciter {dotation} auprès des services de l'État et à signer toute pièce relative à cette demande.",
    refs: ["CGCT L2334-32", "CGCT L2334-42"], vars: ["maire", "dotation"],
  }),
  deliberation({
    id: "article-inscription-budget-projet", title: "Inscription du projet au budget", kind: "dispositif", section: "articles", order: 40,
    subjects: ["demande-subvention"],
    template: "Les dépenses et les recettes correspondantes sont inscrites au budget de l'exercice {exercice}, en section d'investissement.",
    refs: ["CGCT L2311-1"], vars: ["exercice"],
  }),
];
