import type { Clause } from "../model";
import { NNBSP } from "../format";
import { deliberation } from "./define";

/** Subsidies to associations: distinct délibération, contrat d'engagement républicain, control of their use. */
export const SUBVENTIONS: readonly Clause[] = [
  deliberation({
    id: "visa-cgct-subventions", title: "Visa des règles d'attribution des subventions", kind: "visa", section: "visas", order: 10, slot: "visa-cgct",
    subjects: ["subventions"],
    template: "Vu le code général des collectivités territoriales, notamment ses articles L. 1611-4, L. 2121-29 et L. 2311-7 ;",
    refs: ["CGCT L1611-4", "CGCT L2121-29", "CGCT L2311-7"],
  }),
  deliberation({
    id: "visa-loi-2000-321", title: "Visa de la loi du 12 avril 2000 (subventions et engagement républicain)", kind: "visa", section: "visas",
    order: 30, subjects: ["subventions"],
    template: "Vu la loi n° 2000-321 du 12 avril 2000 relative aux droits des citoyens dans leurs relations avec les administrations, notamment ses articles 9-1, 10 et 10-1 ;",
    refs: ["Loi n° 2000-321 du 12 avril 2000, art. 9-1, 10 et 10-1"],
  }),
  deliberation({
    id: "visa-budget-exercice", title: "Visa du budget de l'exercice", kind: "visa", section: "visas", order: 50, optional: true,
    subjects: ["subventions"],
    template: "Vu le budget primitif de l'exercice {exercice} ;", refs: ["CGCT L2311-7"], vars: ["exercice"],
  }),
  deliberation({
    id: "considerant-demandes-associations", title: "Demandes des associations et intérêt local", kind: "considerant", section: "considerants",
    order: 10, subjects: ["subventions"],
    template: "Considérant les demandes de subvention présentées par les associations et l'intérêt local des activités qu'elles conduisent ;",
    refs: ["CGCT L2121-29"],
  }),
  deliberation({
    id: "considerant-engagement-republicain", title: "Contrat d'engagement républicain souscrit", kind: "considerant", section: "considerants",
    order: 20, subjects: ["subventions"],
    template: "Considérant que chaque association bénéficiaire a souscrit le contrat d'engagement républicain ;",
    refs: ["Loi n° 2000-321 du 12 avril 2000, art. 10-1"],
  }),
  deliberation({
    id: "considerant-convention-seuil", title: "Convention obligatoire au-delà de 23 000 euros", kind: "considerant", section: "considerants",
    order: 30, optional: true, subjects: ["subventions"],
    template: `Considérant que l'attribution d'une subvention dont le montant annuel dépasse 23${NNBSP}000${NNBSP}€ donne lieu à une convention avec l'organisme bénéficiaire ;`,
    refs: ["Loi n° 2000-321 du 12 avril 2000, art. 10"],
  }),
  deliberation({
    id: "article-subventions-liste", title: "Attribution des subventions aux associations", kind: "dispositif", section: "articles", order: 10,
    slot: "article-subventions", subjects: ["subventions"],
    template: "Les subventions suivantes sont attribuées au titre de l'exercice {exercice} : {listeSubventions}.",
    refs: ["CGCT L2311-7"], vars: ["exercice", "listeSubventions"],
  }),
  deliberation({
    id: "article-subvention-unique", title: "Attribution d'une subvention à une association", kind: "dispositif", section: "articles", order: 10,
    slot: "article-subventions", optional: true, subjects: ["subventions"],
    template: "Une subvention de {montantSubvention} est attribuée à {association} au titre de l'exercice {exercice}.",
    refs: ["CGCT L2311-7"], vars: ["montantSubvention", "association", "exercice"],
  }),
  deliberation({
    id: "article-subventions-credits", title: "Imputation budgétaire des subventions", kind: "dispositif", section: "articles", order: 20,
    subjects: ["subventions"],
    template: "Les crédits correspondants sont inscrits au budget de l'exercice {exercice}, chapitre 65.", refs: ["CGCT L2311-7"], vars: ["exercice"],
  }),
  deliberation({
    id: "article-subventions-comptes", title: "Communication des comptes par les associations", kind: "dispositif", section: "articles", order: 30,
    optional: true, subjects: ["subventions"],
    template: "Chaque association bénéficiaire fournit à la commune, à sa demande, une copie certifiée de son budget et de ses comptes de l'exercice écoulé ainsi que tout document faisant connaître les résultats de son activité.",
    refs: ["CGCT L1611-4"],
  }),
];
